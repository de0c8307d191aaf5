using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>BJ-RESIDENT: Beijing resident scheme: paid in the centralised period.</summary>
[Name("Beijing resident scheme: paid in the centralised period")]
[Description("2025年11月30日至2026年2月28日集中参保期内缴费的,2026年1月1日起享受待遇。Paid in the centralised period (2025-11-30 to 2026-02-28 for 2026): covered from 1 January.")]
[Tag("resident")]
[Tag("110000")]
[Priority(10)]
[Basis("BJ-RESIDENT", "北京市医疗保障局 2026年度城乡居民基本医疗保险集中参保期通知 (news 2025-12-01)")]
public sealed class BeijingResidentCentralisedPeriodRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c, x => x.InRegion("110000"))
            .Match(() => year, y => y.BrokenYears == 0, y => ResidentCover.PaidInPeriod(c, y));
        Then()
            .Do(ctx => ResidentCover.FromJanuary(ctx, c, year, "BJ-RESIDENT.PERIOD", "BJ-RESIDENT"));
    }
}
