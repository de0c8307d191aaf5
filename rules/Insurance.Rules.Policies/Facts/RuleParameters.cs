namespace Insurance.Rules.Policies.Facts;

/// <summary>The pack keys (or key prefixes ending in '.') each FACTS rule id reads, for the rule catalogue.</summary>
public static class RuleParameters
{
    private static readonly Dictionary<string, string[]> Map = new(StringComparer.Ordinal)
    {
        ["CN-TRANSFER-SHORT"] = ["gap.employee.rule", "gap.flexible.rule", "gap.arrears.rule", "gap.shortMaxMonths", "gap.longWaitMonths", "gap.waitCapMonths"],
        ["CN-TRANSFER-LONG"] = ["gap.employee.rule", "gap.flexible.rule", "gap.arrears.rule", "gap.shortMaxMonths", "gap.longWaitMonths"],
        ["YC-FLEX-BAND"] = ["gap.flexible.rule", "yc."],
        ["YC-FLEX-NEW"] = ["gap.flexible.rule", "yc.newEnrolmentOffsetMonths", "yc.variant"],
        ["NB-REJOIN"] = ["gap.suspendFrom", "gap.shortMaxMonths", "nb."],
        ["SD-ARREARS"] = ["gap.arrears.rule", "sd.arrearsOffsetMonths"],
        ["SD-FLEX"] = ["gap.flexible.rule", "gap.shortMaxMonths", "sd.flexWaitMonths", "steps.suspension."],
        ["ZH-GAP"] = ["gap.employee.rule", "gap.shortMaxMonths", "gap.longWaitMonths"],
        ["CZ-FLEX"] = ["gap.flexible.rule", "cz."],
        ["JS-WAIT-CAP"] = ["gap.waitCapMonths"],
        ["CN-ARREARS-BACKPAY"] = [],
        ["CN-SWITCH"] = ["switch.minContinuousMonths"],
        ["CN-RESIDENT-WAIT"] = ["resident."],
        ["BJ-RESIDENT"] = ["resident.centralPeriod", "resident.lateWaitMonths", "resident.newbornWindowDays", "resident.newlyEligibleWindowDays"],
        ["FJ-RESIDENT"] = ["resident.centralPeriod", "resident.extension"],
        ["CN-RESIDENT-INCENTIVE"] = ["incentive."],
        ["CN-UNEMPLOYED"] = ["unemployed.baseRatePercent"],
        ["JDZ-UNEMPLOYED"] = ["unemployed."],
        ["CN-LEAVE-3M"] = ["leave.enrolWithinMonths"],
        ["CN-JOB-CHANGE"] = [],
        ["CN-RETIRE-AGE"] = ["retire.defaultOriginalAge"],
        ["CN-RETIRE-YEARS"] = ["retire.minYears.", "retire.topUp"],
        ["ZH-RETIRE-TOPUP"] = ["retire.minYears.", "retire.topUp"],
        ["CN-HUKOU"] = ["flex.hukouRequired"],
        ["TJ-FLEX-HUKOU"] = ["flex.", "payment.window", "tj."],
    };

    /// <summary>Keys or key prefixes for a FACTS rule id (empty when it reads none).</summary>
    public static IReadOnlyList<string> For(string basisId) => Map.TryGetValue(basisId, out var keys) ? keys : [];

    /// <summary>True when <paramref name="key"/> is one of the rule's keys or starts with one of its prefixes.</summary>
    public static bool Reads(string basisId, string key)
    {
        foreach (var k in For(basisId))
        {
            if (k.EndsWith('.') ? key.StartsWith(k, StringComparison.Ordinal) : key == k || key.StartsWith(k, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
