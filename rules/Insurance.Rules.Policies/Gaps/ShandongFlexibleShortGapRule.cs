using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>SD-FLEX: Shandong: flexible worker gap of at most 3 months.</summary>
[Name("Shandong: flexible worker gap of at most 3 months")]
[Description("灵活就业人员中断3个月(含)以内的,续保次月起享受待遇。Flexible-worker gap ≤ 3 months: benefits from the month after re-joining.")]
[Tag("gap")]
[Tag("370000")]
[Basis("SD-FLEX", "鲁医保发〔2021〕54号 (in force 2022-04-01)")]
public sealed class ShandongFlexibleShortGapRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.ShandongFlex, g => g.Months <= RegionalGaps.ShortMax(c, g));
        Then()
            .Do(ctx => RegionalGaps.ShandongFlexShort(ctx, c, gap));
    }
}
