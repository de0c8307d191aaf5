namespace Insurance.Rules.PayrollIntegration;

/// <summary>The columns of the employee CSV (docs/payroll.md describes each). Names are matched case-insensitively.</summary>
public static class EmployeeColumns
{
    /// <summary>Payroll id; echoed as the case id. Required, unique.</summary>
    public const string EmployeeId = "employeeId";

    /// <summary>Display name (only copied to the work list).</summary>
    public const string Name = "name";

    /// <summary>Date of birth, yyyy-MM-dd. Required.</summary>
    public const string BirthDate = "birthDate";

    /// <summary><c>male</c>/<c>female</c> (also <c>m</c>/<c>f</c>, 男/女). Required.</summary>
    public const string Sex = "sex";

    /// <summary>Pooling-area code or pack alias; empty for the <c>--region</c> default.</summary>
    public const string Region = "region";

    /// <summary>First month the employer paid for this person, yyyy-MM. Required.</summary>
    public const string FirstPaidMonth = "firstPaidMonth";

    /// <summary>Last month paid, yyyy-MM. Required.</summary>
    public const string LastPaidMonth = "lastPaidMonth";

    /// <summary>Months in between that were not paid, yyyy-MM separated by <c>;</c>. Optional.</summary>
    public const string MissingMonths = "missingMonths";

    /// <summary>Who paid: <c>employer</c> (default) or <c>individual</c>. Optional.</summary>
    public const string Payer = "payer";

    /// <summary>Date employment ended, yyyy-MM-dd. Optional.</summary>
    public const string LeftOn = "leftOn";

    /// <summary>Date the employer stopped paying while the person stayed employed. Optional.</summary>
    public const string EmployerStoppedOn = "employerStoppedOn";

    /// <summary>Participant status on the evaluation date (contract values, e.g. <c>employed</c>, <c>flexible</c>). Required.</summary>
    public const string Status = "status";

    /// <summary>Hukou region code. Optional.</summary>
    public const string HukouRegion = "hukouRegion";

    /// <summary><c>agricultural</c>/<c>nonAgricultural</c> (also 农业/非农业). Optional.</summary>
    public const string HukouType = "hukouType";

    /// <summary>Date the person intends to pay an open gap, yyyy-MM-dd. Optional (default: the evaluation date).</summary>
    public const string PlannedPayOn = "plannedPayOn";

    /// <summary>Original statutory retirement age (50, 55 or 60). Optional.</summary>
    public const string OriginalRetirementAge = "originalRetirementAge";

    /// <summary>Columns every file must have.</summary>
    public static IReadOnlyList<string> Required { get; } = [EmployeeId, BirthDate, Sex, FirstPaidMonth, LastPaidMonth, Status];

    /// <summary>Every column the reader understands, in the documented order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        EmployeeId, Name, BirthDate, Sex, Region, FirstPaidMonth, LastPaidMonth, MissingMonths, Payer, LeftOn, EmployerStoppedOn,
        Status, HukouRegion, HukouType, PlannedPayOn, OriginalRetirementAge,
    ];
}
