using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>CN-RESIDENT-WAIT: Resident scheme: waiting period after late payment or a break.</summary>
[Name("Resident scheme: waiting period after late payment or a break")]
[Description("集中参保期外参保或未连续参保的,设置固定等待期3个月;每多断保1年,增加1个月变动等待期;断保缴费1年可减少1个月变动等待期;连续断保4年及以上的,修复后固定等待期和变动等待期之和不少于6个月。Paid outside the centralised period or after a break: fixed 3 months + 1 month per broken year; each repaired year removes 1; after ≥ 4 broken years at least 6 months in total.")]
[Tag("resident")]
[Tag("CN")]
[Priority(0)]
[Basis("CN-RESIDENT-WAIT", "国办发〔2024〕38号《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》")]
public sealed class ResidentWaitingPeriodRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c)
            .Match(() => year)
            .Not<ResidentCoverFact>(f => f.Year == year, f => f.Band != "CN-RESIDENT-WAIT");
        Then()
            .Do(ctx => ResidentCover.Waiting(ctx, c, year));
    }
}
