using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>JS-WAIT-CAP: Jiangsu caps the waiting period after a gap of more than 3 months at 3 months.</summary>
[Name("JS-WAIT-CAP")]
[Description("江苏省:中断超过3个月的待遇等待期最长不超过3个月。Jiangsu caps the waiting period for gaps > 3 months at 3 months.")]
[Tag("gap")]
[Tag("320000")]
[Priority(-10)]
[Basis("JS-WAIT-CAP", "江苏省医疗保障局 基本医疗保险关系转移接续实施办法 (research-notes §2.8)")]
public sealed class JiangsuWaitingCapRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapOutcome outcome = null!;

        When()
            .Match(() => c, x => x.InRegion("320000"))
            .Match(() => outcome, o => o.WaitingMonths > WaitingCap.Cap(c, o));
        Then()
            .Do(ctx => WaitingCap.Apply(ctx, c, outcome));
    }
}
