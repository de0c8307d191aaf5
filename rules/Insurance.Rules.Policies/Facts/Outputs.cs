using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Domain.Results;
using NodaTime;

namespace Insurance.Rules.Policies.Facts;

/// <summary>How a gap was classified and what follows for the payment date considered.</summary>
/// <param name="Gap">The gap.</param>
/// <param name="Band">Band id: the FACTS rule id, with a band suffix where one clause has several bands.</param>
/// <param name="BenefitsResumeOn">When pooled-fund benefits restart (null when only a new enrolment could say).</param>
/// <param name="WaitingMonths">Waiting months applied.</param>
/// <param name="Retroactive">Whether gap-period costs are payable after backpay.</param>
/// <param name="ContinuityPreserved">Whether earlier time still counts as continuous.</param>
/// <param name="NewEnrolment">True when the payment counts as a new enrolment.</param>
/// <param name="Basis">The FACTS rule id.</param>
/// <param name="UsedValues">Pack values the outcome relied on (their assumptions are reported).</param>
/// <remarks><c>WaitingMonths</c> counts months from the payment month to the month benefits resume.</remarks>
public sealed record GapOutcome(
    GapFact Gap,
    string Band,
    LocalDate? BenefitsResumeOn,
    int WaitingMonths,
    bool Retroactive,
    bool ContinuityPreserved,
    bool NewEnrolment,
    string Basis,
    IReadOnlyList<PackValue> UsedValues)
{
    /// <summary>When benefits stop for this gap, where the clause sets it later than the ledger's suspension start.</summary>
    public LocalDate? SuspendedFrom { get; init; }
}

/// <summary>A date after which paying the gap gets a worse band.</summary>
/// <param name="Gap">The open gap.</param>
/// <param name="PayBy">Last day for the current band.</param>
/// <param name="Then">The band id that applies after it.</param>
/// <param name="BenefitsResumeOnIfLater">Benefits start for a payment on the day after, when known.</param>
/// <param name="Basis">The FACTS rule id.</param>
public sealed record DeadlineFact(GapFact Gap, LocalDate PayBy, string Then, LocalDate? BenefitsResumeOnIfLater, string Basis);

/// <summary>One thing to do. Titles are formatted from the text catalogue by <see cref="Code"/>.</summary>
/// <param name="Code">Step code (also the text-catalogue key <c>step.&lt;code&gt;</c>).</param>
/// <param name="DueBy">Last day, when there is one.</param>
/// <param name="Documents">Document codes.</param>
/// <param name="Channels">Channels.</param>
/// <param name="Where">Where, as the source names it, or null.</param>
/// <param name="Basis">The FACTS rule id.</param>
/// <param name="Order">Sort key among steps with the same due date (lower first).</param>
/// <param name="Args">Placeholder values for the title.</param>
public sealed record StepFact(
    string Code,
    LocalDate? DueBy,
    IReadOnlyList<string> Documents,
    IReadOnlyList<Channel> Channels,
    string? Where,
    string Basis,
    int Order,
    IReadOnlyDictionary<string, object?>? Args = null);

/// <summary>A default reading or missing value the result relies on.</summary>
/// <param name="Code">Assumption code (also the text-catalogue key <c>assumption.&lt;code&gt;</c>).</param>
/// <param name="Basis">The FACTS rule id.</param>
/// <param name="Args">Placeholder values for the text.</param>
public sealed record AssumptionFact(string Code, string Basis, IReadOnlyDictionary<string, object?>? Args = null);

/// <summary>The statutory retirement month (CN-RETIRE-AGE).</summary>
/// <param name="RetirementMonth">Statutory retirement month.</param>
/// <param name="OriginalAge">The original retirement age used.</param>
/// <param name="DelayMonths">Delay under the 2025 reform.</param>
public sealed record RetirementAgeFact(YearMonth RetirementMonth, int OriginalAge, int DelayMonths);

/// <summary>Contribution months against the region's minimum (CN-RETIRE-YEARS).</summary>
/// <param name="RequiredMonths">The region's minimum months, or null when it has none.</param>
/// <param name="CreditedMonths">Credited employee-scheme months including deemed months.</param>
/// <param name="ShortfallMonths">Months missing.</param>
/// <param name="Basis">The FACTS rule id that supplied the minimum.</param>
public sealed record RetirementYearsFact(int? RequiredMonths, int CreditedMonths, int ShortfallMonths, string Basis);

/// <summary>Flexible-worker enrolment eligibility.</summary>
/// <param name="Eligible">True when eligible.</param>
/// <param name="Reason">Reason code, or null.</param>
/// <param name="Basis">The FACTS rule id.</param>
public sealed record FlexEligibilityFact(bool Eligible, string? Reason, string Basis);

/// <summary>A resident-scheme insurance year being evaluated, with its (actual, planned or assumed) payment.</summary>
/// <param name="Year">Insurance year Y.</param>
/// <param name="PaymentDate">The payment date.</param>
/// <param name="Paid">True when a record for the year exists (false: planned or assumed payment).</param>
/// <param name="BrokenYears">Consecutive uninsured years immediately before Y.</param>
public sealed record ResidentYearFact(int Year, LocalDate PaymentDate, bool Paid, int BrokenYears);

/// <summary>When cover starts for a resident-scheme year, and the waiting period applied.</summary>
/// <param name="Year">The resident year fact.</param>
/// <param name="CoveredFrom">First covered day.</param>
/// <param name="FixedMonths">Fixed waiting months.</param>
/// <param name="VariableMonths">Variable months before repair.</param>
/// <param name="RepairedMonths">Variable months removed by repair.</param>
/// <param name="TotalMonths">Waiting months applied.</param>
/// <param name="Band">Band id (FACTS rule id with suffix).</param>
/// <param name="Basis">The FACTS rule id.</param>
/// <param name="UsedValues">Pack values relied on.</param>
public sealed record ResidentCoverFact(
    ResidentYearFact Year,
    LocalDate CoveredFrom,
    int FixedMonths,
    int VariableMonths,
    int RepairedMonths,
    int TotalMonths,
    string Band,
    string Basis,
    IReadOnlyList<PackValue> UsedValues);

/// <summary>Critical-illness cap incentive (CN-RESIDENT-INCENTIVE).</summary>
/// <param name="ConsecutiveYears">Consecutive insured resident years.</param>
/// <param name="CapRaise">Raise in yuan.</param>
public sealed record IncentiveFact(int ConsecutiveYears, decimal CapRaise);

/// <summary>Cover paid by the unemployment fund (CN-UNEMPLOYED).</summary>
/// <param name="BaseRatePercent">Premium base as a percentage of last year's local average wage.</param>
/// <param name="Basis">The FACTS rule id.</param>
public sealed record UnemploymentCoverFact(int BaseRatePercent, string Basis);
