namespace Insurance.Rules.Domain.Results;

/// <summary>Coverage status on the evaluation date (FACTS §0 "Status on asOf").</summary>
public enum CoverageStatus
{
    /// <summary>Pooled-fund benefits apply on the evaluation date.</summary>
    Covered = 1,

    /// <summary>Enrolled, but benefits are stopped for unpaid due months.</summary>
    Suspended = 2,

    /// <summary>Paid, but a waiting period or deferral has not ended.</summary>
    Waiting = 3,

    /// <summary>Continuity is lost; only a new enrolment restores cover.</summary>
    Lapsed = 4,

    /// <summary>No enrolment at all.</summary>
    NotEnrolled = 5,

    /// <summary>A retiree with the required contribution months.</summary>
    RetiredCovered = 6,
}
