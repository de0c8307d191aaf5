namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// The stable codes of <see cref="InputError"/>. Codes never change meaning; new ones may be added.
/// docs/contract.md lists them with examples.
/// </summary>
public static class ErrorCodes
{
    /// <summary>The document is not well-formed JSON (the message gives line and byte).</summary>
    public const string JsonSyntax = "json.syntax";

    /// <summary>The document is not valid UTF-8 (the message gives the byte offset).</summary>
    public const string JsonEncoding = "json.encoding";

    /// <summary>A required field is missing or null.</summary>
    public const string FieldRequired = "field.required";

    /// <summary>A field the contract does not define (typos are caught, not ignored).</summary>
    public const string FieldUnknown = "field.unknown";

    /// <summary>The same field appears twice in one object.</summary>
    public const string FieldDuplicate = "field.duplicate";

    /// <summary>A value of the wrong JSON type (e.g. a number where a string is expected).</summary>
    public const string FieldType = "field.type";

    /// <summary>A date not written as <c>YYYY-MM-DD</c>.</summary>
    public const string DateFormat = "date.format";

    /// <summary>A date written correctly that does not exist (<c>2025-02-30</c>).</summary>
    public const string DateInvalid = "date.invalid";

    /// <summary>A month not written as <c>YYYY-MM</c>.</summary>
    public const string MonthFormat = "month.format";

    /// <summary>A month written correctly that does not exist (<c>2025-13</c>).</summary>
    public const string MonthInvalid = "month.invalid";

    /// <summary>A value not in an enumeration (the message lists the allowed values).</summary>
    public const string EnumUnknown = "enum.unknown";

    /// <summary>A range whose <c>to</c> is before its <c>from</c>.</summary>
    public const string RangeReversed = "range.reversed";

    /// <summary>A contribution record with none, or more than one, of <c>month</c>, <c>from</c>+<c>to</c>, <c>year</c>.</summary>
    public const string RecordShape = "record.shape";

    /// <summary>A <c>year</c> record whose scheme is not <c>resident</c>.</summary>
    public const string RecordYearNotResident = "record.yearNotResident";

    /// <summary>A <c>payer</c> on a resident-scheme record.</summary>
    public const string RecordPayerNotAllowed = "record.payerNotAllowed";

    /// <summary>A region that is neither <c>CN</c>, a valid six-digit code, nor a known alias.</summary>
    public const string RegionUnknown = "region.unknown";

    /// <summary>A six-digit region code whose first two digits are not a province-level code.</summary>
    public const string RegionInvalid = "region.invalid";

    /// <summary>The birth date is after <c>asOf</c>.</summary>
    public const string BirthDateAfterAsOf = "birthDate.afterAsOf";

    /// <summary>A count that must not be negative is negative.</summary>
    public const string NumberNegative = "number.negative";

    /// <summary>A number outside its allowed range (the message gives the range).</summary>
    public const string NumberOutOfRange = "number.outOfRange";

    /// <summary><c>originalRetirementAge</c> is not 50, 55 or 60.</summary>
    public const string RetirementAgeInvalid = "retirementAge.invalid";

    /// <summary><c>originalRetirementAge</c> is 50 or 55 for a man (men's original age is 60).</summary>
    public const string RetirementAgeMale = "retirementAge.male";

    /// <summary>An <see cref="InputLimits"/> bound is exceeded (size, depth, length, count, date range, errors).</summary>
    public const string LimitExceeded = "limit.exceeded";
}
