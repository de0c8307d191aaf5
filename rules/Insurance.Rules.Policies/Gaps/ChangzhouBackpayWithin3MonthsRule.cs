using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>CZ-FLEX: Changzhou: flexible worker backpays within 3 months.</summary>
[Name("Changzhou: flexible worker backpays within 3 months")]
[Description("3个月内补缴的,自补缴到账次日起恢复待遇,中断期间不享受。Backpay within 3 months: restored from the day after the money arrives; gap not covered.")]
[Tag("gap")]
[Tag("320400")]
[Basis("CZ-FLEX", "常州市灵活就业人员医保断缴补缴规定 (research-notes §2.8)")]
public sealed class ChangzhouBackpayWithin3MonthsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Changzhou, g => GapEmit.Backpaid(g), g => g.Months <= RegionalGaps.ChangzhouMax(c, g));
        Then()
            .Do(ctx => RegionalGaps.ChangzhouShort(ctx, c, gap));
    }
}
