using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>Arithmetic of the regional month-threshold gap rules (NB-REJOIN, SD-ARREARS, SD-FLEX, ZH-GAP, CZ-FLEX).</summary>
public static class RegionalGaps
{
    /// <summary>The short-gap threshold in months (含), 3 unless a pack says otherwise.</summary>
    public static int ShortMax(CaseFact c, GapFact g) => NationalTransfer.ShortMax(c, g);

    /// <summary>NB-REJOIN ≤ 3 months: benefits from P+1; gap costs claimable by manual reimbursement (retroactive).</summary>
    public static void NingboShort(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var offset = Params.Int(c, "nb.shortOffsetMonths", g.PaymentDate, used);
        var max = Params.Int(c, "gap.shortMaxMonths", g.PaymentDate, used);
        var later = new List<PackValue>();
        var longOffset = Params.Int(c, "nb.longOffsetMonths", g.PaymentDate, later);
        GapEmit.MonthDeadline(ctx, c, g, max, Bands.NingboLong, longOffset, later, "NB-REJOIN", used);
        GapEmit.Outcome(ctx, g, Bands.NingboShort, g.FirstDayOfPaymentMonthPlus(offset), true, true, false, "NB-REJOIN", used);
    }

    /// <summary>NB-REJOIN &gt; 3 months: benefits from P+2; gap costs borne by the person.</summary>
    public static void NingboLong(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var offset = Params.Int(c, "nb.longOffsetMonths", g.PaymentDate, used);
        GapEmit.Outcome(ctx, g, Bands.NingboLong, g.FirstDayOfPaymentMonthPlus(offset), false, true, false, "NB-REJOIN", used);
        ctx.InsertLinked(new AssumptionFact("NB-LONG-CONTINUITY", "NB-REJOIN"));
    }

    /// <summary>SD-ARREARS: suspended from the month after the employer stopped (A+1), restored the month after arrears and late fees are paid.</summary>
    public static void ShandongArrears(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var offset = Params.Int(c, "sd.arrearsOffsetMonths", g.PaymentDate, used);
        var resume = g.FirstDayOfPaymentMonthPlus(offset);
        var all = new List<PackValue>(used.Count + 1) { g.FamilyValue };
        all.AddRange(used);
        ctx.InsertLinked(new GapOutcome(g, Bands.ShandongArrears, resume, GapEmit.MonthsBetween(g.PaymentMonth, GapEmit.YearMonth(resume)), false, true, false, "SD-ARREARS", all)
        {
            // Benefits stop from the month after the employer stopped paying (A+1).
            SuspendedFrom = GapEmit.First(g.Gap.From.PlusMonths(1)),
        });
    }

    /// <summary>SD-FLEX ≤ 3 months: benefits from the month after re-joining.</summary>
    public static void ShandongFlexShort(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var max = Params.Int(c, "gap.shortMaxMonths", g.PaymentDate, used);
        var later = new List<PackValue>();
        var wait = Params.Int(c, "sd.flexWaitMonths", g.PaymentDate, later);
        GapEmit.MonthDeadline(ctx, c, g, max, Bands.ShandongFlexLong, wait, later, "SD-FLEX", used);
        GapEmit.Outcome(ctx, g, Bands.ShandongFlexShort, g.FirstDayOfPaymentMonthPlus(1), false, true, false, "SD-FLEX", used);
    }

    /// <summary>SD-FLEX &gt; 3 months: 3-month waiting period including the payment month (P+3).</summary>
    public static void ShandongFlexLong(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var wait = Params.Int(c, "sd.flexWaitMonths", g.PaymentDate, used);
        GapEmit.Outcome(ctx, g, Bands.ShandongFlexLong, g.FirstDayOfPaymentMonthPlus(wait), false, false, false, "SD-FLEX", used);
        ctx.InsertLinked(new AssumptionFact("LONG-GAP-CONTINUITY", "SD-FLEX"));
    }

    /// <summary>ZH-GAP ≤ 3 months backpaid: continuous, gap costs covered, benefits from the payment month.</summary>
    public static void ZhuhaiShort(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var max = Params.Int(c, "gap.shortMaxMonths", g.PaymentDate, used);
        var later = new List<PackValue>();
        var wait = NationalTransfer.CappedLongWait(c, g, later);
        GapEmit.MonthDeadline(ctx, c, g, max, Bands.ZhuhaiLong, wait, later, "ZH-GAP", used);
        if (GapEmit.Lists(c, g, GapEmit.Last(GapEmit.LastPaymentMonthWithin(g, max))))
        {
            // The deadline's later outcome is a new enrolment whose waiting period Zhuhai does not publish.
            ctx.InsertLinked(new AssumptionFact("ZH-GAP-WAIT-UNKNOWN", "ZH-GAP", new Dictionary<string, object?> { { "months", wait } }));
        }

        GapEmit.Outcome(ctx, g, Bands.ZhuhaiShort, g.FirstDayOfPaymentMonthPlus(0), true, true, false, "ZH-GAP", used);
    }

    /// <summary>ZH-GAP &gt; 3 months: a new enrolment; Zhuhai's waiting period is unknown, so the national ceiling applies.</summary>
    public static void ZhuhaiLong(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var wait = NationalTransfer.LongWait(c, g, used);
        GapEmit.Outcome(ctx, g, Bands.ZhuhaiLong, g.FirstDayOfPaymentMonthPlus(wait), false, false, true, "ZH-GAP", used);
        ctx.InsertLinked(new AssumptionFact("ZH-GAP-WAIT-UNKNOWN", "ZH-GAP", new Dictionary<string, object?> { { "months", wait }}));
    }

    /// <summary>CZ-FLEX: backpaid within 3 months: restored from the day after the money arrives; gap not covered.</summary>
    public static void ChangzhouShort(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var max = Params.Int(c, "cz.backpayWithinMonths", g.PaymentDate, used);
        var later = new List<PackValue>();
        var wait = Params.Int(c, "cz.waitMonths", g.PaymentDate, later);
        GapEmit.MonthDeadline(ctx, c, g, max, Bands.ChangzhouLong, wait, later, "CZ-FLEX", used);
        GapEmit.Outcome(ctx, g, Bands.ChangzhouShort, g.PaymentDate.PlusDays(1), false, true, false, "CZ-FLEX", used, restoredNextDay: true);
    }

    /// <summary>CZ-FLEX: later or no backpay: covered after 3 months of continuous normal payment (P+3).</summary>
    public static void ChangzhouLong(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var wait = Params.Int(c, "cz.waitMonths", g.PaymentDate, used);
        GapEmit.Outcome(ctx, g, Bands.ChangzhouLong, g.FirstDayOfPaymentMonthPlus(wait), false, false, false, "CZ-FLEX", used);
        ctx.InsertLinked(new AssumptionFact("LONG-GAP-CONTINUITY", "CZ-FLEX"));
    }

    /// <summary>The Changzhou "within 3 months" threshold.</summary>
    public static int ChangzhouMax(CaseFact c, GapFact g) => Params.IntOr(c, "cz.backpayWithinMonths", g.PaymentDate, 3);
}
