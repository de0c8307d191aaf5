using FluentValidation;
using FluentValidation.Results;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Model;

namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// Semantic checks over a case read from JSON: date limits, regions, cross-field rules and the month
/// budget. Type, format and required-field problems were reported by the reader; nulls are skipped here.
/// Property names are overridden to the contract's JSON names so failure paths are JSON paths. One shared
/// instance (<see cref="Instance"/>); per-document data comes from <see cref="CaseCheckContext"/>.
/// </summary>
internal sealed class CaseDtoValidator : AbstractValidator<CaseDto>
{
    public static readonly CaseDtoValidator Instance = new();

    private CaseDtoValidator()
    {
        RuleFor(x => x.AsOf).WithinDateLimits().OverridePropertyName("asOf");
        RuleFor(x => x.Region).RegionNotFailingWith(ErrorCodes.RegionInvalid).OverridePropertyName("region");
        RuleFor(x => x.Region).RegionNotFailingWith(ErrorCodes.RegionUnknown).OverridePropertyName("region");

        RuleFor(x => x.Participant!).SetValidator(new ParticipantDtoValidator()).OverridePropertyName("participant");

        // Only when asOf is usable: a malformed or out-of-range asOf was reported already.
        RuleFor(x => x.Participant!.BirthDate)
            .Check(ErrorCodes.BirthDateAfterAsOf, (x, birth, ctx) =>
                x.AsOf is not { } asOf || birth is not { } born || !ctx.InRange(asOf) || born <= asOf
                    ? null
                    : ctx.Format(ErrorCodes.BirthDateAfterAsOf, ("birthDate", born), ("asOf", asOf)))
            .When(x => x.Participant is not null)
            .OverridePropertyName("participant.birthDate");

        RuleForEach(x => x.Contributions).SetValidator(new ContributionDtoValidator()).OverridePropertyName("contributions");
        RuleFor(x => x.Contributions).Custom(CheckMonthBudget);

        RuleFor(x => x.DeemedMonths).NotNegative("deemedMonths").OverridePropertyName("deemedMonths");
        RuleForEach(x => x.Events).SetValidator(new EventDtoValidator()).OverridePropertyName("events");
        RuleFor(x => x.Plan!).SetValidator(new PlanDtoValidator()).OverridePropertyName("plan");
    }

    // The total of months all records cover is bounded, so that expanding ranges later (ledger analysis)
    // is bounded work. Reported once, at the record where the running total first passes the limit.
    private static void CheckMonthBudget(List<ContributionDto> records, ValidationContext<CaseDto> context)
    {
        var ctx = CaseCheckContext.From(context);
        long total = 0;
        for (var i = 0; i < records.Count; i++)
        {
            var r = records[i];
            if (r.Month is not null)
            {
                total += 1;
            }
            else if (r.From is { } from && r.To is { } to && to >= from)
            {
                total += ((to.Year - from.Year) * 12L) + to.Month - from.Month + 1;
            }

            if (total > ctx.Limits.MaxExpandedMonths)
            {
                context.AddFailure(new ValidationFailure(
                    $"contributions[{i}]", ctx.Format("limit.expandedMonths", ("max", ctx.Limits.MaxExpandedMonths)))
                {
                    ErrorCode = ErrorCodes.LimitExceeded,
                });
                return;
            }
        }
    }
}

/// <summary>Semantic checks of the participant.</summary>
internal sealed class ParticipantDtoValidator : AbstractValidator<ParticipantDto>
{
    public ParticipantDtoValidator()
    {
        RuleFor(x => x.BirthDate).WithinDateLimits().OverridePropertyName("birthDate");
        RuleFor(x => x.OriginalRetirementAge)
            .Check(ErrorCodes.RetirementAgeInvalid, (_, age, ctx) => age is null or 50 or 55 or 60
                ? null
                : ctx.Format(ErrorCodes.RetirementAgeInvalid, ("value", age)))
            .OverridePropertyName("originalRetirementAge");
        RuleFor(x => x.OriginalRetirementAge)
            .Check(ErrorCodes.RetirementAgeMale, (x, age, ctx) => x.Sex != Sex.Male || age is not (50 or 55)
                ? null
                : ctx.Format(ErrorCodes.RetirementAgeMale, ("value", age)))
            .OverridePropertyName("originalRetirementAge");
        RuleFor(x => x.Hukou!).SetValidator(new HukouDtoValidator()).OverridePropertyName("hukou");
        RuleFor(x => x.ResidencePermitRegion).RegionNotFailingWith(ErrorCodes.RegionInvalid).OverridePropertyName("residencePermitRegion");
        RuleFor(x => x.ResidencePermitRegion).RegionNotFailingWith(ErrorCodes.RegionUnknown).OverridePropertyName("residencePermitRegion");
    }
}

/// <summary>Semantic checks of a household registration.</summary>
internal sealed class HukouDtoValidator : AbstractValidator<HukouDto>
{
    public HukouDtoValidator()
    {
        RuleFor(x => x.Region).RegionNotFailingWith(ErrorCodes.RegionInvalid).OverridePropertyName("region");
        RuleFor(x => x.Region).RegionNotFailingWith(ErrorCodes.RegionUnknown).OverridePropertyName("region");
    }
}

/// <summary>Semantic checks of one contribution record (shape, range order, scheme/payer rules, limits).</summary>
internal sealed class ContributionDtoValidator : AbstractValidator<ContributionDto>
{
    // Resident-scheme years the model accepts, narrowed further by the date limits.
    private const int FirstYear = 1990;
    private const int LastYear = 2100;

    public ContributionDtoValidator()
    {
        RuleFor(x => x)
            .Check(ErrorCodes.RecordShape, (x, _, ctx) => !x.IsRecord || HasOneShape(x)
                ? null
                : Found(x) is { } found
                    ? ctx.Format(ErrorCodes.RecordShape, ("found", found))
                    : ctx.Format("record.shapeEmpty"))
            .OverridePropertyName(string.Empty);

        // from without to (or to without from) is the range shape with a part missing.
        RuleFor(x => x.To)
            .Check(ErrorCodes.FieldRequired, (x, _, ctx) => x.HasTo || !x.HasFrom || x.HasMonth || x.HasYear
                ? null
                : ctx.Format(ErrorCodes.FieldRequired, ("field", "to")))
            .OverridePropertyName("to");
        RuleFor(x => x.From)
            .Check(ErrorCodes.FieldRequired, (x, _, ctx) => x.HasFrom || !x.HasTo || x.HasMonth || x.HasYear
                ? null
                : ctx.Format(ErrorCodes.FieldRequired, ("field", "from")))
            .OverridePropertyName("from");
        RuleFor(x => x.To)
            .Check(ErrorCodes.RangeReversed, (x, to, ctx) => x.From is not { } from || to is not { } end || end >= from
                ? null
                : ctx.Format(ErrorCodes.RangeReversed, ("from", from), ("to", end)))
            .OverridePropertyName("to");

        RuleFor(x => x.Month).WithinMonthLimits().OverridePropertyName("month");
        RuleFor(x => x.From).WithinMonthLimits().OverridePropertyName("from");
        RuleFor(x => x.To).WithinMonthLimits().OverridePropertyName("to");
        RuleFor(x => x.Year)
            .Check(ErrorCodes.NumberOutOfRange, (_, y, ctx) =>
            {
                var first = Math.Max(FirstYear, ctx.Limits.MinDate.Year);
                var last = Math.Min(LastYear, ctx.Limits.MaxDate.Year);
                return y is not { } year || (year >= first && year <= last)
                    ? null
                    : ctx.Format(ErrorCodes.NumberOutOfRange, ("field", "year"), ("value", year), ("min", first), ("max", last));
            })
            .OverridePropertyName("year");

        RuleFor(x => x.Scheme)
            .Check(ErrorCodes.RecordYearNotResident, (x, scheme, ctx) => !x.HasYear || scheme is not { } s || s == Scheme.Resident
                ? null
                : ctx.Format(ErrorCodes.RecordYearNotResident, ("scheme", ContractNames.Of(s))))
            .OverridePropertyName("scheme");
        RuleFor(x => x.Payer)
            .Check(ErrorCodes.RecordPayerNotAllowed, (x, _, ctx) => x.Scheme != Scheme.Resident || !x.HasPayer
                ? null
                : ctx.Format(ErrorCodes.RecordPayerNotAllowed))
            .OverridePropertyName("payer");

        RuleFor(x => x.PaidOn).WithinDateLimits().OverridePropertyName("paidOn");
        RuleFor(x => x.Region).RegionNotFailingWith(ErrorCodes.RegionInvalid).OverridePropertyName("region");
        RuleFor(x => x.Region).RegionNotFailingWith(ErrorCodes.RegionUnknown).OverridePropertyName("region");
    }

    private static bool HasOneShape(ContributionDto x)
        => (x.HasMonth ? 1 : 0) + (x.HasFrom || x.HasTo ? 1 : 0) + (x.HasYear ? 1 : 0) == 1;

    private static string? Found(ContributionDto x)
    {
        var parts = new List<string>(4);
        if (x.HasMonth)
        {
            parts.Add("month");
        }

        if (x.HasFrom)
        {
            parts.Add("from");
        }

        if (x.HasTo)
        {
            parts.Add("to");
        }

        if (x.HasYear)
        {
            parts.Add("year");
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}

/// <summary>Semantic checks of an event.</summary>
internal sealed class EventDtoValidator : AbstractValidator<EventDto>
{
    public EventDtoValidator() => RuleFor(x => x.Date).WithinDateLimits().OverridePropertyName("date");
}

/// <summary>Semantic checks of the plan.</summary>
internal sealed class PlanDtoValidator : AbstractValidator<PlanDto>
{
    public PlanDtoValidator()
    {
        RuleFor(x => x.PayOn).WithinDateLimits().OverridePropertyName("payOn");
        RuleFor(x => x.RepairYears).NotNegative("repairYears").OverridePropertyName("repairYears");
    }
}
