using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>SD-ARREARS: Shandong: employer arrears paid with late fees.</summary>
[Name("Shandong: employer arrears paid with late fees")]
[Description("用人单位欠缴的,自欠缴次月起暂停待遇;补缴欠费及滞纳金后次月起恢复,欠费期间费用基金不予支付,缴费年限累计计算。Employer stops paying from month A: suspended from A+1; restored from the month after arrears and late fees are paid; arrears months not covered but credited.")]
[Tag("gap")]
[Tag("370000")]
[Basis("SD-ARREARS", "鲁医保发〔2021〕54号 (in force 2022-04-01)")]
public sealed class ShandongEmployerArrearsRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Family == Bands.Families.ShandongArrears, g => g.Months >= 1);
        Then()
            .Do(ctx => RegionalGaps.ShandongArrears(ctx, c, gap));
    }
}
