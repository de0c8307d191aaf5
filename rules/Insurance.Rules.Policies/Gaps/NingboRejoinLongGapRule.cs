using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>NB-REJOIN: Ningbo: arrears or gap of more than 3 months cleared.</summary>
[Name("Ningbo: arrears or gap of more than 3 months cleared")]
[Description("中断超过3个月的,自补缴或续保后第三个自然月起恢复待遇,中断期间费用由个人承担。Gap > 3 months: benefits from P+2; gap costs borne by the person.")]
[Tag("gap")]
[Tag("330200")]
[Basis("NB-REJOIN", "宁波市医疗保障局 灵活就业人员及单位欠费恢复待遇规定 (newer rule, research-notes §2.2)")]
public sealed class NingboRejoinLongGapRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.Ningbo, g => g.Months > RegionalGaps.ShortMax(c, g));
        Then()
            .Do(ctx => RegionalGaps.NingboLong(ctx, c, gap));
    }
}
