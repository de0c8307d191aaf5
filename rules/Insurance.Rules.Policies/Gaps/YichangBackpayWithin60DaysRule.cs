using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>YC-FLEX-BAND: Yichang flexible worker: backpay within 60 days.</summary>
[Name("Yichang flexible worker: backpay within 60 days")]
[Description("中止享受待遇60日(含)内补缴的,从缴费次月起享受统筹基金待遇。Backpay within 60 days of the suspension start: pooled-fund benefits from the month after payment.")]
[Tag("gap")]
[Tag("420500")]
[Basis("YC-FLEX-BAND", "《宜昌市城区灵活就业人员基本医疗保险办法》第十一条")]
public sealed class YichangBackpayWithin60DaysRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Yichang, g => GapEmit.Backpaid(g), g => g.Days <= YichangBand.ShortMaxDays(c, g));
        Then()
            .Do(ctx => YichangBand.ApplyWithin60(ctx, c, gap));
    }
}
