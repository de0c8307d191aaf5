using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Employment;

/// <summary>JDZ-UNEMPLOYED: Jingdezhen: apply for unemployment medical cover at Leping service centre window 25.</summary>
[Name("Jingdezhen: apply for unemployment medical cover at Leping service centre window 25")]
[Description("失业人员在领取失业保险金期间参加职工医保,以上年度当地社平工资60%为基数由经办机构缴纳;乐平市行政服务中心25号窗口办理,法定时限30日;失业前须已参保。Apply at 乐平市行政服务中心 window 25 (time limit 30 days); eligible only if insured before losing the job.")]
[Tag("employment")]
[Tag("360200")]
[Basis("JDZ-UNEMPLOYED", "景德镇市 失业人员参加职工医保经办指引 (seed 004)")]
public sealed class JingdezhenUnemploymentRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => x.InRegion("360200"), x => EmploymentEvents.DrawingBenefit(x));
        Then()
            .Do(ctx => EmploymentEvents.JingdezhenApply(ctx, c));
    }
}
