using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Employment;

/// <summary>CN-LEAVE-3M: Enrol within 3 months after employment or unemployment benefit ends.</summary>
[Name("Enrol within 3 months after employment or unemployment benefit ends")]
[Description("离职(或失业保险金领取期满)且未就业的,应在原关系终止后3个月内以灵活就业人员身份或参加居民医保并缴费。A person whose employment or unemployment benefit ends without a new employer should enrol and pay within 3 months.")]
[Tag("employment")]
[Tag("CN")]
[Basis("CN-LEAVE-3M", "人社部发〔2009〕191号《流动就业人员基本医疗保障关系转移接续暂行办法》")]
public sealed class LeaveWithinThreeMonthsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => EmploymentEvents.OpenEnding(x) != null);
        Then()
            .Do(ctx => EmploymentEvents.EnrolAfterLeaving(ctx, c));
    }
}
