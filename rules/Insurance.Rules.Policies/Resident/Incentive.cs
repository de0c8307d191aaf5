using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;
using NodaTime;

namespace Insurance.Rules.Policies.Resident;

/// <summary>Arithmetic of CN-RESIDENT-INCENTIVE.</summary>
public static class Incentive
{
    /// <summary>The first year incentive raises count.</summary>
    public const int FirstYear = 2025;

    /// <summary>True when the region enables the incentive for year Y.</summary>
    public static bool Enabled(CaseFact c, ResidentYearFact y) => Params.Flag(c, "incentive.enabled", new LocalDate(y.Year, 1, 1));

    /// <summary>
    /// After the threshold of consecutive insured years, each further consecutive year from 2025 raises the
    /// critical-illness cap by the region's amount; all raises together are capped at a share of the base cap.
    /// </summary>
    public static void Apply(IContext ctx, CaseFact c, ResidentYearFact y)
    {
        var on = new LocalDate(y.Year, 1, 1);
        var consecutive = c.Ledger.ConsecutiveResidentYearsThrough(y.Year);
        var threshold = c.Parameters.TryGetInt("incentive.consecutiveYearsThreshold", on) ?? 4;
        var perYear = c.Parameters.TryGetDecimal("incentive.raisePerYear", on) ?? 1000m;
        var raiseYears = Math.Max(0, Math.Min(consecutive - threshold, y.Year - FirstYear + 1));
        var raise = raiseYears * perYear;
        var baseCap = c.Parameters.TryGetDecimal("incentive.baseCap", on);
        if (baseCap is { } cap)
        {
            var percent = c.Parameters.TryGetDecimal("incentive.maxRaisePercent", on) ?? 20m;
            raise = Math.Min(raise, cap * percent / 100m);
        }
        else if (raise > 0)
        {
            ctx.InsertLinked(new AssumptionFact("INCENTIVE-BASECAP-UNKNOWN", "CN-RESIDENT-INCENTIVE"));
        }

        var amount = c.Parameters.Find("incentive.raisePerYear", on);
        if (amount?.Assumption is { } code)
        {
            ctx.InsertLinked(new AssumptionFact(code, "CN-RESIDENT-INCENTIVE"));
        }

        ctx.InsertLinked(new AssumptionFact("INCENTIVE-ZERO-CLAIM-NOT-COUNTED", "CN-RESIDENT-INCENTIVE"));
        ctx.InsertLinked(new IncentiveFact(consecutive, raise));
    }
}
