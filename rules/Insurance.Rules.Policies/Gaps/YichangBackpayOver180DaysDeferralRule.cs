using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>YC-FLEX-BAND: Yichang flexible worker (variant 2022): backpay after 180 days.</summary>
[Name("Yichang flexible worker (variant 2022): backpay after 180 days")]
[Description("超过180日补缴的,6个月后享受待遇;连续缴费满3年的,每项等待期减少3个月。Variant 2022: backpay after 180 days defers benefits 6 months (3 with ≥ 36 continuous months).")]
[Tag("gap")]
[Tag("420500")]
[Basis("YC-FLEX-BAND", "《宜昌市城区灵活就业人员基本医疗保险办法》第十一条")]
public sealed class YichangBackpayOver180DaysDeferralRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Yichang, g => GapEmit.Backpaid(g), g => g.Days > YichangBand.LongMaxDays(c, g), g => YichangBand.Is2022(c, g));
        Then()
            .Do(ctx => YichangBand.ApplyOver180Deferral(ctx, c, gap));
    }
}
