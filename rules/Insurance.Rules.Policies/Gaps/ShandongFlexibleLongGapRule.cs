using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>SD-FLEX: Shandong: flexible worker gap of more than 3 months.</summary>
[Name("Shandong: flexible worker gap of more than 3 months")]
[Description("中断超过3个月的,设置3个月待遇等待期(含缴费当月)。Flexible-worker gap > 3 months: 3-month waiting period including the payment month (P+3).")]
[Tag("gap")]
[Tag("370000")]
[Basis("SD-FLEX", "鲁医保发〔2021〕54号 (in force 2022-04-01)")]
public sealed class ShandongFlexibleLongGapRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.ShandongFlex, g => g.Months > RegionalGaps.ShortMax(c, g));
        Then()
            .Do(ctx => RegionalGaps.ShandongFlexLong(ctx, c, gap));
    }
}
