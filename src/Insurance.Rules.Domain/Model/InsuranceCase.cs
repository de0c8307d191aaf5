using NodaTime;

namespace Insurance.Rules.Domain.Model;

/// <summary>One case to evaluate: a participant, their contribution history and the evaluation date.</summary>
public sealed class InsuranceCase
{
    /// <summary>Creates a case.</summary>
    /// <param name="asOf">The evaluation date (never read from a clock).</param>
    /// <param name="region">The region code (six digits or <c>CN</c>), already resolved from any alias.</param>
    /// <param name="participant">The person.</param>
    /// <param name="contributions">The contribution history, in any order.</param>
    /// <param name="deemedMonths">Deemed contribution months (视同缴费), 0 or more.</param>
    /// <param name="events">Dated events, in any order.</param>
    /// <param name="plan">What the person intends to do; null for <see cref="Plan.None"/>.</param>
    public InsuranceCase(
        LocalDate asOf,
        string region,
        Participant participant,
        IEnumerable<ContributionRecord> contributions,
        int deemedMonths = 0,
        IEnumerable<CaseEvent>? events = null,
        Plan? plan = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentNullException.ThrowIfNull(participant);
        ArgumentNullException.ThrowIfNull(contributions);
        ArgumentOutOfRangeException.ThrowIfNegative(deemedMonths);
        if (participant.BirthDate > asOf)
        {
            throw new ArgumentException("The participant's birth date is after the evaluation date.", nameof(participant));
        }

        AsOf = asOf;
        Region = region;
        Participant = participant;
        Contributions = contributions.ToArray();
        DeemedMonths = deemedMonths;
        Events = SortEvents((events ?? []).ToArray());
        Plan = plan ?? Plan.None;
    }

    // Stable insertion sort by (date, type): a case has a handful of events, and a cold start pays JIT time for
    // each generic LINQ ordering shape over NodaTime dates.
    private static CaseEvent[] SortEvents(CaseEvent[] events)
    {
        for (var i = 1; i < events.Length; i++)
        {
            var current = events[i];
            var j = i - 1;
            while (j >= 0 && Compare(events[j], current) > 0)
            {
                events[j + 1] = events[j];
                j--;
            }

            events[j + 1] = current;
        }

        return events;

        static int Compare(CaseEvent a, CaseEvent b)
        {
            var byDate = a.Date.CompareTo(b.Date);
            return byDate != 0 ? byDate : ((int)a.Type).CompareTo((int)b.Type);
        }
    }

    /// <summary>The evaluation date.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The region code (six digits or <c>CN</c>).</summary>
    public string Region { get; }

    /// <summary>The person.</summary>
    public Participant Participant { get; }

    /// <summary>The contribution history as given.</summary>
    public IReadOnlyList<ContributionRecord> Contributions { get; }

    /// <summary>Deemed contribution months (视同缴费).</summary>
    public int DeemedMonths { get; }

    /// <summary>Events, ordered by date.</summary>
    public IReadOnlyList<CaseEvent> Events { get; }

    /// <summary>What the person intends to do.</summary>
    public Plan Plan { get; }

    /// <summary>The date an open gap is assumed to be paid: <see cref="Plan.PayOn"/>, else <see cref="AsOf"/>.</summary>
    public LocalDate AssumedPaymentDate => Plan.PayOn ?? AsOf;
}
