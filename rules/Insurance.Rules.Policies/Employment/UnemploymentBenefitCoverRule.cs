using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Employment;

/// <summary>CN-UNEMPLOYED: Unemployment benefit recipients are covered by the employee scheme.</summary>
[Name("Unemployment benefit recipients are covered by the employee scheme")]
[Description("领取失业保险金期间参加职工医保,应缴纳的基本医疗保险费从失业保险基金中支付,个人不缴纳。Recipients of unemployment benefit are in the employee scheme; the fund pays (base ≥ 60 % of last year's local average wage); the individual pays nothing.")]
[Tag("employment")]
[Tag("CN")]
[Basis("CN-UNEMPLOYED", "社会保险法 第四十八条; 人社部发〔2011〕77号")]
public sealed class UnemploymentBenefitCoverRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => EmploymentEvents.DrawingBenefit(x));
        Then()
            .Do(ctx => EmploymentEvents.UnemploymentCover(ctx, c));
    }
}
