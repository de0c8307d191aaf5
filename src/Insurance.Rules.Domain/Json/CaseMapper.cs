using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules.Domain.Json;

/// <summary>Builds the immutable model from a case DTO that passed every check.</summary>
internal static class CaseMapper
{
    // Only called when no error was reported, so every required value is present and every region resolves;
    // a failing '!' here would be a validator bug, and the model's own invariant checks would throw.
    public static InsuranceCase ToModel(CaseDto dto, RegionResolver regions)
        => ToModel(dto, regions, dto.Contributions.Select(c => ToRecord(c, regions)));

    /// <summary>The model, with contribution records the caller already built (the fast reader maps them as it reads).</summary>
    public static InsuranceCase ToModel(CaseDto dto, RegionResolver regions, IEnumerable<ContributionRecord> contributions)
    {
        var p = dto.Participant!;
        var hukou = p.Hukou is { } h ? new Hukou(Code(regions, h.Region)!, h.Type!.Value) : null;
        var participant = new Participant(
            p.Id, p.BirthDate!.Value, p.Sex!.Value, p.OriginalRetirementAge, p.Status!.Value, hukou, Code(regions, p.ResidencePermitRegion));

        var events = dto.Events.Select(e => new CaseEvent(e.Date!.Value, e.Type!.Value)).ToArray();
        var plan = dto.Plan is { } p2 ? new Plan(p2.PayOn, p2.RepairYears ?? 0) : null;
        return new InsuranceCase(
            dto.AsOf!.Value, Code(regions, dto.Region)!, participant, contributions, dto.DeemedMonths ?? 0, events, plan);
    }

    public static ContributionRecord ToRecord(ContributionDto c, RegionResolver regions)
    {
        var region = Code(regions, c.Region);
        if (c.Year is { } year)
        {
            return ContributionRecord.ForYear(year, c.PaidOn, region);
        }

        return c.Month is { } month
            ? ContributionRecord.ForMonth(month, c.Scheme!.Value, c.Payer, c.PaidOn, region)
            : ContributionRecord.ForRange(c.From!.Value, c.To!.Value, c.Scheme!.Value, c.Payer, c.PaidOn, region);
    }

    private static string? Code(RegionResolver regions, string? written)
        => written is null ? null : regions.Resolve(written).Code;
}
