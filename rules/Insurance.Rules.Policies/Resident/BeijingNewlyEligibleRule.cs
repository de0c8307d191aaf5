using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>BJ-RESIDENT: Beijing resident scheme: newly eligible person enrolling within 90 days.</summary>
[Name("Beijing resident scheme: newly eligible person enrolling within 90 days")]
[Description("新增参保人员(新落户等)在90日内参保的,自缴费当月起享受待遇。Newly eligible people (new hukou etc.) enrolling within 90 days: covered from the payment month.")]
[Tag("resident")]
[Tag("110000")]
[Priority(15)]
[Basis("BJ-RESIDENT", "北京市医疗保障局 2026年度城乡居民基本医疗保险集中参保期通知 (news 2025-12-01)")]
public sealed class BeijingNewlyEligibleRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c, x => x.InRegion("110000"))
            .Match(() => year, y => ResidentCover.NewlyEligible(c, y));
        Then()
            .Do(ctx => ResidentCover.FromDay(ctx, year, new NodaTime.LocalDate(year.PaymentDate.Year, year.PaymentDate.Month, 1), "BJ-RESIDENT.NEW", "BJ-RESIDENT", new List<Insurance.Rules.Domain.Packs.PackValue>()));
    }
}
