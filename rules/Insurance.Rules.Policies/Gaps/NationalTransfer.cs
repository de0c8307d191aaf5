using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>Arithmetic of CN-TRANSFER-SHORT / CN-TRANSFER-LONG (医保办发〔2021〕43号).</summary>
public static class NationalTransfer
{
    /// <summary>The region's "short gap" threshold in months (含).</summary>
    public static int ShortMax(CaseFact c, GapFact g) => Params.IntOr(c, "gap.shortMaxMonths", g.PaymentDate, 3);

    /// <summary>The region's waiting months for a long gap (<c>gap.longWaitMonths</c>), before any regional cap rule.</summary>
    public static int LongWait(CaseFact c, GapFact g, List<PackValue> used) => Params.Int(c, "gap.longWaitMonths", g.PaymentDate, used);

    /// <summary>The long-gap waiting months with the region's ceiling (<c>gap.waitCapMonths</c>) applied, for deadlines.</summary>
    public static int CappedLongWait(CaseFact c, GapFact g, List<PackValue> used)
        => Math.Min(LongWait(c, g, used), Params.IntOr(c, "gap.waitCapMonths", g.PaymentDate, int.MaxValue));

    /// <summary>Gap ≤ threshold: benefits from the payment month, retroactive, continuous, no waiting.</summary>
    public static void ApplyShort(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var max = Params.Int(c, "gap.shortMaxMonths", g.PaymentDate, used);
        var later = new List<PackValue>();
        var wait = CappedLongWait(c, g, later);
        GapEmit.MonthDeadline(ctx, c, g, max, Bands.TransferLong, wait, later, "CN-TRANSFER-SHORT", used);
        GapEmit.Outcome(ctx, g, Bands.TransferShort, g.FirstDayOfPaymentMonthPlus(0), true, true, false, "CN-TRANSFER-SHORT", used);
    }

    /// <summary>Gap &gt; threshold: waiting period including the payment month, not retroactive, continuity broken.</summary>
    public static void ApplyLong(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var wait = LongWait(c, g, used);
        GapEmit.Outcome(ctx, g, Bands.TransferLong, g.FirstDayOfPaymentMonthPlus(wait), false, false, false, "CN-TRANSFER-LONG", used);
    }
}
