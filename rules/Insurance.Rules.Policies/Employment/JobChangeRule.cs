using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Employment;

/// <summary>CN-JOB-CHANGE: Moving to a new employer.</summary>
[Name("Moving to a new employer")]
[Description("换工作的,有社保卡的将社保卡和身份证复印件交新单位人事部门,无卡的提供身份证复印件;由新单位办理参保,个人无需到经办机构办理。Hand the social-security card and an ID copy (without a card: an ID copy) to the new employer's HR; no action at the agency.")]
[Tag("employment")]
[Tag("CN")]
[Basis("CN-JOB-CHANGE", "seed 000 (职工换工作医保接续指引)")]
public sealed class JobChangeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => EmploymentEvents.NewJob(x) != null, x => x.Status == Insurance.Rules.Domain.Model.ParticipantStatus.Employed);
        Then()
            .Do(ctx => EmploymentEvents.HandCardToEmployer(ctx, c));
    }
}
