using System.Text.Json.Serialization;

namespace Insurance.Rules.Benchmarks.Contract;

// The deserialisation yardstick: plain DTOs mirroring the input contract (CONTRACT.md "Input: a case") field for
// field, with dates, months and enumeration values kept as the strings they are in the JSON. Deserialising into
// them is what "reading the case" costs with System.Text.Json, before any meaning is given to it.

/// <summary>A case as written.</summary>
public sealed class CaseDocument
{
    /// <summary>asOf.</summary>
    public string? AsOf { get; set; }

    /// <summary>region.</summary>
    public string? Region { get; set; }

    /// <summary>participant.</summary>
    public ParticipantDocument? Participant { get; set; }

    /// <summary>contributions.</summary>
    public List<ContributionDocument>? Contributions { get; set; }

    /// <summary>deemedMonths.</summary>
    public int? DeemedMonths { get; set; }

    /// <summary>events.</summary>
    public List<EventDocument>? Events { get; set; }

    /// <summary>plan.</summary>
    public PlanDocument? Plan { get; set; }
}

/// <summary>participant.</summary>
public sealed class ParticipantDocument
{
    /// <summary>id.</summary>
    public string? Id { get; set; }

    /// <summary>birthDate.</summary>
    public string? BirthDate { get; set; }

    /// <summary>sex.</summary>
    public string? Sex { get; set; }

    /// <summary>originalRetirementAge.</summary>
    public int? OriginalRetirementAge { get; set; }

    /// <summary>status.</summary>
    public string? Status { get; set; }

    /// <summary>hukou.</summary>
    public HukouDocument? Hukou { get; set; }

    /// <summary>residencePermitRegion.</summary>
    public string? ResidencePermitRegion { get; set; }
}

/// <summary>participant.hukou.</summary>
public sealed class HukouDocument
{
    /// <summary>region.</summary>
    public string? Region { get; set; }

    /// <summary>type.</summary>
    public string? Type { get; set; }
}

/// <summary>contributions[].</summary>
public sealed class ContributionDocument
{
    /// <summary>month.</summary>
    public string? Month { get; set; }

    /// <summary>from.</summary>
    public string? From { get; set; }

    /// <summary>to.</summary>
    public string? To { get; set; }

    /// <summary>year.</summary>
    public int? Year { get; set; }

    /// <summary>scheme.</summary>
    public string? Scheme { get; set; }

    /// <summary>payer.</summary>
    public string? Payer { get; set; }

    /// <summary>paidOn.</summary>
    public string? PaidOn { get; set; }

    /// <summary>region.</summary>
    public string? Region { get; set; }
}

/// <summary>events[].</summary>
public sealed class EventDocument
{
    /// <summary>date.</summary>
    public string? Date { get; set; }

    /// <summary>type.</summary>
    public string? Type { get; set; }
}

/// <summary>plan.</summary>
public sealed class PlanDocument
{
    /// <summary>payOn.</summary>
    public string? PayOn { get; set; }

    /// <summary>repairYears.</summary>
    public int? RepairYears { get; set; }
}

/// <summary>Source-generated (fast-path) metadata for <see cref="CaseDocument"/>: camelCase names as in the contract.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CaseDocument))]
public sealed partial class ContractJsonContext : JsonSerializerContext;
