using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>BJ-RESIDENT: Beijing resident scheme: paid after the centralised period for one's own reasons.</summary>
[Name("Beijing resident scheme: paid after the centralised period for one's own reasons")]
[Description("因个人原因未在集中参保期内参保的,设置3个月待遇等待期。Paid after the centralised period for one's own reasons: 3-month waiting period.")]
[Tag("resident")]
[Tag("110000")]
[Priority(5)]
[Basis("BJ-RESIDENT", "北京市医疗保障局 2026年度城乡居民基本医疗保险集中参保期通知 (news 2025-12-01)")]
public sealed class BeijingResidentLatePaymentRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c, x => x.InRegion("110000"))
            .Match(() => year, y => y.BrokenYears == 0, y => ResidentCover.PaidAfterPeriod(c, y));
        Then()
            .Do(ctx => ResidentCover.BeijingLate(ctx, c, year));
    }
}
