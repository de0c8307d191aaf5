using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>YC-FLEX-NEW: Yichang flexible worker: treated as a new enrolment.</summary>
[Name("Yichang flexible worker: treated as a new enrolment")]
[Description("超过180日或未补缴的,视为新参保,缴费时间不连续计算,自首次缴费之月起第7个月享受统筹基金待遇。More than 180 days, or never backpaid: a new enrolment; pooled-fund benefits from the 7th month after the first payment (P+6).")]
[Tag("gap")]
[Tag("420500")]
[Basis("YC-FLEX-NEW", "《宜昌市城区灵活就业人员基本医疗保险办法》第十一条")]
public sealed class YichangNewEnrolmentRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Yichang, g => !GapEmit.Backpaid(g) || (g.Days > YichangBand.LongMaxDays(c, g) && !YichangBand.Is2022(c, g)));
        Then()
            .Do(ctx => YichangBand.ApplyNewEnrolment(ctx, c, gap));
    }
}
