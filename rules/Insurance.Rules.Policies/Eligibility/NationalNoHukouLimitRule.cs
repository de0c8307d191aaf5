using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Eligibility;

/// <summary>CN-HUKOU: Flexible workers may enrol without a hukou limit.</summary>
[Name("Flexible workers may enrol without a hukou limit")]
[Description("超大城市放开灵活就业人员参保户籍限制,其他地区进一步放宽。Megacities remove hukou limits for flexible workers enrolling where they work; other regions loosen them. The national pack imposes none.")]
[Tag("Eligibility")]
[Tag("CN")]
[Basis("CN-HUKOU", "国办发〔2024〕38号《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》")]
public sealed class NationalNoHukouLimitRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;

        When()
            .Match(() => c, x => FlexibleEnrolment.Relevant(x), x => !FlexibleEnrolment.HukouRequired(x));
        Then()
            .Do(ctx => FlexibleEnrolment.NoLimit(ctx, c));
    }
}
