using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>FJ-RESIDENT: Fujian resident scheme: paid in the centralised period.</summary>
[Name("Fujian resident scheme: paid in the centralised period")]
[Description("9月1日至12月31日集中缴费期内缴费的,自次年1月1日起享受待遇。Paid 1 September – 31 December: covered from the next 1 January.")]
[Tag("resident")]
[Tag("350000")]
[Priority(10)]
[Basis("FJ-RESIDENT", "闽政办〔2025〕3号")]
public sealed class FujianResidentCentralisedPeriodRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c, x => x.InRegion("350000"))
            .Match(() => year, y => y.BrokenYears == 0, y => ResidentCover.PaidInPeriod(c, y));
        Then()
            .Do(ctx => ResidentCover.FromJanuary(ctx, c, year, "FJ-RESIDENT.PERIOD", "FJ-RESIDENT"));
    }
}
