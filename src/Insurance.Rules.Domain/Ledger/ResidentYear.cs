using NodaTime;

namespace Insurance.Rules.Domain.Ledger;

/// <summary>One insured resident-scheme year (several records for the same year are merged into one).</summary>
public sealed class ResidentYear
{
    /// <summary>Creates a resident year.</summary>
    /// <param name="year">The insurance year.</param>
    /// <param name="paidOn">The date the money arrived; null when the record gave none (paid on time).</param>
    /// <param name="region">The region paid in.</param>
    public ResidentYear(int year, LocalDate? paidOn, string? region)
    {
        Year = year;
        PaidOn = paidOn;
        Region = region;
    }

    /// <summary>The insurance year.</summary>
    public int Year { get; }

    /// <summary>
    /// The date the money arrived; null means the record gave none (on time). Of several records for the year, one
    /// without a date wins, else the earliest date.
    /// </summary>
    public LocalDate? PaidOn { get; }

    /// <summary>The region paid in: the record's region, or the case region when the record names none.</summary>
    public string? Region { get; }

    /// <inheritdoc />
    public override string ToString() => PaidOn is { } d ? $"{Year} paid {d:yyyy-MM-dd}" : $"{Year}";
}
