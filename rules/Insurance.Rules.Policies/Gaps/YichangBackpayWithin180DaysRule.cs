using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>YC-FLEX-BAND: Yichang flexible worker: backpay on day 61 to 180.</summary>
[Name("Yichang flexible worker: backpay on day 61 to 180")]
[Description("61日至180日内补缴的,从缴费当月开始计算,3个月后享受统筹基金待遇。Backpay on day 61–180: benefits 3 months on, counted from the payment month (default reading P+3; variant excludePaymentMonth P+4).")]
[Tag("gap")]
[Tag("420500")]
[Basis("YC-FLEX-BAND", "《宜昌市城区灵活就业人员基本医疗保险办法》第十一条")]
public sealed class YichangBackpayWithin180DaysRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Yichang, g => GapEmit.Backpaid(g), g => g.Days > YichangBand.ShortMaxDays(c, g), g => g.Days <= YichangBand.LongMaxDays(c, g));
        Then()
            .Do(ctx => YichangBand.ApplyWithin180(ctx, c, gap));
    }
}
