using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>
/// Arithmetic of YC-FLEX-BAND and YC-FLEX-NEW (《宜昌市城区灵活就业人员基本医疗保险办法》第十一条). Day counts run
/// from the suspension start S (the first unpaid month) to the payment date. The pack parameter
/// <c>yc.variant</c> selects the reading: <c>default</c>, <c>excludePaymentMonth</c> or <c>2022</c>.
/// </summary>
public static class YichangBand
{
    /// <summary>The default reading.</summary>
    public const string DefaultVariant = "default";

    /// <summary>"3个月后" counted without the payment month.</summary>
    public const string ExcludePaymentMonth = "excludePaymentMonth";

    /// <summary>The 2022 text: deferrals instead of re-enrolment for backpay after 180 days, 3 months off after 36 continuous months.</summary>
    public const string Variant2022 = "2022";

    /// <summary>Upper bound of the first band, in days (含).</summary>
    public static int ShortMaxDays(CaseFact c, GapFact g) => Params.IntOr(c, "yc.shortMaxDays", g.PaymentDate, 60);

    /// <summary>Upper bound of the second band, in days (含).</summary>
    public static int LongMaxDays(CaseFact c, GapFact g) => Params.IntOr(c, "yc.longMaxDays", g.PaymentDate, 180);

    /// <summary>The variant in force on the payment date.</summary>
    public static string Variant(CaseFact c, GapFact g, List<PackValue> used)
        => Params.TextOr(c, "yc.variant", g.PaymentDate, DefaultVariant, used);

    /// <summary>True when the 2022 variant is selected.</summary>
    public static bool Is2022(CaseFact c, GapFact g) => Params.Text(c, "yc.variant", g.PaymentDate) == Variant2022;

    /// <summary>Months of deferral for the 61–180-day band under the selected variant.</summary>
    public static int MidOffset(CaseFact c, GapFact g, List<PackValue> used)
    {
        var variant = Variant(c, g, used);
        var offset = Params.Int(c, "yc.midOffsetMonths", g.PaymentDate, used);
        return variant switch
        {
            ExcludePaymentMonth => offset + 1,
            Variant2022 => Reduced(c, g, offset, used),
            _ => offset,
        };
    }

    /// <summary>Variant 2022: ≥ 36 continuous months before the gap take 3 months off, never earlier than P+1.</summary>
    public static int Reduced(CaseFact c, GapFact g, int offset, List<PackValue> used)
    {
        var needed = Params.Int(c, "yc.v2022.continuousMonthsForReduction", g.PaymentDate, used);
        if (g.Gap.ContinuousMonthsBefore < needed)
        {
            return offset;
        }

        var reduction = Params.Int(c, "yc.v2022.reductionMonths", g.PaymentDate, used);
        return Math.Max(1, offset - reduction);
    }

    /// <summary>Within 60 days: benefits from the month after payment.</summary>
    public static void ApplyWithin60(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var shortDays = Params.Int(c, "yc.shortMaxDays", g.PaymentDate, used);
        AddDeadlines(ctx, c, g, shortDays, true, used);
        GapEmit.Outcome(ctx, g, Bands.YichangWithin60, g.FirstDayOfPaymentMonthPlus(1), false, true, false, "YC-FLEX-BAND", used);
    }

    /// <summary>61–180 days: "从缴费当月开始计算,3个月后".</summary>
    public static void ApplyWithin180(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        var offset = MidOffset(c, g, used);
        AddDeadlines(ctx, c, g, ShortMaxDays(c, g), false, used);
        GapEmit.Outcome(ctx, g, Bands.YichangWithin180, g.FirstDayOfPaymentMonthPlus(offset), false, true, false, "YC-FLEX-BAND", used);
    }

    /// <summary>Variant 2022, backpaid after 180 days: 6-month deferral (3 with ≥ 36 continuous months), continuity kept.</summary>
    public static void ApplyOver180Deferral(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        Variant(c, g, used);
        var offset = Reduced(c, g, Params.Int(c, "yc.v2022.longOffsetMonths", g.PaymentDate, used), used);
        GapEmit.Outcome(ctx, g, Bands.YichangOver180, g.FirstDayOfPaymentMonthPlus(offset), false, true, false, "YC-FLEX-BAND", used);
    }

    /// <summary>YC-FLEX-NEW: a new enrolment; pooled-fund benefits from the 7th month after the first payment.</summary>
    public static void ApplyNewEnrolment(IContext ctx, CaseFact c, GapFact g)
    {
        var used = new List<PackValue>();
        if (g.Gap.FullyBackpaid || g.Open)
        {
            // Backpaid after 180 days: a new enrolment only under the default reading (variant 2022 defers instead).
            Variant(c, g, used);
        }

        var offset = Params.Int(c, "yc.newEnrolmentOffsetMonths", g.PaymentDate, used);
        GapEmit.Outcome(ctx, g, Bands.YichangNew, g.FirstDayOfPaymentMonthPlus(offset), false, false, true, "YC-FLEX-NEW", used);
    }

    /// <summary>
    /// Deadlines S+60 and S+180 days for an open gap, with what a later payment gets. The values a deadline's
    /// later outcome relies on (the variant above all) are recorded in <paramref name="used"/>.
    /// </summary>
    private static void AddDeadlines(IContext ctx, CaseFact c, GapFact g, int shortDays, bool includeShort, List<PackValue> used)
    {
        if (!g.Open || !g.IsLatest)
        {
            return;
        }

        var s = g.Gap.SuspensionStart;
        var scratch = used;
        var longDays = Params.Int(c, "yc.longMaxDays", g.PaymentDate, scratch);
        if (includeShort)
        {
            var afterShort = s.PlusDays(shortDays + 1);
            var mid = MidOffset(c, g, scratch);
            GapEmit.Deadline(ctx, c, g, s.PlusDays(shortDays), Bands.YichangWithin180, GapEmit.First(GapEmit.YearMonth(afterShort).PlusMonths(mid)), "YC-FLEX-BAND");
        }

        var afterLong = s.PlusDays(longDays + 1);
        var is2022 = Is2022(c, g);
        var offset = is2022
            ? Reduced(c, g, Params.Int(c, "yc.v2022.longOffsetMonths", g.PaymentDate, scratch), scratch)
            : Params.Int(c, "yc.newEnrolmentOffsetMonths", g.PaymentDate, scratch);
        GapEmit.Deadline(
            ctx, c, g, s.PlusDays(longDays), is2022 ? Bands.YichangOver180 : Bands.YichangNew,
            GapEmit.First(GapEmit.YearMonth(afterLong).PlusMonths(offset)), "YC-FLEX-BAND");
    }
}
