using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>SD-FLEX (Rizhao): a flexible worker who stops paying registers the suspension (中断登记).</summary>
[Name("SD-FLEX Rizhao suspension registration")]
[Description("日照市灵活就业人员停止缴费的,可通过\"日照医保\"小程序或到柜台办理中断登记(身份证、户口簿、医保卡)。Rizhao flexible workers who stop paying register the suspension on the Rizhao medical-insurance mini-program or at the counter.")]
[Tag("gap")]
[Tag("steps")]
[Tag("371100")]
[Basis("SD-FLEX", "日照市医疗保障局 灵活就业人员中断登记 (seed 002)")]
public sealed class RizhaoSuspensionRegistrationRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        CaseFact c = null!;
        GapFact gap = null!;

        When()
            .Match(() => c, x => x.InRegion("371100"))
            .Match(() => gap, g => g.Open, g => g.IsLatest, g => g.Gap.Kind == GapKind.OwnGap || g.Gap.Kind == GapKind.LeftEmployment);
        Then()
            .Do(ctx => Steps.Add(
                ctx,
                "registerSuspension",
                null,
                Steps.Documents(c, "steps.suspension.documents", c.AsOf, "idCard", "hukouBook", "medicalInsuranceCard"),
                Steps.Channels(c, "steps.suspension.channels", c.AsOf, Channel.App, Channel.Counter),
                Params.Text(c, "steps.suspension.where", c.AsOf),
                "SD-FLEX",
                5));
    }
}
