namespace Insurance.Rules.Domain.Ledger;

/// <summary>
/// Region-specific counting choices for <see cref="LedgerAnalysis"/>. The caller resolves them from the region
/// packs; the ledger itself knows no region.
/// </summary>
public sealed class LedgerOptions
{
    private readonly int? _graceDayOfNextMonth;

    /// <summary>The national reading: suspension from the first unpaid month, no grace period.</summary>
    public static LedgerOptions Default { get; } = new();

    /// <summary>
    /// FACTS §0 <c>suspendFrom: secondUnpaidMonth</c> (Ningbo NB-REJOIN): benefits stop one month later, so the
    /// suspension start <c>S</c> is the first day of <c>L+2</c> instead of <c>L+1</c>.
    /// </summary>
    public bool SuspendFromSecondUnpaidMonth { get; init; }

    /// <summary>
    /// A grace period for on-time payment (Tianjin: money that arrives by day 15 of the next month is still on
    /// time). Null means none: only payment in or before the month itself is on time. Must be 1–31.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When set outside 1–31.</exception>
    public int? GraceDayOfNextMonth
    {
        get => _graceDayOfNextMonth;
        init
        {
            if (value is < 1 or > 31)
            {
                throw new ArgumentOutOfRangeException(nameof(GraceDayOfNextMonth), value, "The grace day must be a day of the month (1–31).");
            }

            _graceDayOfNextMonth = value;
        }
    }
}
