using FluentValidation;
using NodaTime;

namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// Rules for the case DTOs. Validators are built once and shared (building one compiles expression trees,
/// which costs far more than checking a case), so everything that varies per document — limits, region
/// resolution, message language — comes from the <see cref="CaseCheckContext"/> in the validation context.
/// </summary>
internal static class RuleBuilderExtensions
{
    private const string TextArgument = "Text";

    /// <summary>
    /// A check that returns null when the value is fine, or the formatted message when it is not; the failure
    /// carries <paramref name="code"/>.
    /// </summary>
    public static IRuleBuilderOptions<T, TProperty> Check<T, TProperty>(
        this IRuleBuilder<T, TProperty> rule, string code, Func<T, TProperty, CaseCheckContext, string?> failure)
        => rule.Must((instance, value, context) =>
            {
                var message = failure(instance, value, CaseCheckContext.From(context));
                if (message is null)
                {
                    return true;
                }

                context.MessageFormatter.AppendArgument(TextArgument, message);
                return false;
            })
            .WithErrorCode(code)
            .WithMessage("{" + TextArgument + "}");

    /// <summary>A date, when present, lies within <see cref="InputLimits.MinDate"/>–<see cref="InputLimits.MaxDate"/>.</summary>
    public static IRuleBuilderOptions<T, LocalDate?> WithinDateLimits<T>(this IRuleBuilder<T, LocalDate?> rule)
        => rule.Check(ErrorCodes.LimitExceeded, (_, d, ctx) => CaseChecks.DateWithinLimits(d, ctx));

    /// <summary>A month, when present, lies within the months of the date limits.</summary>
    public static IRuleBuilderOptions<T, YearMonth?> WithinMonthLimits<T>(this IRuleBuilder<T, YearMonth?> rule)
        => rule.Check(ErrorCodes.LimitExceeded, (_, m, ctx) => CaseChecks.MonthWithinLimits(m, ctx));

    /// <summary>A count, when present, is not negative.</summary>
    public static IRuleBuilderOptions<T, int?> NotNegative<T>(this IRuleBuilder<T, int?> rule, string field)
        => rule.Check(ErrorCodes.NumberNegative, (_, n, ctx) => CaseChecks.NotNegative(n, field, ctx));

    /// <summary>
    /// A region, when present, does not fail resolution with <paramref name="errorCode"/>
    /// (<see cref="ErrorCodes.RegionInvalid"/>: bad code; <see cref="ErrorCodes.RegionUnknown"/>: no such
    /// alias). Declare one rule per code so each failure carries its own stable code.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> RegionNotFailingWith<T>(this IRuleBuilder<T, string?> rule, string errorCode)
        => rule.Check(errorCode, (_, r, ctx) => CaseChecks.Region(r, errorCode, ctx));
}
