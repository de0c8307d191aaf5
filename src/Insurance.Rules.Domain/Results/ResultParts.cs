using NodaTime;

namespace Insurance.Rules.Domain.Results;

/// <summary>One gap in the contribution history and how it was classified.</summary>
/// <param name="From">First gap month.</param>
/// <param name="To">Last gap month.</param>
/// <param name="Months">Number of gap months.</param>
/// <param name="Days">Calendar days from the suspension start to the payment date, where a day rule applies.</param>
/// <param name="Band">The id of the rule that classified the gap, or null when none did.</param>
/// <param name="Open">True while no month after the gap is paid.</param>
/// <param name="PaymentDate">The actual, planned or assumed date the gap is closed.</param>
/// <param name="BenefitsResumeOn">When pooled-fund benefits restart for that payment.</param>
public sealed record GapResult(
    YearMonth From,
    YearMonth To,
    int Months,
    int? Days,
    string? Band,
    bool Open,
    LocalDate PaymentDate,
    LocalDate? BenefitsResumeOn);

/// <summary>A date after which paying gets a worse outcome.</summary>
/// <param name="PayBy">Last day to pay for the current outcome.</param>
/// <param name="Then">The id of the rule (band) that applies to a payment after <paramref name="PayBy"/>.</param>
/// <param name="BenefitsResumeOnIfLater">When benefits would resume for a payment on the day after, if known.</param>
public sealed record DeadlineResult(LocalDate PayBy, string Then, LocalDate? BenefitsResumeOnIfLater);

/// <summary>One thing the person (or the employer) must do.</summary>
/// <param name="Code">Stable step code.</param>
/// <param name="Title">Title in the requested language.</param>
/// <param name="DueBy">Last day to do it, when there is one.</param>
/// <param name="Documents">Document codes to bring.</param>
/// <param name="Channels">Where it can be done.</param>
/// <param name="Where">Office, window or app, when the source names one.</param>
/// <param name="Basis">The id of the rule that asks for the step.</param>
public sealed record StepResult(
    string Code,
    string Title,
    LocalDate? DueBy,
    IReadOnlyList<string> Documents,
    IReadOnlyList<Channel> Channels,
    string? Where,
    string Basis);

/// <summary>Whether the person may enrol as a flexible worker in the region.</summary>
/// <param name="Eligible">True when eligible.</param>
/// <param name="Reason">A reason code when not eligible (or when a condition applies), else null.</param>
/// <param name="Basis">The id of the rule that decided.</param>
public sealed record FlexibleEnrollmentResult(bool Eligible, string? Reason, string Basis);

/// <summary>Retirement month and contribution-month position.</summary>
/// <param name="RetirementMonth">Statutory retirement month.</param>
/// <param name="RequiredMonths">The region's minimum cumulative employee-scheme months, or null when unknown.</param>
/// <param name="CreditedMonths">Credited employee-scheme months including deemed months.</param>
/// <param name="ShortfallMonths">Months still missing (0 when none or when the minimum is unknown).</param>
public sealed record RetirementResult(YearMonth RetirementMonth, int? RequiredMonths, int CreditedMonths, int ShortfallMonths);

/// <summary>Resident-scheme waiting period (CN-RESIDENT-WAIT).</summary>
/// <param name="FixedMonths">Fixed waiting months.</param>
/// <param name="VariableMonths">Variable months before repair.</param>
/// <param name="RepairedMonths">Variable months removed by repair.</param>
/// <param name="TotalMonths">Months applied.</param>
public sealed record ResidentWaitingResult(int FixedMonths, int VariableMonths, int RepairedMonths, int TotalMonths);

/// <summary>Critical-illness cap incentive (CN-RESIDENT-INCENTIVE).</summary>
/// <param name="ConsecutiveYears">Consecutive insured resident years.</param>
/// <param name="CapRaise">The raise of the annual cap, in yuan.</param>
public sealed record IncentiveResult(int ConsecutiveYears, decimal CapRaise);

/// <summary>A default reading, fallback or missing value the result relied on.</summary>
/// <param name="Code">Stable assumption code.</param>
/// <param name="Text">Explanation in the requested language.</param>
public sealed record AssumptionResult(string Code, string Text);

/// <summary>A rule that fired, in firing order.</summary>
/// <param name="Rule">The rule id (FACTS id).</param>
/// <param name="Name">The rule's name.</param>
/// <param name="Basis">Source title or document number.</param>
public sealed record TraceEntry(string Rule, string Name, string Basis);

/// <summary>State of one month in the timeline view.</summary>
public enum MonthState
{
    /// <summary>Paid on time.</summary>
    Paid = 1,

    /// <summary>Paid late (补缴).</summary>
    Backpaid = 2,

    /// <summary>Due and unpaid.</summary>
    Gap = 3,

    /// <summary>Paid, but inside a waiting period.</summary>
    Waiting = 4,

    /// <summary>Covered without a contribution of its own (e.g. retroactive cover).</summary>
    Covered = 5,

    /// <summary>Not yet due.</summary>
    NotDue = 6,
}

/// <summary>One month of the timeline.</summary>
/// <param name="Month">The month.</param>
/// <param name="State">What happened in it.</param>
/// <param name="BenefitsApply">Whether pooled-fund benefits apply on the first day of the month.</param>
public sealed record TimelineMonth(YearMonth Month, MonthState State, bool BenefitsApply);
