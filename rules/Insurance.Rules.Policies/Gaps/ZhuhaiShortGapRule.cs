using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>ZH-GAP: Zhuhai: employee gap of at most 3 months backpaid.</summary>
[Name("Zhuhai: employee gap of at most 3 months backpaid")]
[Description("职工医保中断3个月(含)以内补缴的,视为连续参保,中断期间待遇可享受。Gap ≤ 3 months backpaid: continuous, gap costs covered.")]
[Tag("gap")]
[Tag("440400")]
[Basis("ZH-GAP", "珠海市医疗保障局 参保指南 (seed 004)")]
public sealed class ZhuhaiShortGapRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Zhuhai, g => GapEmit.Backpaid(g), g => g.Months <= RegionalGaps.ShortMax(c, g));
        Then()
            .Do(ctx => RegionalGaps.ZhuhaiShort(ctx, c, gap));
    }
}
