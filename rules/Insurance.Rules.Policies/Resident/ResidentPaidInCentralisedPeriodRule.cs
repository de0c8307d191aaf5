using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>CN-RESIDENT-WAIT: Resident scheme: paid in the centralised period without a break.</summary>
[Name("Resident scheme: paid in the centralised period without a break")]
[Description("集中参保期内缴费且连续参保的,自次年1月1日起享受待遇。Paid within the centralised period with no break: covered from 1 January of the insurance year.")]
[Tag("resident")]
[Tag("CN")]
[Priority(10)]
[Basis("CN-RESIDENT-WAIT", "国办发〔2024〕38号《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》")]
public sealed class ResidentPaidInCentralisedPeriodRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c, x => !x.InRegion("110000"), x => !x.InRegion("350000"))
            .Match(() => year, y => y.BrokenYears == 0, y => ResidentCover.PaidInPeriod(c, y));
        Then()
            .Do(ctx => ResidentCover.FromJanuary(ctx, c, year, "CN-RESIDENT-WAIT.PERIOD", "CN-RESIDENT-WAIT"));
    }
}
