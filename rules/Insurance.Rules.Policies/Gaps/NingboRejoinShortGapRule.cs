using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>NB-REJOIN: Ningbo: arrears or gap of at most 3 months cleared.</summary>
[Name("Ningbo: arrears or gap of at most 3 months cleared")]
[Description("欠费或中断3个月(含)以内,补缴后次月恢复待遇,中断期间费用可零星报销。Gap ≤ 3 months cleared in month P: benefits from P+1; gap costs claimable by manual reimbursement.")]
[Tag("gap")]
[Tag("330200")]
[Basis("NB-REJOIN", "宁波市医疗保障局 灵活就业人员及单位欠费恢复待遇规定 (newer rule, research-notes §2.2)")]
public sealed class NingboRejoinShortGapRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Ningbo, g => g.Months <= RegionalGaps.ShortMax(c, g));
        Then()
            .Do(ctx => RegionalGaps.NingboShort(ctx, c, gap));
    }
}
