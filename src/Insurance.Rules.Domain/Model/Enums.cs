namespace Insurance.Rules.Domain.Model;

/// <summary>Sex of a participant, as the retirement-age rules need it.</summary>
public enum Sex
{
    /// <summary>Male.</summary>
    Male = 1,

    /// <summary>Female.</summary>
    Female = 2,
}

/// <summary>A participant's situation on the evaluation date (CONTRACT.md <c>participant.status</c>).</summary>
public enum ParticipantStatus
{
    /// <summary>Working for an employer that pays the employee scheme.</summary>
    Employed = 1,

    /// <summary>Flexible worker (灵活就业人员) paying the employee scheme personally.</summary>
    Flexible = 2,

    /// <summary>Out of work and not drawing unemployment benefit.</summary>
    Unemployed = 3,

    /// <summary>Drawing unemployment benefit (失业保险金); the fund pays the premium.</summary>
    UnemployedWithBenefits = 4,

    /// <summary>Retired.</summary>
    Retired = 5,

    /// <summary>Student (resident scheme).</summary>
    Student = 6,

    /// <summary>Child (resident scheme).</summary>
    Child = 7,

    /// <summary>Newborn (resident scheme, newborn window).</summary>
    Newborn = 8,

    /// <summary>Urban or rural resident in the resident scheme.</summary>
    Resident = 9,
}

/// <summary>Household-registration (户籍) type.</summary>
public enum HukouType
{
    /// <summary>Agricultural hukou (农业户口).</summary>
    Agricultural = 1,

    /// <summary>Non-agricultural hukou (非农业户口).</summary>
    NonAgricultural = 2,
}

/// <summary>Medical-insurance scheme.</summary>
public enum Scheme
{
    /// <summary>职工基本医疗保险 (insurance-type code 310); flexible workers pay it themselves.</summary>
    Employee = 1,

    /// <summary>城乡居民基本医疗保险 (insurance-type code 390), paid per insurance year.</summary>
    Resident = 2,
}

/// <summary>Who paid an employee-scheme contribution.</summary>
public enum Payer
{
    /// <summary>The employer.</summary>
    Employer = 1,

    /// <summary>The person (flexible worker or personal continuation).</summary>
    Individual = 2,

    /// <summary>The unemployment-insurance fund, for a person drawing unemployment benefit.</summary>
    UnemploymentFund = 3,
}

/// <summary>Kinds of life and employment events a case may carry.</summary>
public enum CaseEventType
{
    /// <summary>A job started.</summary>
    EmploymentStarted = 1,

    /// <summary>A job ended.</summary>
    EmploymentEnded = 2,

    /// <summary>Unemployment benefit started.</summary>
    UnemploymentBenefitsStarted = 3,

    /// <summary>Unemployment benefit ended.</summary>
    UnemploymentBenefitsEnded = 4,

    /// <summary>The employer stopped paying contributions (arrears).</summary>
    EmployerStoppedPaying = 5,

    /// <summary>The employer paid its arrears.</summary>
    ArrearsPaid = 6,

    /// <summary>The person moved into the region.</summary>
    MovedIn = 7,

    /// <summary>The person was born (newborn cases).</summary>
    Born = 8,

    /// <summary>The person retired.</summary>
    Retired = 9,
}
