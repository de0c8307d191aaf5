using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>CN-RESIDENT-INCENTIVE: consecutive insured years raise the critical-illness cap.</summary>
[Name("CN-RESIDENT-INCENTIVE")]
[Description("自2025年起,连续参加居民医保满4年的参保人员,之后每连续参保1年,适当提高大病保险最高支付限额(不低于1000元);当年未发生报销的,次年提高限额;累计提高总额不超过大病保险原最高支付限额的20%。After 4 consecutive insured years, each further consecutive year raises the critical-illness cap (at least ¥1,000), up to 20 % of the base cap; a break resets the count.")]
[Tag("resident")]
[Basis("CN-RESIDENT-INCENTIVE", "国办发〔2024〕38号《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》")]
public sealed class ResidentIncentiveRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c)
            .Match(() => year, y => y.Paid, y => y.Year >= Incentive.FirstYear, y => Incentive.Enabled(c, y));
        Then()
            .Do(ctx => Incentive.Apply(ctx, c, year));
    }
}
