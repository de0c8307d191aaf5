using FluentValidation;
using FluentValidation.Results;

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

    // Every check is a method of CaseChecks; CaseChecks.AllPass runs the same methods in the same structure.
    private CaseDtoValidator()
    {
        RuleFor(x => x.AsOf).WithinDateLimits().OverridePropertyName("asOf");
        RuleFor(x => x.Region).RegionNotFailingWith(ErrorCodes.RegionInvalid).OverridePropertyName("region");
        RuleFor(x => x.Region).RegionNotFailingWith(ErrorCodes.RegionUnknown).OverridePropertyName("region");

        RuleFor(x => x.Participant!).SetValidator(new ParticipantDtoValidator()).OverridePropertyName("participant");

        // Only when asOf is usable: a malformed or out-of-range asOf was reported already.
        RuleFor(x => x.Participant!.BirthDate)
            .Check(ErrorCodes.BirthDateAfterAsOf, CaseChecks.BirthDateAfterAsOf)
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
        var i = CaseChecks.MonthBudgetExceededAt(records, ctx.Limits);
        if (i >= 0)
        {
            context.AddFailure(new ValidationFailure(
                $"contributions[{i}]", ctx.Format("limit.expandedMonths", ("max", ctx.Limits.MaxExpandedMonths)))
            {
                ErrorCode = ErrorCodes.LimitExceeded,
            });
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
            .Check(ErrorCodes.RetirementAgeInvalid, (_, age, ctx) => CaseChecks.RetirementAge(age, ctx))
            .OverridePropertyName("originalRetirementAge");
        RuleFor(x => x.OriginalRetirementAge)
            .Check(ErrorCodes.RetirementAgeMale, CaseChecks.RetirementAgeMale)
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
    public ContributionDtoValidator()
    {
        RuleFor(x => x)
            .Check(ErrorCodes.RecordShape, (x, _, ctx) => CaseChecks.RecordShape(x, ctx))
            .OverridePropertyName(string.Empty);

        // from without to (or to without from) is the range shape with a part missing.
        RuleFor(x => x.To)
            .Check(ErrorCodes.FieldRequired, (x, _, ctx) => CaseChecks.ToRequired(x, ctx))
            .OverridePropertyName("to");
        RuleFor(x => x.From)
            .Check(ErrorCodes.FieldRequired, (x, _, ctx) => CaseChecks.FromRequired(x, ctx))
            .OverridePropertyName("from");
        RuleFor(x => x.To)
            .Check(ErrorCodes.RangeReversed, CaseChecks.RangeReversed)
            .OverridePropertyName("to");

        RuleFor(x => x.Month).WithinMonthLimits().OverridePropertyName("month");
        RuleFor(x => x.From).WithinMonthLimits().OverridePropertyName("from");
        RuleFor(x => x.To).WithinMonthLimits().OverridePropertyName("to");
        RuleFor(x => x.Year)
            .Check(ErrorCodes.NumberOutOfRange, (_, y, ctx) => CaseChecks.Year(y, ctx))
            .OverridePropertyName("year");

        RuleFor(x => x.Scheme)
            .Check(ErrorCodes.RecordYearNotResident, CaseChecks.YearNotResident)
            .OverridePropertyName("scheme");
        RuleFor(x => x.Payer)
            .Check(ErrorCodes.RecordPayerNotAllowed, (x, _, ctx) => CaseChecks.PayerNotAllowed(x, ctx))
            .OverridePropertyName("payer");

        RuleFor(x => x.PaidOn).WithinDateLimits().OverridePropertyName("paidOn");
        RuleFor(x => x.Region).RegionNotFailingWith(ErrorCodes.RegionInvalid).OverridePropertyName("region");
        RuleFor(x => x.Region).RegionNotFailingWith(ErrorCodes.RegionUnknown).OverridePropertyName("region");
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
