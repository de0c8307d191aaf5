using Insurance.Rules.Domain.Model;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// Shrinks a failing case greedily: drops records, events, the plan and optional participant fields, shortens
/// ranges and removes payment dates, keeping each step only while the same invariant still fails. The result is a
/// local minimum: no single step of these kinds keeps it failing.
/// </summary>
internal static class CaseShrinker
{
    public static InsuranceCase Shrink(InsuranceCase c, Func<InsuranceCase, bool> stillFails, int maxChecks = 3000)
    {
        var checks = 0;
        var progress = true;
        while (progress && checks < maxChecks)
        {
            progress = false;
            foreach (var candidate in Candidates(c))
            {
                if (++checks > maxChecks)
                {
                    break;
                }

                bool fails;
                try
                {
                    fails = stillFails(candidate);
                }
                catch (ArgumentException)
                {
                    continue; // a candidate the model rejects (e.g. birth after asOf) is no simplification
                }

                if (fails)
                {
                    c = candidate;
                    progress = true;
                    break;
                }
            }
        }

        return c;
    }

    private static IEnumerable<InsuranceCase> Candidates(InsuranceCase c)
    {
        var records = c.Contributions;
        for (var i = 0; i < records.Count; i++)
        {
            yield return With(c, contributions: records.Where((_, j) => j != i).ToArray());
        }

        for (var i = 0; i < c.Events.Count; i++)
        {
            yield return With(c, events: c.Events.Where((_, j) => j != i).ToArray());
        }

        if (c.Plan.PayOn is not null || c.Plan.RepairYears != 0)
        {
            yield return With(c, plan: Plan.None);
        }

        if (c.DeemedMonths != 0)
        {
            yield return With(c, deemed: 0);
        }

        var p = c.Participant;
        if (p.Hukou is not null || p.ResidencePermitRegion is not null || p.Id is not null || p.OriginalRetirementAge is not null)
        {
            yield return With(c, participant: new Participant(null, p.BirthDate, p.Sex, null, p.Status));
        }

        for (var i = 0; i < records.Count; i++)
        {
            var rec = records[i];
            foreach (var simpler in Simpler(rec))
            {
                var list = records.ToArray();
                list[i] = simpler;
                yield return With(c, contributions: list);
            }
        }
    }

    private static IEnumerable<ContributionRecord> Simpler(ContributionRecord rec)
    {
        if (rec.PaidOn is not null || rec.Region is not null)
        {
            yield return rec.IsYear
                ? ContributionRecord.ForYear(rec.Year!.Value)
                : ContributionRecord.ForRange(rec.From!.Value, rec.To!.Value, rec.Scheme, rec.Payer);
        }

        if (rec.IsYear || rec.From == rec.To)
        {
            yield break;
        }

        var from = rec.From!.Value;
        var to = rec.To!.Value;
        var halfway = from.PlusMonths((((to.Year - from.Year) * 12) + to.Month - from.Month) / 2);
        yield return ContributionRecord.ForRange(halfway, to, rec.Scheme, rec.Payer, rec.PaidOn, rec.Region);
        yield return ContributionRecord.ForRange(from, halfway, rec.Scheme, rec.Payer, rec.PaidOn, rec.Region);
        yield return ContributionRecord.ForRange(from.PlusMonths(1), to, rec.Scheme, rec.Payer, rec.PaidOn, rec.Region);
        yield return ContributionRecord.ForRange(from, to.PlusMonths(-1), rec.Scheme, rec.Payer, rec.PaidOn, rec.Region);
    }

    private static InsuranceCase With(
        InsuranceCase c,
        IReadOnlyList<ContributionRecord>? contributions = null,
        IReadOnlyList<CaseEvent>? events = null,
        Plan? plan = null,
        int? deemed = null,
        Participant? participant = null)
        => new(c.AsOf, c.Region, participant ?? c.Participant, contributions ?? c.Contributions, deemed ?? c.DeemedMonths, events ?? c.Events, plan ?? c.Plan);
}
