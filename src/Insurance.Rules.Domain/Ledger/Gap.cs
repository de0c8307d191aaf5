using Insurance.Rules.Domain.Model;
using NodaTime;

namespace Insurance.Rules.Domain.Ledger;

/// <summary>
/// An employee-scheme gap (FACTS §0): "a maximal run of consecutive months that are unpaid or backpaid, following
/// a month paid on time (<c>L</c> = that last on-time month)". Built by <see cref="LedgerAnalysis"/>.
/// </summary>
public sealed class Gap
{
    internal Gap(
        int index,
        YearMonth lastOnTimeMonth,
        YearMonth to,
        bool open,
        LocalDate paymentDate,
        PaymentKind paymentKind,
        LocalDate suspensionStart,
        IReadOnlyList<YearMonth> backpaidMonths,
        IReadOnlyList<YearMonth> unpaidMonths,
        Payer? payerBefore,
        Payer? payerAfter,
        string? regionBefore,
        string? regionAfter,
        GapKind kind,
        int continuousMonthsBefore)
    {
        var from = lastOnTimeMonth.PlusMonths(1);
        if (to < from)
        {
            throw new ArgumentException("A gap has at least one month.", nameof(to));
        }

        var months = MonthIndex.Of(to) - MonthIndex.Of(from) + 1;
        if (backpaidMonths.Count + unpaidMonths.Count != months)
        {
            throw new ArgumentException("Every gap month is either backpaid or unpaid.", nameof(unpaidMonths));
        }

        if (open != (paymentKind != PaymentKind.Actual))
        {
            throw new ArgumentException("Only an open gap has a planned or assumed payment.", nameof(paymentKind));
        }

        Index = index;
        LastOnTimeMonth = lastOnTimeMonth;
        From = from;
        To = to;
        Months = months;
        Open = open;
        PaymentDate = paymentDate;
        PaymentMonth = paymentDate.ToYearMonth();
        PaymentKind = paymentKind;
        SuspensionStart = suspensionStart;

        // FACTS §0: "Day counts are calendar days paymentDate − S (NodaTime Period.Between(..., PeriodUnits.Days))".
        // Period.DaysBetween gives the same number without allocating a Period.
        Days = Period.DaysBetween(suspensionStart, paymentDate);
        BackpaidMonths = backpaidMonths;
        UnpaidMonths = unpaidMonths;
        PayerBefore = payerBefore;
        PayerAfter = payerAfter;
        RegionBefore = regionBefore;
        RegionAfter = regionAfter;
        Kind = kind;
        ContinuousMonthsBefore = continuousMonthsBefore;
    }

    /// <summary>Zero-based position in <see cref="LedgerAnalysis.Gaps"/> (gaps are in ascending order).</summary>
    public int Index { get; }

    /// <summary>First gap month, <c>L+1</c>.</summary>
    public YearMonth From { get; }

    /// <summary>
    /// Last gap month (inclusive). Closed gap: the last month of the run. Open gap: <c>P−1</c>, which lies past the
    /// last due month when the planned payment date is in a later month.
    /// </summary>
    public YearMonth To { get; }

    /// <summary>
    /// FACTS §0 <c>gapMonths</c>: "the run's length = months strictly between <c>L</c> and the payment month <c>P</c>
    /// when the person resumes by paying the month <c>P</c> itself". For a closed gap the run's length; for an open
    /// gap <c>P − L − 1</c>.
    /// </summary>
    public int Months { get; }

    /// <summary><c>L</c>: the last month paid on time before the gap.</summary>
    public YearMonth LastOnTimeMonth { get; }

    /// <summary>FACTS §0: "A gap is open while no month after it is paid" (and at least one due month is unpaid).</summary>
    public bool Open { get; }

    /// <summary>
    /// FACTS §0: "the date the gap is closed = the earliest of the <c>paidOn</c> dates of its backpaid months and the
    /// payment date of the first paid month after it (an on-time record without <c>paidOn</c> counts as paid on the
    /// first day of its month); for an open gap, <c>plan.payOn</c> or else <c>asOf</c>."
    /// </summary>
    public LocalDate PaymentDate { get; }

    /// <summary><c>P</c>: the month of <see cref="PaymentDate"/>.</summary>
    public YearMonth PaymentMonth { get; }

    /// <summary>Whether <see cref="PaymentDate"/> is recorded, planned or assumed.</summary>
    public PaymentKind PaymentKind { get; }

    /// <summary>
    /// <c>S</c>, FACTS §0: "the first day of month <c>L+1</c> (benefits stop from the first unpaid month), unless the
    /// region says benefits stop one month later (<c>suspendFrom: secondUnpaidMonth</c>)" — then <c>L+2</c>.
    /// </summary>
    public LocalDate SuspensionStart { get; }

    /// <summary>Calendar days from <see cref="SuspensionStart"/> to <see cref="PaymentDate"/>; may be 0 or negative.</summary>
    public int Days { get; }

    /// <summary>Gap months that were paid late, ascending.</summary>
    public IReadOnlyList<YearMonth> BackpaidMonths { get; }

    /// <summary>Gap months with no payment (for an open gap, including months up to <c>P−1</c> not yet due), ascending.</summary>
    public IReadOnlyList<YearMonth> UnpaidMonths { get; }

    /// <summary>True when every gap month has been backpaid.</summary>
    public bool FullyBackpaid => UnpaidMonths.Count == 0;

    /// <summary>Who paid month <c>L</c>.</summary>
    public Payer? PayerBefore { get; }

    /// <summary>
    /// Who paid the first month after the gap (for a gap closed only by backpayment, its last backpaid month); null for
    /// an open gap or when the record gave no payer.
    /// </summary>
    public Payer? PayerAfter { get; }

    /// <summary>Region month <c>L</c> was paid in.</summary>
    public string? RegionBefore { get; }

    /// <summary>Region of the month that <see cref="PayerAfter"/> describes; null for an open gap.</summary>
    public string? RegionAfter { get; }

    /// <summary>Why the gap arose; see <see cref="GapKind"/> for the order in which the kinds are tested.</summary>
    public GapKind Kind { get; }

    /// <summary>
    /// Consecutive paid employee months (any timeliness) ending at <c>L</c>, i.e.
    /// <see cref="LedgerAnalysis.ContinuousMonthsEndingAt"/>(<c>L</c>): for CN-SWITCH (≥ 24) and Yichang 2022 (≥ 36).
    /// </summary>
    public int ContinuousMonthsBefore { get; }

    /// <inheritdoc />
    public override string ToString()
        => $"gap {From:yyyy-MM}..{To:yyyy-MM} ({Months}) {(Open ? "open" : "closed")} P={PaymentDate:yyyy-MM-dd} days={Days} {Kind}";
}
