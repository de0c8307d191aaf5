using FluentValidation;
using FluentValidation.Results;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Model;

namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// Semantic checks over a case read from JSON: date limits, regions, cross-field rules and the month
/// budget. Type, format and required-field problems were reported by the reader; nulls are skipped here.
/// Property names are overridden to the contract's JSON names so failure paths are JSON paths.
/// </summary>
internal sealed class CaseDtoValidator : AbstractValidator<CaseDto>
{
    public CaseDtoValidator(CaseCheckContext ctx)
    {
        RuleFor(x => x.AsOf).WithinDateLimits(ctx).OverridePropertyName("asOf");
        RuleFor(x => x.Region).RegionNotFailingWith(ctx, ErrorCodes.RegionInvalid).OverridePropertyName("region");
        RuleFor(x => x.Region).RegionNotFailingWith(ctx, ErrorCodes.RegionUnknown).OverridePropertyName("region");

        RuleFor(x => x.Participant!).SetValidator(new ParticipantDtoValidator(ctx)).OverridePropertyName("participant");
        RuleFor(x => x.Participant!.BirthDate)
            .Must((x, birth) => birth <= x.AsOf)
            .When(x => x.AsOf is not null && x.Participant?.BirthDate is not null && ctx.InRange(x.AsOf.Value))
            .WithErrorCode(ErrorCodes.BirthDateAfterAsOf)
            .WithMessage(x => ctx.Format(
                ErrorCodes.BirthDateAfterAsOf, ("birthDate", x.Participant!.BirthDate), ("asOf", x.AsOf)))
            .OverridePropertyName("participant.birthDate");

        RuleForEach(x => x.Contributions).SetValidator(new ContributionDtoValidator(ctx)).OverridePropertyName("contributions");
        RuleFor(x => x.Contributions).Custom((records, context) => CheckMonthBudget(records, context, ctx));

        RuleFor(x => x.DeemedMonths).NotNegative(ctx, "deemedMonths").OverridePropertyName("deemedMonths");
        RuleForEach(x => x.Events).SetValidator(new EventDtoValidator(ctx)).OverridePropertyName("events");
        RuleFor(x => x.Plan!).SetValidator(new PlanDtoValidator(ctx)).OverridePropertyName("plan");
    }

    // The total of months all records cover is bounded, so that expanding ranges later (ledger analysis)
    // is bounded work. Reported once, at the record where the running total first passes the limit.
    private static void CheckMonthBudget(List<ContributionDto> records, ValidationContext<CaseDto> context, CaseCheckContext ctx)
    {
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
    public ParticipantDtoValidator(CaseCheckContext ctx)
    {
        RuleFor(x => x.BirthDate).WithinDateLimits(ctx).OverridePropertyName("birthDate");
        RuleFor(x => x.OriginalRetirementAge)
            .Must(age => age is null or 50 or 55 or 60)
            .WithErrorCode(ErrorCodes.RetirementAgeInvalid)
            .WithMessage((_, age) => ctx.Format(ErrorCodes.RetirementAgeInvalid, ("value", age)))
            .OverridePropertyName("originalRetirementAge");
        RuleFor(x => x.OriginalRetirementAge)
            .Must(age => age is not (50 or 55))
            .When(x => x.Sex == Sex.Male)
            .WithErrorCode(ErrorCodes.RetirementAgeMale)
            .WithMessage((_, age) => ctx.Format(ErrorCodes.RetirementAgeMale, ("value", age)))
            .OverridePropertyName("originalRetirementAge");
        RuleFor(x => x.Hukou!).SetValidator(new HukouDtoValidator(ctx)).OverridePropertyName("hukou");
        RuleFor(x => x.ResidencePermitRegion)
            .RegionNotFailingWith(ctx, ErrorCodes.RegionInvalid).OverridePropertyName("residencePermitRegion");
        RuleFor(x => x.ResidencePermitRegion)
            .RegionNotFailingWith(ctx, ErrorCodes.RegionUnknown).OverridePropertyName("residencePermitRegion");
    }
}

/// <summary>Semantic checks of a household registration.</summary>
internal sealed class HukouDtoValidator : AbstractValidator<HukouDto>
{
    public HukouDtoValidator(CaseCheckContext ctx)
    {
        RuleFor(x => x.Region).RegionNotFailingWith(ctx, ErrorCodes.RegionInvalid).OverridePropertyName("region");
        RuleFor(x => x.Region).RegionNotFailingWith(ctx, ErrorCodes.RegionUnknown).OverridePropertyName("region");
    }
}

/// <summary>Semantic checks of one contribution record (shape, range order, scheme/payer rules, limits).</summary>
internal sealed class ContributionDtoValidator : AbstractValidator<ContributionDto>
{
    // Resident-scheme years the model accepts, narrowed further by the date limits.
    private const int FirstYear = 1990;
    private const int LastYear = 2100;

    public ContributionDtoValidator(CaseCheckContext ctx)
    {
        RuleFor(x => x)
            .Must(HasOneShape)
            .When(x => x.IsRecord)
            .WithErrorCode(ErrorCodes.RecordShape)
            .WithMessage(x => Found(x) is { } found
                ? ctx.Format(ErrorCodes.RecordShape, ("found", found))
                : ctx.Format("record.shapeEmpty"))
            .OverridePropertyName(string.Empty);

        // from without to (or to without from) is the range shape with a part missing.
        RuleFor(x => x.To)
            .Must((x, _) => x.HasTo)
            .When(x => x.HasFrom && !x.HasMonth && !x.HasYear)
            .WithErrorCode(ErrorCodes.FieldRequired)
            .WithMessage(ctx.Format(ErrorCodes.FieldRequired, ("field", "to")))
            .OverridePropertyName("to");
        RuleFor(x => x.From)
            .Must((x, _) => x.HasFrom)
            .When(x => x.HasTo && !x.HasMonth && !x.HasYear)
            .WithErrorCode(ErrorCodes.FieldRequired)
            .WithMessage(ctx.Format(ErrorCodes.FieldRequired, ("field", "from")))
            .OverridePropertyName("from");
        RuleFor(x => x.To)
            .Must((x, to) => to >= x.From)
            .When(x => x.From is not null && x.To is not null)
            .WithErrorCode(ErrorCodes.RangeReversed)
            .WithMessage(x => ctx.Format(ErrorCodes.RangeReversed, ("from", x.From), ("to", x.To)))
            .OverridePropertyName("to");

        RuleFor(x => x.Month).WithinMonthLimits(ctx).OverridePropertyName("month");
        RuleFor(x => x.From).WithinMonthLimits(ctx).OverridePropertyName("from");
        RuleFor(x => x.To).WithinMonthLimits(ctx).OverridePropertyName("to");
        var firstYear = Math.Max(FirstYear, ctx.Limits.MinDate.Year);
        var lastYear = Math.Min(LastYear, ctx.Limits.MaxDate.Year);
        RuleFor(x => x.Year)
            .Must(y => y is null || (y >= firstYear && y <= lastYear))
            .WithErrorCode(ErrorCodes.NumberOutOfRange)
            .WithMessage((_, y) => ctx.Format(
                ErrorCodes.NumberOutOfRange, ("field", "year"), ("value", y), ("min", firstYear), ("max", lastYear)))
            .OverridePropertyName("year");

        RuleFor(x => x.Scheme)
            .Must(s => s == Scheme.Resident)
            .When(x => x.HasYear && x.Scheme is not null)
            .WithErrorCode(ErrorCodes.RecordYearNotResident)
            .WithMessage((_, s) => ctx.Format(ErrorCodes.RecordYearNotResident, ("scheme", ContractNames.Of(s!.Value))))
            .OverridePropertyName("scheme");
        RuleFor(x => x.Payer)
            .Must((x, _) => !x.HasPayer)
            .When(x => x.Scheme == Scheme.Resident)
            .WithErrorCode(ErrorCodes.RecordPayerNotAllowed)
            .WithMessage(ctx.Format(ErrorCodes.RecordPayerNotAllowed))
            .OverridePropertyName("payer");

        RuleFor(x => x.PaidOn).WithinDateLimits(ctx).OverridePropertyName("paidOn");
        RuleFor(x => x.Region).RegionNotFailingWith(ctx, ErrorCodes.RegionInvalid).OverridePropertyName("region");
        RuleFor(x => x.Region).RegionNotFailingWith(ctx, ErrorCodes.RegionUnknown).OverridePropertyName("region");
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
    public EventDtoValidator(CaseCheckContext ctx)
        => RuleFor(x => x.Date).WithinDateLimits(ctx).OverridePropertyName("date");
}

/// <summary>Semantic checks of the plan.</summary>
internal sealed class PlanDtoValidator : AbstractValidator<PlanDto>
{
    public PlanDtoValidator(CaseCheckContext ctx)
    {
        RuleFor(x => x.PayOn).WithinDateLimits(ctx).OverridePropertyName("payOn");
        RuleFor(x => x.RepairYears).NotNegative(ctx, "repairYears").OverridePropertyName("repairYears");
    }
}
