using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Eligibility;

/// <summary>TJ-FLEX-HUKOU: Tianjin flexible-worker enrolment conditions.</summary>
[Name("Tianjin flexible-worker enrolment conditions")]
[Description("2025年11月9日前须本市非农业户籍(蓝印户口不予受理)并同时参加养老保险;自2025年11月9日起持本市居住证(含电子居住证)的,暂停外省参保后亦可参保;申报期为每月26日至次月15日,节假日不顺延;须未达法定退休年龄。Before 2025-11-09 a Tianjin non-agricultural hukou and pension enrolment are required; from 2025-11-09 a Tianjin residence permit also qualifies after pausing other enrolment; declaration window 26th–15th; under retirement age.")]
[Tag("Eligibility")]
[Tag("120000")]
[Basis("TJ-FLEX-HUKOU", "天津市医疗保障局 灵活就业人员参保条件 (seed 004); 天津医保中心 2025-11-09 (今晚报)")]
public sealed class TianjinFlexibleHukouRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => FlexibleEnrolment.Relevant(x), x => FlexibleEnrolment.HukouRequired(x));
        Then()
            .Do(ctx => FlexibleEnrolment.Tianjin(ctx, c));
    }
}
