using NodaTime;

namespace Insurance.Rules.Domain.Ledger;

/// <summary>A maximal run of consecutive employee-scheme months paid on time; both ends inclusive.</summary>
public sealed class ContinuousSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="from">First month (inclusive).</param>
    /// <param name="to">Last month (inclusive).</param>
    /// <exception cref="ArgumentException">When <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ContinuousSpan(YearMonth from, YearMonth to)
    {
        if (to < from)
        {
            throw new ArgumentException("A span must not end before it starts.", nameof(to));
        }

        From = from;
        To = to;
        Months = MonthIndex.Of(to) - MonthIndex.Of(from) + 1;
    }

    /// <summary>First month (inclusive).</summary>
    public YearMonth From { get; }

    /// <summary>Last month (inclusive).</summary>
    public YearMonth To { get; }

    /// <summary>Number of months in the span.</summary>
    public int Months { get; }

    /// <inheritdoc />
    public override string ToString() => $"{From:yyyy-MM}..{To:yyyy-MM} ({Months})";
}
