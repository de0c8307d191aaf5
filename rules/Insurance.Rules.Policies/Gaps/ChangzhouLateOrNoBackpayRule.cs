using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>CZ-FLEX: Changzhou: flexible worker pays later or does not backpay.</summary>
[Name("Changzhou: flexible worker pays later or does not backpay")]
[Description("超过3个月补缴或不补缴的,连续正常缴费满3个月后享受待遇。Later or no backpay: covered after 3 months of continuous normal payment (P+3).")]
[Tag("gap")]
[Tag("320400")]
[Basis("CZ-FLEX", "常州市灵活就业人员医保断缴补缴规定 (research-notes §2.8)")]
public sealed class ChangzhouLateOrNoBackpayRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Changzhou, g => !GapEmit.Backpaid(g) || g.Months > RegionalGaps.ChangzhouMax(c, g));
        Then()
            .Do(ctx => RegionalGaps.ChangzhouLong(ctx, c, gap));
    }
}
