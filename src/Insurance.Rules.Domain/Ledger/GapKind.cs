namespace Insurance.Rules.Domain.Ledger;

/// <summary>
/// Why an employee-scheme gap arose, told apart from the case events and the payers either side of the gap.
/// The first kind whose condition holds wins, in this order:
/// <list type="number">
/// <item><see cref="EmployerArrears"/>: the person did not pay the last on-time month <c>L</c> personally, and an
/// <c>employerStoppedPaying</c> event falls in <c>L</c> or <c>L+1</c> with no <c>employmentEnded</c> event between it
/// and the end of the gap; or an <c>arrearsPaid</c> event falls between the gap's first day and the end of the month
/// that closes it; or the gap has backpaid months and every one of them was paid by the employer.</item>
/// <item><see cref="SchemeSwitch"/>: the gap is open (no employee month paid after it) and a resident-scheme year is
/// recorded for a year the gap touches. A resident interlude that ends with new employee payments is classified by
/// the employee payers below (the rules can still ask <see cref="LedgerAnalysis.IsInsuredInYear"/>).</item>
/// <item><see cref="JobChange"/>: an employer paid before and after the gap (an <c>employmentEnded</c> /
/// <c>employmentStarted</c> pair around the gap or a change of region confirms it, but neither is required: a gap
/// between two employer-paid months that is not employer arrears is taken as a change of employer). When a payer is
/// not stated, an <c>employmentEnded</c> event in <c>L</c>…<c>To</c> stands for the employer before and a later
/// <c>employmentStarted</c> event up to the month after the gap stands for the employer after.</item>
/// <item><see cref="LeftEmployment"/>: an employer (or the unemployment fund) paid before the gap and no employer after
/// it; or, with no payer stated before the gap, an <c>employmentEnded</c> or <c>unemploymentBenefitsEnded</c> event in
/// <c>L</c>…<c>To</c> without a new employer.</item>
/// <item><see cref="OwnGap"/>: otherwise (the person paid before the gap, or nothing else is known).</item>
/// </list>
/// </summary>
public enum GapKind
{
    /// <summary>The person (flexible worker, personal continuation) stopped paying.</summary>
    OwnGap = 1,

    /// <summary>The employer stopped paying while the employment went on (欠费).</summary>
    EmployerArrears = 2,

    /// <summary>Between two employers (the old employment ended, a new employer pays after the gap).</summary>
    JobChange = 3,

    /// <summary>The employment (or unemployment benefit) ended and no employer pays after the gap.</summary>
    LeftEmployment = 4,

    /// <summary>The person moved from the employee scheme into the resident scheme (CN-SWITCH).</summary>
    SchemeSwitch = 5,
}
