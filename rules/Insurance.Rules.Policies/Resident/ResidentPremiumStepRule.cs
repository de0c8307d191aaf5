using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>CN-RESIDENT-WAIT: a resident-scheme person with no payment for the year must pay the premium.</summary>
[Name("Resident scheme: pay the year's premium")]
[Description("居民医保按年度缴费;未缴费的需缴纳当年保费,集中参保期外缴费适用等待期。The resident scheme is paid per year; a person who has not paid must pay, and a payment outside the centralised period brings a waiting period.")]
[Tag("resident")]
[Tag("steps")]
[Basis("CN-RESIDENT-WAIT", "国办发〔2024〕38号《国务院办公厅关于健全基本医疗保险参保长效机制的指导意见》")]
public sealed class ResidentPremiumStepRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c)
            .Match(() => year, y => !y.Paid);
        Then()
            .Do(ctx => Steps.Add(
                ctx,
                "payResidentPremium",
                ResidentCover.PeriodEnd(c, year),
                new[] { "idCard" },
                Steps.PayChannels,
                null,
                "CN-RESIDENT-WAIT",
                20,
                new Dictionary<string, object?> { { "year", year.Year } }));
    }
}
