using NodaTime;

namespace Insurance.Rules.Domain.Model;

/// <summary>The person a case is about.</summary>
public sealed class Participant
{
    /// <summary>Creates a participant.</summary>
    /// <param name="id">Caller's identifier, echoed as the result's <c>caseId</c>; may be null.</param>
    /// <param name="birthDate">Date of birth.</param>
    /// <param name="sex">Sex.</param>
    /// <param name="originalRetirementAge">50, 55 or 60 when stated; null for the FACTS CN-RETIRE-AGE default.</param>
    /// <param name="status">Situation on the evaluation date.</param>
    /// <param name="hukou">Household registration, when known.</param>
    /// <param name="residencePermitRegion">Region of a residence permit held, if any.</param>
    public Participant(
        string? id,
        LocalDate birthDate,
        Sex sex,
        int? originalRetirementAge,
        ParticipantStatus status,
        Hukou? hukou = null,
        string? residencePermitRegion = null)
    {
        if (originalRetirementAge is not null and not (50 or 55 or 60))
        {
            throw new ArgumentOutOfRangeException(nameof(originalRetirementAge), originalRetirementAge, "The original retirement age must be 50, 55 or 60.");
        }

        if (sex == Sex.Male && originalRetirementAge is 50 or 55)
        {
            throw new ArgumentOutOfRangeException(nameof(originalRetirementAge), originalRetirementAge, "The original retirement age for men is 60.");
        }

        Id = id;
        BirthDate = birthDate;
        Sex = sex;
        OriginalRetirementAge = originalRetirementAge;
        Status = status;
        Hukou = hukou;
        ResidencePermitRegion = residencePermitRegion;
    }

    /// <summary>Caller's identifier, echoed as <c>caseId</c>.</summary>
    public string? Id { get; }

    /// <summary>Date of birth.</summary>
    public LocalDate BirthDate { get; }

    /// <summary>Sex.</summary>
    public Sex Sex { get; }

    /// <summary>Stated original retirement age (50, 55 or 60), or null for the default.</summary>
    public int? OriginalRetirementAge { get; }

    /// <summary>Situation on the evaluation date.</summary>
    public ParticipantStatus Status { get; }

    /// <summary>Household registration, when known.</summary>
    public Hukou? Hukou { get; }

    /// <summary>Region of a residence permit held, if any.</summary>
    public string? ResidencePermitRegion { get; }
}
