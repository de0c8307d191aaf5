
namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// Every value key a region pack may set, with its type and meaning (FACTS.md ids in brackets). A key not listed
/// here is a load error. Ints and decimals are never negative. Unless a description says otherwise, a value is
/// looked up on the date the rule concerns (for gap rules: the payment date).
/// </summary>
public static class PackKeyCatalogue
{
    private const string DocumentCode = "[a-z][A-Za-z0-9]*";
    private const string MonthDay = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]|LAST)";
    private const string YearOffset = "-?[0-9]";
    private const string DayOfMonth = "[1-9]|[12][0-9]|3[01]";

    private static readonly PackKeyDefinition[] Definitions =
    [
        // Gap handling
        new(PackKeys.GapEmployeeRule, PackValueType.String,
            "Rule family for employee-scheme gaps of employed persons and moves between regions. CN-TRANSFER = 43号 "
            + "national default (CN-TRANSFER-SHORT/LONG); ZH-GAP = Zhuhai; NB-REJOIN = Ningbo.",
            ["CN-TRANSFER", "ZH-GAP", "NB-REJOIN"]),
        new(PackKeys.GapFlexibleRule, PackValueType.String,
            "Rule family for a flexible worker's own gaps: CN-TRANSFER, YC-FLEX-BAND (Yichang), NB-REJOIN (Ningbo), "
            + "SD-FLEX (Shandong), CZ-FLEX (Changzhou).",
            ["CN-TRANSFER", "YC-FLEX-BAND", "NB-REJOIN", "SD-FLEX", "CZ-FLEX"]),
        new(PackKeys.GapArrearsRule, PackValueType.String,
            "Rule family for employer arrears: CN-TRANSFER, SD-ARREARS (Shandong), NB-REJOIN (Ningbo).",
            ["CN-TRANSFER", "SD-ARREARS", "NB-REJOIN"]),
        new(PackKeys.GapShortMaxMonths, PackValueType.Int,
            "Longest gap in months, inclusive (含), that is in the short band (CN-TRANSFER-SHORT: 3)."),
        new(PackKeys.GapLongWaitMonths, PackValueType.Int,
            "The region's waiting period for a gap longer than gap.shortMaxMonths, months including the payment month: "
            + "benefits from P + this (CN-TRANSFER-LONG)."),
        new(PackKeys.GapWaitCapMonths, PackValueType.Int,
            "Ceiling on any employee-scheme waiting period in months (CN 6 under 43号; Jiangsu 3, JS-WAIT-CAP)."),
        new(PackKeys.GapSuspendFrom, PackValueType.String,
            "The month benefits stop from when a due month is unpaid: firstUnpaidMonth (S = first day of L+1) or "
            + "secondUnpaidMonth (one month later, NB-REJOIN).",
            ["firstUnpaidMonth", "secondUnpaidMonth"]),
        new(PackKeys.PaymentGraceDayOfNextMonth, PackValueType.Int,
            "A month paid on or before this day of the next month counts as paid on time (Tianjin: 15). Unset = no grace."),
        new(PackKeys.PaymentWindow, PackValueType.Map,
            "Monthly declaration window for individual contributors: from startDay of a month to endDay of the next, "
            + "both inclusive, no holiday extension; a payment date outside moves to the next window (TJ-FLEX-HUKOU).",
            mapKeys:
            [
                new PackMapKey("startDay", DayOfMonth, "First day of the window in the month it opens."),
                new PackMapKey("endDay", DayOfMonth, "Last day of the window in the following month."),
            ]),

        // Yichang (YC-FLEX-BAND, YC-FLEX-NEW)
        new(PackKeys.YcVariant, PackValueType.String,
            "Reading of Yichang Art. 11: default (61–180 days → P + yc.midOffsetMonths counting the payment month; "
            + "> 180 days → new enrolment), excludePaymentMonth (61–180 days → one month later), 2022 (the 2022 wording).",
            ["default", "excludePaymentMonth", "2022"]),
        new(PackKeys.YcShortMaxDays, PackValueType.Int,
            "Backpay within this many days (含) of the suspension start S: benefits from P+1."),
        new(PackKeys.YcLongMaxDays, PackValueType.Int,
            "Upper bound in days (含) of the middle band; beyond it the long band applies."),
        new(PackKeys.YcMidOffsetMonths, PackValueType.Int,
            "Middle band: benefits from P + this many months (default reading counts the payment month)."),
        new(PackKeys.YcNewEnrolmentOffsetMonths, PackValueType.Int,
            "First or new enrolment: pooled-fund benefits from P + this many months (7th month after first payment = 6)."),
        new(PackKeys.YcV2022LongOffsetMonths, PackValueType.Int,
            "Variant 2022: backpaid after yc.longMaxDays → benefits from P + this many months."),
        new(PackKeys.YcV2022ContinuousMonthsForReduction, PackValueType.Int,
            "Variant 2022: continuous months before the gap that earn the reduction."),
        new(PackKeys.YcV2022ReductionMonths, PackValueType.Int,
            "Variant 2022: months taken off each deferral for long-standing contributors, never earlier than P+1."),

        // Ningbo (NB-REJOIN)
        new(PackKeys.NbShortOffsetMonths, PackValueType.Int,
            "Gap ≤ gap.shortMaxMonths re-joined/cleared in month P: benefits from P + this (the 2nd natural month)."),
        new(PackKeys.NbLongOffsetMonths, PackValueType.Int,
            "Longer gap: benefits from P + this (the 3rd natural month)."),
        new(PackKeys.NbRetroactiveMaxMonths, PackValueType.Int,
            "Longest gap in months (含) whose costs are claimable by manual reimbursement (零星报销) after backpay."),

        // Shandong (SD-ARREARS, SD-FLEX)
        new(PackKeys.SdFlexWaitMonths, PackValueType.Int,
            "Flexible-worker gap > 3 months: waiting months including the payment month (benefits from P + this)."),
        new(PackKeys.SdArrearsOffsetMonths, PackValueType.Int,
            "Arrears and late fees paid in month P: benefits from P + this."),

        // Changzhou (CZ-FLEX)
        new(PackKeys.CzBackpayWithinMonths, PackValueType.Int,
            "Backpay within this many months: cover restored from the day after the money arrives, gap not covered."),
        new(PackKeys.CzWaitMonths, PackValueType.Int,
            "Later or no backpay: covered after this many months of continuous normal payment (benefits from P + this)."),

        // Zhuhai (ZH-GAP)
        new(PackKeys.ZhNewEnrolmentWaitMonths, PackValueType.Int,
            "Zhuhai new-enrolee waiting period after a gap > 3 months. Unknown: not shipped; rules apply the national "
            + "ceiling and report an assumption."),

        // Switching, leaving, unemployment
        new(PackKeys.SwitchMinContinuousMonths, PackValueType.Int,
            "Continuous enrolment in months before a scheme switch that exempts it from waiting (CN-SWITCH: 24)."),
        new(PackKeys.LeaveEnrolWithinMonths, PackValueType.Int,
            "Months after employment or unemployment benefit ends within which to enrol again (CN-LEAVE-3M: step due "
            + "endDate + this)."),
        new(PackKeys.UnemployedBaseRatePercent, PackValueType.Int,
            "Premium base for unemployment-benefit recipients, % of last year's local average wage (CN-UNEMPLOYED: at least 60)."),
        new(PackKeys.UnemployedWhere, PackValueType.String,
            "Where recipients apply for the fund-paid premium (place text as the source gives it, in Chinese)."),
        new(PackKeys.UnemployedTimeLimitDays, PackValueType.Int,
            "Statutory processing time limit for that application, days."),
        new(PackKeys.UnemployedRequiresPriorInsurance, PackValueType.Bool,
            "True when only people insured before losing the job are eligible."),

        // Retirement
        new(PackKeys.RetireMinYearsMale, PackValueType.Int,
            "Minimum cumulative employee-scheme years for retiree benefits, men (CN-RETIRE-YEARS; no national figure). "
            + "Looked up on the first day of the statutory retirement month, so a schedule by retirement year is a "
            + "series of dated entries."),
        new(PackKeys.RetireMinYearsFemale, PackValueType.Int,
            "As retire.minYears.male, for women."),
        new(PackKeys.RetireTopUp, PackValueType.String,
            "How a shortfall at retirement may be paid: monthlyOrLumpSum, monthly, lumpSum, or allowed (top-up "
            + "allowed, mode not stated by the source).",
            ["monthlyOrLumpSum", "monthly", "lumpSum", "allowed"]),
        new(PackKeys.RetireTopUpWhere, PackValueType.String,
            "Where a top-up is applied for (place text as the source gives it, in Chinese)."),
        new(PackKeys.RetireTopUpDocuments, PackValueType.List,
            "Documents for a top-up, as document codes (see docs/pack-authoring.md).", itemPattern: DocumentCode),
        new(PackKeys.RetireDefaultOriginalAgeFemaleEmployed, PackValueType.Int,
            "Original retirement age assumed for an employed woman when the input does not say (CN-RETIRE-AGE: 50)."),
        new(PackKeys.RetireDefaultOriginalAgeFemaleFlexible, PackValueType.Int,
            "Original retirement age assumed for a woman flexible worker when the input does not say (CN-RETIRE-AGE: 55)."),

        // Flexible-worker eligibility
        new(PackKeys.FlexHukouRequired, PackValueType.Bool,
            "True when flexible-worker enrolment requires a local hukou (CN-HUKOU: the national pack imposes none). "
            + "Looked up on the enrolment (or evaluation) date."),
        new(PackKeys.FlexHukouType, PackValueType.String,
            "The hukou type required when flex.hukouRequired is true.", ["nonAgricultural", "agricultural"]),
        new(PackKeys.FlexBlueStampAccepted, PackValueType.Bool,
            "Whether a blue-stamp hukou (蓝印户口) satisfies flex.hukouRequired."),
        new(PackKeys.FlexResidencePermitQualifies, PackValueType.Bool,
            "True when a local residence permit (electronic counts) qualifies instead of a local hukou."),
        new(PackKeys.FlexPauseOtherProvinceRequired, PackValueType.Bool,
            "True when enrolment in another province must be paused first (an extra step)."),
        new(PackKeys.FlexPensionEnrolmentRequired, PackValueType.Bool,
            "True when the pension scheme must be joined at the same time."),
        new(PackKeys.FlexUnderRetirementAgeRequired, PackValueType.Bool,
            "True when only people under statutory retirement age may enrol."),

        // Resident scheme (CN-RESIDENT-WAIT and regional periods)
        new(PackKeys.ResidentFixedWaitMonths, PackValueType.Int,
            "Fixed waiting period, months, for paying outside the centralised period or after a break (insurance years ≥ 2025)."),
        new(PackKeys.ResidentVariablePerBrokenYear, PackValueType.Int,
            "Variable waiting months per whole insurance year broken; each repaired year removes one such step."),
        new(PackKeys.ResidentVariableVariant, PackValueType.String,
            "default (every broken year counts) or firstYearFree (one year fewer counts).", ["default", "firstYearFree"]),
        new(PackKeys.ResidentFloorMonths, PackValueType.Int,
            "Minimum fixed + variable waiting after repair once resident.floorAfterBrokenYears years were broken."),
        new(PackKeys.ResidentFloorAfterBrokenYears, PackValueType.Int,
            "Broken years (≥) from which resident.floorMonths applies."),
        new(PackKeys.ResidentWaitCountFrom, PackValueType.String,
            "paymentDate: benefits from paymentDate + N months; paymentMonth: from the first day of the payment month + N.",
            ["paymentDate", "paymentMonth"]),
        new(PackKeys.ResidentCentralPeriod, PackValueType.Map,
            "Centralised payment period for insurance year Y, relative to Y: from = MM-DD in year Y + fromYearOffset, "
            + "to = MM-DD in year Y + toYearOffset, inclusive (MM-LAST = last day of that month). Paid within it and "
            + "not broken → covered from 1 January of Y. Looked up on 1 January of Y.",
            mapKeys:
            [
                new PackMapKey("from", MonthDay, "First day, MM-DD."),
                new PackMapKey("fromYearOffset", YearOffset, "Year of the first day relative to Y, e.g. -1."),
                new PackMapKey("to", MonthDay, "Last day, MM-DD or MM-LAST."),
                new PackMapKey("toYearOffset", YearOffset, "Year of the last day relative to Y, e.g. -1 or 0."),
            ]),
        new(PackKeys.ResidentExtension, PackValueType.Map,
            "Extended payment period right after the centralised period, up to `to` in year Y + toYearOffset; paid "
            + "within it → covered from coverFrom. Looked up on 1 January of Y.",
            mapKeys:
            [
                new PackMapKey("to", MonthDay, "Last day, MM-DD or MM-LAST (02-LAST = 28 or 29 February)."),
                new PackMapKey("toYearOffset", YearOffset, "Year of the last day relative to Y."),
                new PackMapKey("coverFrom", "paymentDate", "When cover starts for a payment in the extension."),
            ]),
        new(PackKeys.ResidentLateWaitMonths, PackValueType.Int,
            "Waiting months for paying after the centralised period for one's own reasons (regional rule)."),
        new(PackKeys.ResidentNewbornWindowDays, PackValueType.Int,
            "A newborn enrolled within this many days (of hukou registration) is covered from birth."),
        new(PackKeys.ResidentNewlyEligibleWindowDays, PackValueType.Int,
            "A newly eligible person (new hukou etc.) enrolled within this many days is covered from the payment month."),
        new(PackKeys.IncentiveEnabled, PackValueType.Bool,
            "True when the continuous-enrolment incentive (CN-RESIDENT-INCENTIVE) applies."),
        new(PackKeys.IncentiveConsecutiveYearsThreshold, PackValueType.Int,
            "Consecutive insured resident years after which each further year raises the critical-illness cap."),
        new(PackKeys.IncentiveRaisePerYear, PackValueType.Decimal,
            "Cap raise per qualifying year (and per zero-claim year), yuan (national minimum 1000)."),
        new(PackKeys.IncentiveMaxRaisePercent, PackValueType.Int,
            "All raises together are at most this % of the region's base cap."),
        new(PackKeys.IncentiveBaseCap, PackValueType.Decimal,
            "The region's base critical-illness annual cap, yuan. Unknown everywhere: not shipped."),

        // Steps shown to people
        new(PackKeys.StepsSuspensionWhere, PackValueType.String,
            "Where a flexible worker registers a suspension (中断登记) (text as the source gives it, in Chinese)."),
        new(PackKeys.StepsSuspensionDocuments, PackValueType.List,
            "Documents for registering a suspension, as document codes.", itemPattern: DocumentCode),
        new(PackKeys.StepsSuspensionChannels, PackValueType.List,
            "Channels for registering a suspension (CONTRACT.md steps[].channels).",
            ["counter", "online", "app", "bank", "employer"]),
        new(PackKeys.TjDocumentsFirst, PackValueType.List,
            "Tianjin: documents for a first individual enrolment, as document codes.", itemPattern: DocumentCode),
        new(PackKeys.TjDocumentsContinuing, PackValueType.List,
            "Tianjin: documents for continuing individual payment, as document codes.", itemPattern: DocumentCode),
    ];

    // A plain dictionary: every evaluation's first pack lookup builds it, and freezing costs more than it saves here.
    private static readonly Dictionary<string, PackKeyDefinition> ByKey =
        Definitions.ToDictionary(d => d.Key, StringComparer.Ordinal);

    /// <summary>Every key definition, in catalogue order (grouped by topic).</summary>
    public static IReadOnlyList<PackKeyDefinition> All => Definitions;

    /// <summary>Looks a key up.</summary>
    /// <param name="key">The dotted key.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns>True when the catalogue defines the key.</returns>
    public static bool TryGet(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PackKeyDefinition? definition)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ByKey.TryGetValue(key, out definition);
    }

    /// <summary>Returns a key's definition.</summary>
    /// <param name="key">The dotted key.</param>
    /// <exception cref="ArgumentException">When the catalogue does not define the key (a typo in calling code).</exception>
    public static PackKeyDefinition Get(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return ByKey.TryGetValue(key, out var definition)
            ? definition
            : throw new ArgumentException($"'{key}' is not a pack key: it is not in the key catalogue.", nameof(key));
    }

    /// <summary>The catalogue key closest to <paramref name="key"/> by edit distance, for "did you mean" hints; null when none is close.</summary>
    internal static string? Suggest(string key)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in ByKey.Keys)
        {
            var d = EditDistance(key, candidate);
            if (d < bestDistance || (d == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = d;
            }
        }

        // More than a few edits away is a different word, not a typo.
        return bestDistance <= Math.Max(2, key.Length / 5) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
