using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;
using NodaTime;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>Shared arithmetic of the gap rules: outcomes, month thresholds and deadlines.</summary>
public static class GapEmit
{
    /// <summary>The first day of month <c>m</c>.</summary>
    public static LocalDate First(YearMonth m) => m.OnDayOfMonth(1);

    /// <summary>The last day of month <c>m</c>.</summary>
    public static LocalDate Last(YearMonth m) => m.OnDayOfMonth(m.Calendar.GetDaysInMonth(m.Year, m.Month));

    /// <summary>
    /// Months strictly between the last on-time month L and a payment month P is <c>P − L − 1</c>; so a gap stays
    /// within <paramref name="maxMonths"/> when paying by the last day of month <c>L + maxMonths + 1</c>.
    /// </summary>
    public static YearMonth LastPaymentMonthWithin(GapFact g, int maxMonths) => g.Gap.LastOnTimeMonth.PlusMonths(maxMonths + 1);

    /// <summary>Inserts a gap outcome linked to the activation that classified the gap.</summary>
    public static void Outcome(
        IContext ctx,
        GapFact g,
        string band,
        LocalDate? resume,
        bool retroactive,
        bool continuity,
        bool newEnrolment,
        string basis,
        List<PackValue> used,
        bool restoredNextDay = false)
    {
        // Restored from the day after the money arrives (CZ-FLEX): no waiting period, even at a month end.
        var waiting = restoredNextDay || resume is not { } r ? 0 : Math.Max(0, MonthsBetween(g.PaymentMonth, YearMonth(r)));

        var all = new List<PackValue>(used.Count + 1) { g.FamilyValue };
        all.AddRange(used);
        ctx.InsertLinked(new GapOutcome(g, band, resume, waiting, retroactive, continuity, newEnrolment, basis, all));
    }

    /// <summary>True when a deadline for this gap is listed: the latest gap, open, and the date not before the evaluation date.</summary>
    public static bool Lists(CaseFact c, GapFact g, LocalDate payBy) => g.Open && g.IsLatest && payBy >= c.AsOf;

    /// <summary>
    /// Inserts a month-threshold deadline (pay by the last day of month <c>L + maxMonths + 1</c>) for an open, latest
    /// gap, and records the values its later outcome relies on in <paramref name="used"/> when it is listed.
    /// </summary>
    public static void MonthDeadline(
        IContext ctx, CaseFact c, GapFact g, int maxMonths, string then, int laterOffsetMonths, List<PackValue> laterValues, string basis, List<PackValue> used)
    {
        var last = LastPaymentMonthWithin(g, maxMonths);
        if (Deadline(ctx, c, g, Last(last), then, First(last.PlusMonths(1 + laterOffsetMonths)), basis))
        {
            used.AddRange(laterValues);
        }
    }

    /// <summary>Inserts a deadline for an open, latest gap when it is not before the evaluation date.</summary>
    /// <returns>True when the deadline was listed.</returns>
    public static bool Deadline(IContext ctx, CaseFact c, GapFact g, LocalDate payBy, string then, LocalDate? resumeIfLater, string basis)
    {
        if (!Lists(c, g, payBy))
        {
            return false;
        }

        ctx.InsertLinked(new DeadlineFact(g, payBy, then, resumeIfLater, basis));
        return true;
    }

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/> (negative when earlier).</summary>
    public static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + to.Month - from.Month;

    /// <summary>The month of a date.</summary>
    public static YearMonth YearMonth(LocalDate d) => new(d.Year, d.Month);

    /// <summary>True when the gap's months are (or, for an open gap, will be) backpaid.</summary>
    /// <remarks>An open gap is evaluated for a payment that clears all arrears (CN-ARREARS-BACKPAY).</remarks>
    public static bool Backpaid(GapFact g) => g.Open || g.Gap.FullyBackpaid;
}
