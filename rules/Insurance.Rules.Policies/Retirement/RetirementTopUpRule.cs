using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Retirement;

/// <summary>CN-RETIRE-YEARS: Shortfall of contribution months can be topped up.</summary>
[Name("Shortfall of contribution months can be topped up")]
[Description("累计缴费不足规定年限的,可按月或一次性补足。A shortfall may be paid monthly or as a lump sum where the region allows it.")]
[Tag("Retirement")]
[Tag("CN")]
[Basis("CN-RETIRE-YEARS", "中华人民共和国社会保险法 第二十七条; 浙江省医疗保障条例 第二十一条")]
public sealed class RetirementTopUpRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        RetirementAgeFact age = null!;
        RetirementYearsFact years = null!;

        When()
            .Match(() => c)
            .Match(() => age, a => RetirementRules.TopUpAllowed(c, a), a => RetirementRules.TopUpDue(c, a))
            .Match(() => years, y => y.ShortfallMonths > 0)
            .Not<StepFact>(s => s.Code == "zhuhaiRetireeTopUp");
        Then()
            .Do(ctx => RetirementRules.TopUp(ctx, c, age, years));
    }
}
