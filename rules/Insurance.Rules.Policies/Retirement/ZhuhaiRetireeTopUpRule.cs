using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Retirement;

/// <summary>ZH-RETIRE-TOPUP: Zhuhai: retirees with fewer than 20 years top up.</summary>
[Name("Zhuhai: retirees with fewer than 20 years top up")]
[Description("退休时职工医保缴费年限不足20年的,可申请一次性补缴(申请表、身份证;人社服务大厅或指定网点,即时办结)。Retirees with < 20 years may top up (application form, ID; 人社 service hall or listed offices; done on the spot).")]
[Tag("Retirement")]
[Tag("440400")]
[Priority(10)]
[Basis("ZH-RETIRE-TOPUP", "珠海市 职工医保退休人员补缴指南 (seed 004)")]
public sealed class ZhuhaiRetireeTopUpRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        RetirementAgeFact age = null!;
        RetirementYearsFact years = null!;

        When()
            .Match(() => c, x => x.InRegion("440400"))
            .Match(() => age, a => a.RetirementMonth < new NodaTime.YearMonth(2023, 1), a => RetirementRules.TopUpDue(c, a))
            .Match(() => years, y => y.ShortfallMonths > 0, y => y.Basis == "ZH-RETIRE-TOPUP");
        Then()
            .Do(ctx => Steps.Add(
                ctx,
                "zhuhaiRetireeTopUp",
                null,
                Steps.Documents(c, "retire.topUpDocuments", age.RetirementMonth.OnDayOfMonth(1), "topUpApplicationForm", "idCard"),
                new[] { Insurance.Rules.Domain.Results.Channel.Counter },
                Params.Text(c, "retire.topUpWhere", age.RetirementMonth.OnDayOfMonth(1)),
                "ZH-RETIRE-TOPUP",
                40,
                new Dictionary<string, object?> { { "months", years.ShortfallMonths } }));
    }
}
