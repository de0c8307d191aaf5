using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Retirement;

/// <summary>CN-RETIRE-YEARS: Minimum contribution months for retiree benefits.</summary>
[Name("Minimum contribution months for retiree benefits")]
[Description("参加职工基本医疗保险的个人,达到法定退休年龄时累计缴费达到国家规定年限的,退休后不再缴纳基本医疗保险费,按照国家规定享受基本医疗保险待遇;未达到的,可以缴费至国家规定年限。No national figure: the region's minimum applies (ZJ 20 years; GD schedule by retirement year; BJ 25/20 as an assumption); credited months = paid employee-scheme months + deemed months.")]
[Tag("Retirement")]
[Tag("CN")]
[Basis("CN-RETIRE-YEARS", "中华人民共和国社会保险法 第二十七条; regional minimums from the region pack")]
public sealed class RetirementYearsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        RetirementAgeFact age = null!;

        When()
            .Match(() => c, x => RetirementRules.InEmployeeScheme(x))
            .Match(() => age);
        Then()
            .Do(ctx => RetirementRules.RetirementYears(ctx, c, age));
    }
}
