using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>CN-ARREARS-BACKPAY for employer arrears: the employer must pay the arrears (and any late fees).</summary>
[Name("CN-ARREARS-BACKPAY (employer)")]
[Description("用人单位欠缴的,由用人单位补缴欠费(及滞纳金)后恢复待遇。Employer arrears are paid by the employer (with late fees where the region charges them) before benefits resume.")]
[Tag("gap")]
[Tag("steps")]
[Priority(-20)]
[Basis("CN-ARREARS-BACKPAY", "seed 002; 社会保险法 第六十条、第八十六条")]
public sealed class EmployerArrearsStepRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;
        IReadOnlyList<DeadlineFact> deadlines = null!;

        When()
            .Match(() => c)
            .Match(() => gap, g => g.Open, g => g.IsLatest, g => g.Gap.Kind == GapKind.EmployerArrears)
            .Collect(() => deadlines, d => d.Gap == gap);
        Then()
            .Do(ctx => Steps.Add(
                ctx,
                "employerPayArrears",
                Steps.EarliestDeadline(deadlines),
                new[] { "idCard" },
                new[] { Channel.Employer },
                null,
                "CN-ARREARS-BACKPAY",
                10,
                new Dictionary<string, object?> { { "from", gap.Gap.From }, { "to", gap.Gap.To }, { "months", gap.Months }}));
    }
}
