using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>FJ-RESIDENT: Fujian resident scheme: paid in the extension period.</summary>
[Name("Fujian resident scheme: paid in the extension period")]
[Description("次年1月1日至2月底缴费的,自缴费之日起享受待遇。Paid 1 January – end of February: covered from the payment date.")]
[Tag("resident")]
[Tag("350000")]
[Priority(10)]
[Basis("FJ-RESIDENT", "闽政办〔2025〕3号")]
public sealed class FujianResidentExtensionRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c, x => x.InRegion("350000"))
            .Match(() => year, y => y.BrokenYears == 0, y => ResidentCover.PaidInExtension(c, y));
        Then()
            .Do(ctx => ResidentCover.FromDay(ctx, year, year.PaymentDate, "FJ-RESIDENT.EXTENSION", "FJ-RESIDENT", new List<Insurance.Rules.Domain.Packs.PackValue>()));
    }
}
