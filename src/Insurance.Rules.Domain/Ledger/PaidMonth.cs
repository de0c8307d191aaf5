using Insurance.Rules.Domain.Model;
using NodaTime;

namespace Insurance.Rules.Domain.Ledger;

/// <summary>
/// One paid employee-scheme month after overlapping records are merged (the earliest payment wins). A value: two
/// instances with the same month, payment date, timeliness, payer and region are equal (a ledger may hand out a new
/// instance for a month each time it is asked).
/// </summary>
public sealed class PaidMonth : IEquatable<PaidMonth>
{
    // A ledger holds one of these per paid month: the payer is kept in a byte rather than a nullable enum.
    private const byte NoPayer = byte.MaxValue;
    private readonly byte payerCode;

    /// <summary>Creates a paid month.</summary>
    /// <param name="month">The contribution month.</param>
    /// <param name="paidOn">The date the money arrived (the first day of the month when the record gave none).</param>
    /// <param name="onTime">Whether the month was paid on time (FACTS §0).</param>
    /// <param name="payer">Who paid, when stated.</param>
    /// <param name="region">The region paid in.</param>
    public PaidMonth(YearMonth month, LocalDate paidOn, bool onTime, Payer? payer, string? region)
    {
        if (!onTime && MonthIndex.Of(paidOn) <= MonthIndex.Of(month))
        {
            throw new ArgumentException("A month paid in or before itself is always on time.", nameof(onTime));
        }

        Month = month;
        PaidOn = paidOn;
        OnTime = onTime;
        payerCode = payer is { } p ? (byte)p : NoPayer;
        Region = region;
    }

    /// <summary>The contribution month.</summary>
    public YearMonth Month { get; }

    /// <summary>The date the money arrived: the record's <c>paidOn</c>, or the first day of the month when absent.</summary>
    public LocalDate PaidOn { get; }

    /// <summary>
    /// FACTS §0: "A month is paid on time when its record has no <c>paidOn</c>, or <c>paidOn</c> falls in or before
    /// that month (a region may set a grace period, e.g. Tianjin's window to the 15th of the next month)."
    /// </summary>
    public bool OnTime { get; }

    /// <summary>FACTS §0: "A record paid later is a backpayment (补缴)."</summary>
    public bool Backpaid => !OnTime;

    /// <summary>Who paid, when the record states it.</summary>
    public Payer? Payer => payerCode == NoPayer ? null : (Payer)payerCode;

    /// <summary>The region paid in: the record's region, or the case region when the record names none.</summary>
    public string? Region { get; }

    /// <inheritdoc />
    public bool Equals(PaidMonth? other)
        => other is not null
           && Month == other.Month
           && PaidOn == other.PaidOn
           && OnTime == other.OnTime
           && payerCode == other.payerCode
           && string.Equals(Region, other.Region, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PaidMonth);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Month, PaidOn, OnTime, payerCode, Region);

    /// <inheritdoc />
    public override string ToString() => $"{Month:yyyy-MM} paid {PaidOn:yyyy-MM-dd}{(OnTime ? string.Empty : " (backpaid)")}";
}
