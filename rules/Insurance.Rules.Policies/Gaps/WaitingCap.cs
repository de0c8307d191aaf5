using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Policies.Gaps;

/// <summary>Applies a region's ceiling on waiting periods (<c>gap.waitCapMonths</c>).</summary>
public static class WaitingCap
{
    /// <summary>The ceiling in force on the gap's payment date.</summary>
    public static int Cap(CaseFact c, GapOutcome o) => Params.IntOr(c, "gap.waitCapMonths", o.Gap.PaymentDate, int.MaxValue);

    /// <summary>Replaces the outcome with one whose waiting period is the ceiling.</summary>
    public static void Apply(IContext ctx, CaseFact c, GapOutcome o)
    {
        // The cap replaces the waiting period the outcome took from gap.longWaitMonths (the national ceiling).
        var used = new List<PackValue>(o.UsedValues.Count);
        foreach (var v in o.UsedValues)
        {
            if (v.Key != "gap.longWaitMonths")
            {
                used.Add(v);
            }
        }

        var cap = Params.Int(c, "gap.waitCapMonths", o.Gap.PaymentDate, used);
        var resume = o.Gap.FirstDayOfPaymentMonthPlus(cap);
        ctx.Retract(o);
        ctx.Insert(o with { BenefitsResumeOn = resume, WaitingMonths = cap, UsedValues = used, Basis = "JS-WAIT-CAP" });
    }
}
