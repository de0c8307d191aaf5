using Insurance.Rules.Domain.Model;
using NodaTime;

namespace Insurance.Rules.Domain.Validation;

// The lenient form of a case: what the JSON reader could make of each field. A null value means the field
// was absent, null, or already reported as malformed; the semantic validators skip nulls so that one problem
// is reported once.

/// <summary>A case as read from JSON, before semantic validation.</summary>
internal sealed class CaseDto
{
    public LocalDate? AsOf { get; set; }

    public string? Region { get; set; }

    public ParticipantDto? Participant { get; set; }

    public List<ContributionDto> Contributions { get; } = [];

    public int? DeemedMonths { get; set; }

    public List<EventDto> Events { get; } = [];

    public PlanDto? Plan { get; set; }
}

/// <summary>The participant as read from JSON.</summary>
internal sealed class ParticipantDto
{
    public string? Id { get; set; }

    public LocalDate? BirthDate { get; set; }

    public Sex? Sex { get; set; }

    public int? OriginalRetirementAge { get; set; }

    public ParticipantStatus? Status { get; set; }

    public HukouDto? Hukou { get; set; }

    public string? ResidencePermitRegion { get; set; }
}

/// <summary>A household registration as read from JSON.</summary>
internal sealed class HukouDto
{
    public string? Region { get; set; }

    public HukouType? Type { get; set; }
}

/// <summary>A contribution record as read from JSON. The <c>Has…</c> flags record presence even when the value was malformed.</summary>
internal sealed class ContributionDto
{
    /// <summary>False when the array element was not an object (already reported as a type error).</summary>
    public bool IsRecord { get; set; } = true;

    public bool HasMonth { get; set; }

    public bool HasFrom { get; set; }

    public bool HasTo { get; set; }

    public bool HasYear { get; set; }

    public bool HasPayer { get; set; }

    public YearMonth? Month { get; set; }

    public YearMonth? From { get; set; }

    public YearMonth? To { get; set; }

    public int? Year { get; set; }

    public Scheme? Scheme { get; set; }

    public Payer? Payer { get; set; }

    public LocalDate? PaidOn { get; set; }

    public string? Region { get; set; }

    /// <summary>Back to a freshly created record (the fast reader reuses one instance for every record).</summary>
    public void Reset()
    {
        IsRecord = true;
        HasMonth = HasFrom = HasTo = HasYear = HasPayer = false;
        Month = From = To = null;
        Year = null;
        Scheme = null;
        Payer = null;
        PaidOn = null;
        Region = null;
    }
}

/// <summary>An event as read from JSON.</summary>
internal sealed class EventDto
{
    public LocalDate? Date { get; set; }

    public CaseEventType? Type { get; set; }
}

/// <summary>A plan as read from JSON.</summary>
internal sealed class PlanDto
{
    public LocalDate? PayOn { get; set; }

    public int? RepairYears { get; set; }
}
