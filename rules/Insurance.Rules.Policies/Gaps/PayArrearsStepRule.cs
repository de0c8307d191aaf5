using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>CN-ARREARS-BACKPAY: resuming after a break requires paying all arrears for the gap.</summary>
[Name("CN-ARREARS-BACKPAY")]
[Description("断缴后恢复参保,须补缴中断期间的全部欠费;补缴月份计入缴费年限,除另有规定外基金不支付中断期间费用。Resuming after a break requires paying all arrears; backpaid months count toward contribution years; the fund pays nothing for the gap unless a rule makes it retroactive.")]
[Tag("gap")]
[Tag("steps")]
[Priority(-20)]
[Basis("CN-ARREARS-BACKPAY", "seed 002; 社会保险法 第六十条")]
public sealed class PayArrearsStepRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;
        IReadOnlyList<DeadlineFact> deadlines = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Open, g => g.IsLatest, g => g.Gap.Kind != GapKind.EmployerArrears)
            .Collect(() => deadlines, d => d.Gap == gap);
        Then()
            .Do(ctx => Steps.Add(
                ctx,
                "payArrears",
                Steps.EarliestDeadline(deadlines),
                new[] { "idCard" },
                Steps.PayChannels,
                null,
                "CN-ARREARS-BACKPAY",
                20,
                new Dictionary<string, object?> { { "from", gap.Gap.From }, { "to", gap.Gap.To }, { "months", gap.Months }}));
    }
}
