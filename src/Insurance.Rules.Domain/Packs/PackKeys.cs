namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// The value keys of the <see cref="PackKeyCatalogue"/> as constants, so rule code refers to a key by name and a
/// misspelt key does not compile. The catalogue holds each key's type and meaning.
/// </summary>
public static class PackKeys
{
    /// <summary><c>gap.employee.rule</c> — rule family for employee-scheme gaps of employed persons and moves.</summary>
    public const string GapEmployeeRule = "gap.employee.rule";

    /// <summary><c>gap.flexible.rule</c> — rule family for flexible workers' own gaps.</summary>
    public const string GapFlexibleRule = "gap.flexible.rule";

    /// <summary><c>gap.arrears.rule</c> — rule family for employer arrears.</summary>
    public const string GapArrearsRule = "gap.arrears.rule";

    /// <summary><c>gap.shortMaxMonths</c> — longest gap (months, inclusive) in the short band.</summary>
    public const string GapShortMaxMonths = "gap.shortMaxMonths";

    /// <summary><c>gap.longWaitMonths</c> — waiting period for gaps longer than the short band.</summary>
    public const string GapLongWaitMonths = "gap.longWaitMonths";

    /// <summary><c>gap.waitCapMonths</c> — ceiling on any employee-scheme waiting period.</summary>
    public const string GapWaitCapMonths = "gap.waitCapMonths";

    /// <summary><c>gap.suspendFrom</c> — the month benefits stop from.</summary>
    public const string GapSuspendFrom = "gap.suspendFrom";

    /// <summary><c>payment.graceDayOfNextMonth</c> — a month paid by this day of the next month is on time.</summary>
    public const string PaymentGraceDayOfNextMonth = "payment.graceDayOfNextMonth";

    /// <summary><c>payment.window</c> — the monthly declaration window for individual contributors.</summary>
    public const string PaymentWindow = "payment.window";

    /// <summary><c>yc.variant</c> — which reading of Yichang's Art. 11 applies.</summary>
    public const string YcVariant = "yc.variant";

    /// <summary><c>yc.shortMaxDays</c> — Yichang short band, days (inclusive).</summary>
    public const string YcShortMaxDays = "yc.shortMaxDays";

    /// <summary><c>yc.longMaxDays</c> — Yichang middle band upper bound, days (inclusive).</summary>
    public const string YcLongMaxDays = "yc.longMaxDays";

    /// <summary><c>yc.midOffsetMonths</c> — Yichang middle band: benefits from P + this many months.</summary>
    public const string YcMidOffsetMonths = "yc.midOffsetMonths";

    /// <summary><c>yc.newEnrolmentOffsetMonths</c> — Yichang new enrolment: pooled-fund benefits from P + this many months.</summary>
    public const string YcNewEnrolmentOffsetMonths = "yc.newEnrolmentOffsetMonths";

    /// <summary><c>yc.v2022.longOffsetMonths</c> — Yichang 2022 wording: backpaid after the long bound, benefits from P + this.</summary>
    public const string YcV2022LongOffsetMonths = "yc.v2022.longOffsetMonths";

    /// <summary><c>yc.v2022.continuousMonthsForReduction</c> — Yichang 2022 wording: continuous months that earn the reduction.</summary>
    public const string YcV2022ContinuousMonthsForReduction = "yc.v2022.continuousMonthsForReduction";

    /// <summary><c>yc.v2022.reductionMonths</c> — Yichang 2022 wording: months taken off each deferral.</summary>
    public const string YcV2022ReductionMonths = "yc.v2022.reductionMonths";

    /// <summary><c>nb.shortOffsetMonths</c> — Ningbo: gap within the short band, benefits from P + this.</summary>
    public const string NbShortOffsetMonths = "nb.shortOffsetMonths";

    /// <summary><c>nb.longOffsetMonths</c> — Ningbo: longer gap, benefits from P + this.</summary>
    public const string NbLongOffsetMonths = "nb.longOffsetMonths";

    /// <summary><c>nb.retroactiveMaxMonths</c> — Ningbo: longest gap (months, inclusive) whose costs are reimbursable.</summary>
    public const string NbRetroactiveMaxMonths = "nb.retroactiveMaxMonths";

    /// <summary><c>sd.flexWaitMonths</c> — Shandong flexible workers: waiting months including the payment month.</summary>
    public const string SdFlexWaitMonths = "sd.flexWaitMonths";

    /// <summary><c>sd.arrearsOffsetMonths</c> — Shandong arrears: benefits from P + this.</summary>
    public const string SdArrearsOffsetMonths = "sd.arrearsOffsetMonths";

    /// <summary><c>cz.backpayWithinMonths</c> — Changzhou: backpay within this many months restores cover the next day.</summary>
    public const string CzBackpayWithinMonths = "cz.backpayWithinMonths";

    /// <summary><c>cz.waitMonths</c> — Changzhou: months of continuous normal payment before cover.</summary>
    public const string CzWaitMonths = "cz.waitMonths";

    /// <summary><c>zh.newEnrolmentWaitMonths</c> — Zhuhai new-enrolee waiting period (unknown; not shipped).</summary>
    public const string ZhNewEnrolmentWaitMonths = "zh.newEnrolmentWaitMonths";

    /// <summary><c>switch.minContinuousMonths</c> — continuous months needed for a scheme switch without waiting.</summary>
    public const string SwitchMinContinuousMonths = "switch.minContinuousMonths";

    /// <summary><c>leave.enrolWithinMonths</c> — months after leaving a job within which to enrol again.</summary>
    public const string LeaveEnrolWithinMonths = "leave.enrolWithinMonths";

    /// <summary><c>unemployed.baseRatePercent</c> — premium base for benefit recipients, % of last year's average wage.</summary>
    public const string UnemployedBaseRatePercent = "unemployed.baseRatePercent";

    /// <summary><c>unemployed.where</c> — where benefit recipients apply for the fund-paid premium.</summary>
    public const string UnemployedWhere = "unemployed.where";

    /// <summary><c>unemployed.timeLimitDays</c> — statutory processing time limit, days.</summary>
    public const string UnemployedTimeLimitDays = "unemployed.timeLimitDays";

    /// <summary><c>unemployed.requiresPriorInsurance</c> — eligible only if insured before losing the job.</summary>
    public const string UnemployedRequiresPriorInsurance = "unemployed.requiresPriorInsurance";

    /// <summary><c>retire.minYears.male</c> — minimum cumulative employee-scheme years, men.</summary>
    public const string RetireMinYearsMale = "retire.minYears.male";

    /// <summary><c>retire.minYears.female</c> — minimum cumulative employee-scheme years, women.</summary>
    public const string RetireMinYearsFemale = "retire.minYears.female";

    /// <summary><c>retire.topUp</c> — how a retiree's shortfall may be paid.</summary>
    public const string RetireTopUp = "retire.topUp";

    /// <summary><c>retire.topUpWhere</c> — where a top-up is applied for.</summary>
    public const string RetireTopUpWhere = "retire.topUpWhere";

    /// <summary><c>retire.topUpDocuments</c> — documents for a top-up (codes).</summary>
    public const string RetireTopUpDocuments = "retire.topUpDocuments";

    /// <summary><c>retire.defaultOriginalAgeFemaleEmployed</c> — default original retirement age of employed women.</summary>
    public const string RetireDefaultOriginalAgeFemaleEmployed = "retire.defaultOriginalAgeFemaleEmployed";

    /// <summary><c>retire.defaultOriginalAgeFemaleFlexible</c> — default original retirement age of women flexible workers.</summary>
    public const string RetireDefaultOriginalAgeFemaleFlexible = "retire.defaultOriginalAgeFemaleFlexible";

    /// <summary><c>flex.hukouRequired</c> — flexible-worker enrolment requires a local hukou.</summary>
    public const string FlexHukouRequired = "flex.hukouRequired";

    /// <summary><c>flex.hukouType</c> — the hukou type required when a local hukou is required.</summary>
    public const string FlexHukouType = "flex.hukouType";

    /// <summary><c>flex.blueStampAccepted</c> — whether a blue-stamp hukou (蓝印户口) counts.</summary>
    public const string FlexBlueStampAccepted = "flex.blueStampAccepted";

    /// <summary><c>flex.residencePermitQualifies</c> — a local residence permit qualifies instead of a hukou.</summary>
    public const string FlexResidencePermitQualifies = "flex.residencePermitQualifies";

    /// <summary><c>flex.pauseOtherProvinceRequired</c> — enrolment elsewhere must be paused first.</summary>
    public const string FlexPauseOtherProvinceRequired = "flex.pauseOtherProvinceRequired";

    /// <summary><c>flex.pensionEnrolmentRequired</c> — the pension scheme must be joined at the same time.</summary>
    public const string FlexPensionEnrolmentRequired = "flex.pensionEnrolmentRequired";

    /// <summary><c>flex.underRetirementAgeRequired</c> — only people under statutory retirement age may enrol.</summary>
    public const string FlexUnderRetirementAgeRequired = "flex.underRetirementAgeRequired";

    /// <summary><c>resident.fixedWaitMonths</c> — resident scheme fixed waiting period.</summary>
    public const string ResidentFixedWaitMonths = "resident.fixedWaitMonths";

    /// <summary><c>resident.variablePerBrokenYear</c> — variable waiting months per broken year.</summary>
    public const string ResidentVariablePerBrokenYear = "resident.variablePerBrokenYear";

    /// <summary><c>resident.variableVariant</c> — how broken years are counted.</summary>
    public const string ResidentVariableVariant = "resident.variableVariant";

    /// <summary><c>resident.floorMonths</c> — minimum total waiting after a long break.</summary>
    public const string ResidentFloorMonths = "resident.floorMonths";

    /// <summary><c>resident.floorAfterBrokenYears</c> — broken years from which the floor applies.</summary>
    public const string ResidentFloorAfterBrokenYears = "resident.floorAfterBrokenYears";

    /// <summary><c>resident.waitCountFrom</c> — whether waiting counts from the payment date or month.</summary>
    public const string ResidentWaitCountFrom = "resident.waitCountFrom";

    /// <summary><c>resident.centralPeriod</c> — the centralised payment period for insurance year Y.</summary>
    public const string ResidentCentralPeriod = "resident.centralPeriod";

    /// <summary><c>resident.extension</c> — the extended payment period after the centralised period.</summary>
    public const string ResidentExtension = "resident.extension";

    /// <summary><c>resident.lateWaitMonths</c> — waiting months for paying after the period for one's own reasons.</summary>
    public const string ResidentLateWaitMonths = "resident.lateWaitMonths";

    /// <summary><c>resident.newbornWindowDays</c> — days within which a newborn enrolled is covered from birth.</summary>
    public const string ResidentNewbornWindowDays = "resident.newbornWindowDays";

    /// <summary><c>resident.newlyEligibleWindowDays</c> — days within which a newly eligible person enrolled is covered from the payment month.</summary>
    public const string ResidentNewlyEligibleWindowDays = "resident.newlyEligibleWindowDays";

    /// <summary><c>incentive.enabled</c> — the continuous-enrolment incentive applies.</summary>
    public const string IncentiveEnabled = "incentive.enabled";

    /// <summary><c>incentive.consecutiveYearsThreshold</c> — consecutive years before raises start.</summary>
    public const string IncentiveConsecutiveYearsThreshold = "incentive.consecutiveYearsThreshold";

    /// <summary><c>incentive.raisePerYear</c> — cap raise per qualifying year, yuan.</summary>
    public const string IncentiveRaisePerYear = "incentive.raisePerYear";

    /// <summary><c>incentive.maxRaisePercent</c> — all raises together, % of the base cap at most.</summary>
    public const string IncentiveMaxRaisePercent = "incentive.maxRaisePercent";

    /// <summary><c>incentive.baseCap</c> — the region's base critical-illness cap, yuan (unknown; not shipped).</summary>
    public const string IncentiveBaseCap = "incentive.baseCap";

    /// <summary><c>steps.suspension.where</c> — where a flexible worker registers a suspension.</summary>
    public const string StepsSuspensionWhere = "steps.suspension.where";

    /// <summary><c>steps.suspension.documents</c> — documents for registering a suspension (codes).</summary>
    public const string StepsSuspensionDocuments = "steps.suspension.documents";

    /// <summary><c>steps.suspension.channels</c> — channels for registering a suspension.</summary>
    public const string StepsSuspensionChannels = "steps.suspension.channels";

    /// <summary><c>tj.documents.first</c> — Tianjin: documents for a first individual enrolment (codes).</summary>
    public const string TjDocumentsFirst = "tj.documents.first";

    /// <summary><c>tj.documents.continuing</c> — Tianjin: documents for continuing individual payment (codes).</summary>
    public const string TjDocumentsContinuing = "tj.documents.continuing";
}
