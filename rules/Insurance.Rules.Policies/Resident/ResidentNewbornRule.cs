using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>CN-RESIDENT-WAIT: Resident scheme: newborn enrolled within the newborn window.</summary>
[Name("Resident scheme: newborn enrolled within the newborn window")]
[Description("新生儿在规定期限内参保的,自出生之日起享受待遇,不设等待期。Newborns enrolled within the region's newborn window: covered from birth, no waiting period.")]
[Tag("resident")]
[Tag("CN")]
[Priority(20)]
[Basis("CN-RESIDENT-WAIT", "国办发〔2024〕38号《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》")]
public sealed class ResidentNewbornRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c)
            .Match(() => year, y => ResidentCover.NewbornInWindow(c, y));
        Then()
            .Do(ctx => ResidentCover.Newborn(ctx, c, year));
    }
}
