using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Retirement;

/// <summary>CN-RETIRE-AGE: Statutory retirement month under the 2025 reform.</summary>
[Name("Statutory retirement month under the 2025 reform")]
[Description("从2025年1月1日起,男职工和原法定退休年龄为55周岁的女职工每4个月延迟1个月,分别延迟至63、58周岁;原50周岁的女职工每2个月延迟1个月,延迟至55周岁。Men and women-55 retire 1 month later per 4 months of birth after the start, up to 36 months; women-50 1 month per 2, up to 60 months.")]
[Tag("Retirement")]
[Tag("CN")]
[Basis("CN-RETIRE-AGE", "全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13, in force 2025-01-01)")]
public sealed class RetirementAgeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c);
        Then()
            .Do(ctx => RetirementRules.RetirementAge(ctx, c));
    }
}
