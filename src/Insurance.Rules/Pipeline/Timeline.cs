using Insurance.Rules.Domain.Results;
using Insurance.Rules.Policies.Facts;
using NodaTime;

namespace Insurance.Rules.Pipeline;

/// <summary>Builds the month-by-month view: paid, backpaid, gap, waiting, covered, not yet due.</summary>
internal static class Timeline
{
    /// <summary>Months shown before the evaluation month, at most.</summary>
    public const int MonthsBack = 24;

    /// <summary>Months shown after the evaluation month, at most (to reach a resumption date).</summary>
    public const int MonthsAhead = 12;

    public static IReadOnlyList<TimelineMonth> Build(
        CaseFact c,
        IReadOnlyList<GapFact> gaps,
        List<GapOutcome> outcomes,
        ResidentCoverFact? cover,
        YearMonth? fundCoversFrom,
        CoverageStatus status,
        LocalDate? resume)
    {
        var asOfMonth = new YearMonth(c.AsOf.Year, c.AsOf.Month);
        YearMonth start;
        if (c.Ledger.FirstPaidMonth is { } first)
        {
            start = first.Month;
        }
        else if (cover is not null)
        {
            start = new YearMonth(cover.Year.Year, 1);
        }
        else
        {
            return [];
        }

        var earliest = asOfMonth.PlusMonths(-MonthsBack + 1);
        if (start < earliest)
        {
            start = earliest;
        }

        var end = asOfMonth;
        foreach (var o in outcomes)
        {
            if (o.BenefitsResumeOn is { } r && new YearMonth(r.Year, r.Month) > end)
            {
                end = new YearMonth(r.Year, r.Month);
            }
        }

        if (cover is not null && new YearMonth(cover.CoveredFrom.Year, cover.CoveredFrom.Month) > end)
        {
            end = new YearMonth(cover.CoveredFrom.Year, cover.CoveredFrom.Month);
        }

        var limit = asOfMonth.PlusMonths(MonthsAhead);
        if (end > limit)
        {
            end = limit;
        }

        if (start > end)
        {
            // Everything recorded lies beyond the months shown (e.g. only future months paid ahead).
            return [];
        }

        var result = new List<TimelineMonth>(((end.Year - start.Year) * 12) + end.Month - start.Month + 1);
        for (var m = start; m <= end; m = m.PlusMonths(1))
        {
            var month = State(c, m, asOfMonth, gaps, outcomes, cover);
            if (fundCoversFrom is { } fund && m >= fund && !month.BenefitsApply)
            {
                // CN-UNEMPLOYED: the unemployment fund pays for the benefit months.
                month = month with { BenefitsApply = true };
            }

            if (m >= asOfMonth)
            {
                // From the evaluation month on, the view follows the headline: covered now stays covered; otherwise
                // benefits apply from the resumption date for the payment considered.
                var from = m == asOfMonth ? c.AsOf : m.OnDayOfMonth(1);
                var applies = status is CoverageStatus.Covered or CoverageStatus.RetiredCovered
                    || (status == CoverageStatus.Waiting && resume is { } r && from >= r)
                    || (status is CoverageStatus.Suspended or CoverageStatus.Lapsed && m > asOfMonth && resume is { } r2 && from >= r2);
                month = month with { BenefitsApply = applies };
            }

            result.Add(month);
        }

        return result;
    }

    private static TimelineMonth State(CaseFact c, YearMonth m, YearMonth asOfMonth, IReadOnlyList<GapFact> gaps, List<GapOutcome> outcomes, ResidentCoverFact? cover)
    {
        var first = m.OnDayOfMonth(1);
        if (cover is not null && c.Ledger.PaidEmployeeMonths == 0)
        {
            var covered = first >= cover.CoveredFrom || (cover.CoveredFrom.Year == m.Year && cover.CoveredFrom.Month == m.Month);
            return new TimelineMonth(m, covered ? MonthState.Paid : (m < asOfMonth ? MonthState.Waiting : MonthState.NotDue), covered);
        }

        // Which gap (and outcome) this month belongs to or follows.
        GapOutcome? inGap = null;
        GapOutcome? waitingFor = null;

        // By index: a foreach over the interface would allocate an enumerator for every month shown.
        for (var i = 0; i < gaps.Count; i++)
        {
            var g = gaps[i];
            var o = Find(outcomes, g);
            if (m >= g.Gap.From && m <= g.Gap.To)
            {
                inGap = o;
            }
            else if (o?.BenefitsResumeOn is { } r && m >= g.PaymentMonth && first < r && m > g.Gap.To)
            {
                waitingFor = o;
            }
        }

        var paid = c.Ledger.FindMonth(m);
        if (inGap is not null || (paid is null && m < asOfMonth))
        {
            var retro = inGap?.Retroactive == true;
            var suspended = inGap is not null && first >= (inGap.SuspendedFrom ?? inGap.Gap.Gap.SuspensionStart);
            var state = paid is null ? MonthState.Gap : MonthState.Backpaid;
            if (retro && paid is not null)
            {
                state = MonthState.Covered;
            }

            return new TimelineMonth(m, state, retro || !suspended);
        }

        if (waitingFor is not null)
        {
            return new TimelineMonth(m, paid is null ? MonthState.NotDue : MonthState.Waiting, false);
        }

        if (paid is not null)
        {
            return new TimelineMonth(m, paid.OnTime ? MonthState.Paid : MonthState.Backpaid, true);
        }

        // Not yet due: benefits apply when nothing is open before it, or once the open gap's resumption date is reached.
        var open = gaps.Count > 0 && gaps[^1].Open && gaps[^1].Gap.From < m;
        if (open && Find(outcomes, gaps[^1])?.BenefitsResumeOn is { } resumeOn && first >= resumeOn)
        {
            open = false;
        }

        return new TimelineMonth(m, MonthState.NotDue, !open);
    }

    private static GapOutcome? Find(List<GapOutcome> outcomes, GapFact g)
    {
        foreach (var o in outcomes)
        {
            if (ReferenceEquals(o.Gap, g))
            {
                return o;
            }
        }

        return null;
    }
}
