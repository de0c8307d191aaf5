using NodaTime;

namespace Insurance.Rules.Domain.Model;

/// <summary>A dated event in a participant's history.</summary>
public sealed class CaseEvent
{
    /// <summary>Creates an event.</summary>
    public CaseEvent(LocalDate date, CaseEventType type)
    {
        Date = date;
        Type = type;
    }

    /// <summary>When it happened.</summary>
    public LocalDate Date { get; }

    /// <summary>What happened.</summary>
    public CaseEventType Type { get; }
}
