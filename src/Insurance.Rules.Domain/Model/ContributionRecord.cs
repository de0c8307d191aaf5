using NodaTime;

namespace Insurance.Rules.Domain.Model;

/// <summary>
/// One line of a contribution history: a single month, an inclusive range of months (employee scheme), or
/// one insurance year (resident scheme).
/// </summary>
public sealed class ContributionRecord
{
    private ContributionRecord(
        YearMonth? from, YearMonth? to, int? year, Scheme scheme, Payer? payer, LocalDate? paidOn, string? region)
    {
        From = from;
        To = to;
        Year = year;
        Scheme = scheme;
        Payer = payer;
        PaidOn = paidOn;
        Region = region;
    }

    /// <summary>First month covered (inclusive); null for a resident-scheme year record.</summary>
    public YearMonth? From { get; }

    /// <summary>Last month covered (inclusive); null for a resident-scheme year record.</summary>
    public YearMonth? To { get; }

    /// <summary>The resident-scheme insurance year; null for month records.</summary>
    public int? Year { get; }

    /// <summary>The scheme paid into.</summary>
    public Scheme Scheme { get; }

    /// <summary>Who paid (employee scheme); null when not stated.</summary>
    public Payer? Payer { get; }

    /// <summary>The date the money arrived; null means paid on time.</summary>
    public LocalDate? PaidOn { get; }

    /// <summary>The region paid in; null means the case region.</summary>
    public string? Region { get; }

    /// <summary>True for a resident-scheme year record.</summary>
    public bool IsYear => Year is not null;

    /// <summary>Creates a record for one month.</summary>
    public static ContributionRecord ForMonth(
        YearMonth month, Scheme scheme, Payer? payer = null, LocalDate? paidOn = null, string? region = null)
        => new(month, month, null, scheme, payer, paidOn, region);

    /// <summary>Creates a record for an inclusive range of months.</summary>
    /// <exception cref="ArgumentException">When <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static ContributionRecord ForRange(
        YearMonth from, YearMonth to, Scheme scheme, Payer? payer = null, LocalDate? paidOn = null, string? region = null)
    {
        if (to < from)
        {
            throw new ArgumentException("The last month of a range must not be before its first month.", nameof(to));
        }

        return new(from, to, null, scheme, payer, paidOn, region);
    }

    /// <summary>Creates a record for one resident-scheme insurance year.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When the year is outside 1990–2100.</exception>
    public static ContributionRecord ForYear(int year, LocalDate? paidOn = null, string? region = null)
    {
        if (year is < 1990 or > 2100)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, "The insurance year must be between 1990 and 2100.");
        }

        return new(null, null, year, Scheme.Resident, null, paidOn, region);
    }

    /// <summary>The months this record covers, in order (empty for a year record).</summary>
    public IEnumerable<YearMonth> Months()
    {
        if (From is not { } from || To is not { } to)
        {
            yield break;
        }

        for (var m = from; m <= to; m = m.PlusMonths(1))
        {
            yield return m;
        }
    }
}
