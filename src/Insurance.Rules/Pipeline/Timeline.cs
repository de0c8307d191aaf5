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

        // Months, dates and the gaps' bounds as ordered integers, worked out once: the loop below then compares
        // integers instead of calendar values for every month shown.
        var marks = new GapMarks[gaps.Count];
        for (var i = 0; i < gaps.Count; i++)
        {
            marks[i] = new GapMarks(gaps[i], Find(outcomes, gaps[i]));
        }

        var asOfIndex = Index(asOfMonth);
        var asOfKey = Key(c.AsOf);
        var fundIndex = fundCoversFrom is { } fund ? Index(fund) : int.MaxValue;
        var resumeKey = resume is { } rs ? Key(rs) : (int?)null;
        var coverFromKey = cover is null ? 0 : Key(cover.CoveredFrom);
        var coverFromIndex = cover is null ? 0 : Index(cover.CoveredFrom);
        var residentOnly = cover is not null && c.Ledger.PaidEmployeeMonths == 0;

        var startIndex = Index(start);
        var endIndex = Index(end);
        var result = new List<TimelineMonth>(endIndex - startIndex + 1);
        var m = start;
        for (var index = startIndex; index <= endIndex; index++, m = m.PlusMonths(1))
        {
            var firstDay = FirstDayKey(index);
            var (state, benefitsApply) = residentOnly
                ? ResidentState(index, firstDay, asOfIndex, coverFromIndex, coverFromKey)
                : State(c, m, index, firstDay, asOfIndex, marks);
            if (index >= fundIndex && !benefitsApply)
            {
                // CN-UNEMPLOYED: the unemployment fund pays for the benefit months.
                benefitsApply = true;
            }

            if (index >= asOfIndex)
            {
                // From the evaluation month on, the view follows the headline: covered now stays covered; otherwise
                // benefits apply from the resumption date for the payment considered.
                var from = index == asOfIndex ? asOfKey : firstDay;
                benefitsApply = status is CoverageStatus.Covered or CoverageStatus.RetiredCovered
                    || (status == CoverageStatus.Waiting && resumeKey is { } r && from >= r)
                    || (status is CoverageStatus.Suspended or CoverageStatus.Lapsed && index > asOfIndex && resumeKey is { } r2 && from >= r2);
            }

            result.Add(new TimelineMonth(m, state, benefitsApply));
        }

        return result;
    }

    // A resident-scheme participant with no employee months: paid from the month cover starts.
    private static (MonthState State, bool BenefitsApply) ResidentState(int index, int first, int asOfIndex, int coverFromIndex, int coverFromKey)
    {
        var covered = first >= coverFromKey || index == coverFromIndex;
        return (covered ? MonthState.Paid : (index < asOfIndex ? MonthState.Waiting : MonthState.NotDue), covered);
    }

    private static (MonthState State, bool BenefitsApply) State(CaseFact c, YearMonth m, int index, int first, int asOfIndex, GapMarks[] gaps)
    {
        // Which gap (and outcome) this month belongs to or follows.
        GapMarks? inGap = null;
        GapMarks? waitingFor = null;
        foreach (var g in gaps)
        {
            if (index >= g.From && index <= g.To)
            {
                inGap = g;
            }
            else if (g.ResumeKey is { } r && index >= g.PaymentMonth && first < r && index > g.To)
            {
                waitingFor = g;
            }
        }

        var paid = c.Ledger.IsPaid(m, out var onTime);
        if ((inGap is { } ig && ig.Outcome is not null) || (!paid && index < asOfIndex))
        {
            var outcome = inGap?.Outcome;
            var retro = outcome?.Retroactive == true;
            var suspended = outcome is not null && first >= inGap!.Value.SuspendedFromKey;
            var state = !paid ? MonthState.Gap : MonthState.Backpaid;
            if (retro && paid)
            {
                state = MonthState.Covered;
            }

            return (state, retro || !suspended);
        }

        if (waitingFor is not null)
        {
            return (!paid ? MonthState.NotDue : MonthState.Waiting, false);
        }

        if (paid)
        {
            return (onTime ? MonthState.Paid : MonthState.Backpaid, true);
        }

        // Not yet due: benefits apply when nothing is open before it, or once the open gap's resumption date is reached.
        var open = gaps.Length > 0 && gaps[^1].Open && gaps[^1].From < index;
        if (open && gaps[^1].ResumeKey is { } resumeOn && first >= resumeOn)
        {
            open = false;
        }

        return (MonthState.NotDue, !open);
    }

    // Ordered integers for months and dates (year, month and day kept in order, years shifted to be positive).
    private static int Index(YearMonth m) => ((m.Year + YearShift) * 12) + m.Month - 1;

    private static int Index(LocalDate d) => ((d.Year + YearShift) * 12) + d.Month - 1;

    private static int Key(LocalDate d) => ((d.Year + YearShift) << 9) | (d.Month << 5) | d.Day;

    private static int FirstDayKey(int index) => ((index / 12) << 9) | (((index % 12) + 1) << 5) | 1;

    private const int YearShift = 10_000;

    // One gap as the month loop needs it: its months, its payment month, and its outcome's dates as keys.
    private readonly struct GapMarks
    {
        public GapMarks(GapFact gap, GapOutcome? outcome)
        {
            From = Index(gap.Gap.From);
            To = Index(gap.Gap.To);
            PaymentMonth = Index(gap.PaymentMonth);
            Open = gap.Open;
            Outcome = outcome;
            ResumeKey = outcome?.BenefitsResumeOn is { } r ? Key(r) : null;
            SuspendedFromKey = outcome is null ? 0 : Key(outcome.SuspendedFrom ?? outcome.Gap.Gap.SuspensionStart);
        }

        public int From { get; }

        public int To { get; }

        public int PaymentMonth { get; }

        public bool Open { get; }

        public GapOutcome? Outcome { get; }

        public int? ResumeKey { get; }

        public int SuspendedFromKey { get; }
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
