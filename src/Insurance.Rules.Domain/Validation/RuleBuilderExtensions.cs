using FluentValidation;
using NodaTime;

namespace Insurance.Rules.Domain.Validation;

/// <summary>Shared FluentValidation rules for the case DTOs: each sets a stable code and a catalogue message.</summary>
internal static class RuleBuilderExtensions
{
    /// <summary>A date, when present, lies within <see cref="InputLimits.MinDate"/>–<see cref="InputLimits.MaxDate"/>.</summary>
    public static IRuleBuilderOptions<T, LocalDate?> WithinDateLimits<T>(this IRuleBuilder<T, LocalDate?> rule, CaseCheckContext ctx)
        => rule.Must(d => d is not { } date || ctx.InRange(date))
            .WithErrorCode(ErrorCodes.LimitExceeded)
            .WithMessage((_, d) => ctx.Format(
                "limit.dateRange", ("value", d), ("min", ctx.Limits.MinDate), ("max", ctx.Limits.MaxDate)));

    /// <summary>A month, when present, lies within the months of the date limits.</summary>
    public static IRuleBuilderOptions<T, YearMonth?> WithinMonthLimits<T>(this IRuleBuilder<T, YearMonth?> rule, CaseCheckContext ctx)
        => rule.Must(m => m is not { } month || ctx.InRange(month))
            .WithErrorCode(ErrorCodes.LimitExceeded)
            .WithMessage((_, m) => ctx.Format(
                "limit.dateRange", ("value", m), ("min", ctx.MinMonth), ("max", ctx.MaxMonth)));

    /// <summary>A count, when present, is not negative.</summary>
    public static IRuleBuilderOptions<T, int?> NotNegative<T>(this IRuleBuilder<T, int?> rule, CaseCheckContext ctx, string field)
        => rule.Must(n => n is not { } value || value >= 0)
            .WithErrorCode(ErrorCodes.NumberNegative)
            .WithMessage((_, n) => ctx.Format(ErrorCodes.NumberNegative, ("field", field), ("value", n)));

    /// <summary>
    /// A region, when present, does not fail resolution with <paramref name="errorCode"/>
    /// (<see cref="ErrorCodes.RegionInvalid"/>: bad code; <see cref="ErrorCodes.RegionUnknown"/>: no such
    /// alias). Declare one rule per code so each failure carries its own stable code.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> RegionNotFailingWith<T>(
        this IRuleBuilder<T, string?> rule, CaseCheckContext ctx, string errorCode)
        => rule.Must(r => r is null || ctx.Regions.Resolve(r).Error != errorCode)
            .WithErrorCode(errorCode)
            .WithMessage((_, r) => ctx.Format(errorCode, ("value", r)));
}
