using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>ZH-GAP: Zhuhai: employee gap of more than 3 months or not backpaid.</summary>
[Name("Zhuhai: employee gap of more than 3 months or not backpaid")]
[Description("中断超过3个月的,按新参保处理。Gap > 3 months: treated as a new enrolment (waiting period unknown: national ceiling applied).")]
[Tag("gap")]
[Tag("440400")]
[Basis("ZH-GAP", "珠海市医疗保障局 参保指南 (seed 004)")]
public sealed class ZhuhaiLongGapRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Zhuhai, g => !GapEmit.Backpaid(g) || g.Months > RegionalGaps.ShortMax(c, g));
        Then()
            .Do(ctx => RegionalGaps.ZhuhaiLong(ctx, c, gap));
    }
}
