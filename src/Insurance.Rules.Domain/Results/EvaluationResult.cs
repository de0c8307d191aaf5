using NodaTime;

namespace Insurance.Rules.Domain.Results;

/// <summary>The answer for one case (CONTRACT.md "Output: a result").</summary>
public sealed class EvaluationResult
{
    /// <summary>The participant id echoed.</summary>
    public string? CaseId { get; init; }

    /// <summary>The evaluation date echoed.</summary>
    public LocalDate AsOf { get; init; }

    /// <summary>The region code used.</summary>
    public required string Region { get; init; }

    /// <summary>Coverage status on <see cref="AsOf"/>.</summary>
    public CoverageStatus Status { get; init; }

    /// <summary>Gaps with their bands.</summary>
    public IReadOnlyList<GapResult> Gaps { get; init; } = [];

    /// <summary>When pooled-fund benefits (re)start for the actual, planned or assumed payment.</summary>
    public LocalDate? BenefitsResumeOn { get; init; }

    /// <summary>Waiting months applied.</summary>
    public int WaitingMonths { get; init; }

    /// <summary>Whether gap-period costs are payable after backpay.</summary>
    public bool GapCoveredRetroactively { get; init; }

    /// <summary>Whether earlier contribution time still counts as continuous.</summary>
    public bool ContinuityPreserved { get; init; } = true;

    /// <summary>Dates after which paying gets a worse outcome, in order.</summary>
    public IReadOnlyList<DeadlineResult> Deadlines { get; init; } = [];

    /// <summary>What to do, in order.</summary>
    public IReadOnlyList<StepResult> Steps { get; init; } = [];

    /// <summary>Flexible-worker enrolment eligibility, when it was evaluated.</summary>
    public FlexibleEnrollmentResult? FlexibleEnrollment { get; init; }

    /// <summary>Retirement month and contribution months.</summary>
    public RetirementResult? Retirement { get; init; }

    /// <summary>Resident-scheme waiting period, for resident-scheme cases.</summary>
    public ResidentWaitingResult? ResidentWaiting { get; init; }

    /// <summary>Critical-illness cap incentive, where the region sets it.</summary>
    public IncentiveResult? Incentive { get; init; }

    /// <summary>Every default reading or missing value relied on.</summary>
    public IReadOnlyList<AssumptionResult> Assumptions { get; init; } = [];

    /// <summary>Rules that fired, in firing order.</summary>
    public IReadOnlyList<TraceEntry> Trace { get; init; } = [];

    /// <summary>Month-by-month view for people (not part of the normative contract).</summary>
    public IReadOnlyList<TimelineMonth> Timeline { get; init; } = [];
}
