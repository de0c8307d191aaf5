using NodaTime;

namespace Insurance.Rules.PayrollIntegration;

/// <summary>
/// One line of the work list: who must act, what, by when, and when benefits resume. An employee with several steps
/// gets several items; a row that could not be evaluated gets one item with status <c>error</c>.
/// </summary>
public sealed record WorkItem
{
    /// <summary>1-based position after sorting by urgency.</summary>
    public int Priority { get; init; }

    /// <summary>The CSV line of the employee's row.</summary>
    public required int Line { get; init; }

    /// <summary>Payroll id (may be empty on an error row).</summary>
    public required string EmployeeId { get; init; }

    /// <summary>Display name from the CSV.</summary>
    public required string Name { get; init; }

    /// <summary>Region code evaluated (or the raw text on an error row).</summary>
    public required string Region { get; init; }

    /// <summary>Coverage status on the evaluation date (contract name), or <c>error</c>.</summary>
    public required string Status { get; init; }

    /// <summary>Who acts: <c>employer</c> (the step goes through the employer), <c>employee</c>, <c>hr</c> (fix the data) or <c>none</c>.</summary>
    public required string Actor { get; init; }

    /// <summary>Step code (<c>payArrears</c>, …), <c>fixData</c> for error rows, <c>informOnly</c> when no step is due.</summary>
    public required string ActionCode { get; init; }

    /// <summary>Step title in the chosen language.</summary>
    public required string Action { get; init; }

    /// <summary>The step's own due date, if it has one.</summary>
    public LocalDate? DueBy { get; init; }

    /// <summary>Days from the evaluation date to <see cref="DueBy"/> (negative: overdue).</summary>
    public int? DaysLeft { get; init; }

    /// <summary>The employee's earliest payment deadline: paying later moves them into a worse band.</summary>
    public LocalDate? PayBy { get; init; }

    /// <summary>Benefits resume on this date if payment misses <see cref="PayBy"/>.</summary>
    public LocalDate? ResumeOnIfLate { get; init; }

    /// <summary>Date pooled-fund benefits (re)start for the actual, planned or assumed payment.</summary>
    public LocalDate? BenefitsResumeOn { get; init; }

    /// <summary>Rule id the step rests on.</summary>
    public required string Basis { get; init; }

    /// <summary>What is wrong with the row (error rows only).</summary>
    public IReadOnlyList<RowError> Errors { get; init; } = [];

    /// <summary>Date the item is sorted by: its due date, else the employee's earliest deadline.</summary>
    public LocalDate? UrgencyDate => DueBy ?? PayBy;
}
