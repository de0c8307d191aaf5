using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Resident;

/// <summary>CN-SWITCH: Switch from the employee scheme after 24 continuous months.</summary>
[Name("Switch from the employee scheme after 24 continuous months")]
[Description("职工医保连续参保满24个月转入居民医保、中断不超过3个月的,缴费当月起享受待遇,不设等待期。A person continuously enrolled ≥ 24 months switching schemes with a gap ≤ 3 months: benefits from the payment month, exempt from resident waiting periods.")]
[Tag("resident")]
[Tag("CN")]
[Priority(20)]
[Basis("CN-SWITCH", "医保办发〔2021〕43号《基本医疗保险关系转移接续暂行办法》")]
public sealed class ResidentSwitchFromEmployeeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        ResidentYearFact year = null!;

        When()
            .Match(() => c)
            .Match(() => year, y => ResidentCover.SwitchApplies(c, y));
        Then()
            .Do(ctx => ResidentCover.FromDay(ctx, year, new NodaTime.LocalDate(year.PaymentDate.Year, year.PaymentDate.Month, 1), "CN-SWITCH", "CN-SWITCH", new List<Insurance.Rules.Domain.Packs.PackValue>()));
    }
}
