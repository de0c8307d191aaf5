using NodaTime;

namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// Bounds on what one input document may ask of the reader, so that hostile or broken input costs bounded
/// work. Exceeding a limit is an input error (<see cref="ErrorCodes.LimitExceeded"/>) with a path, never
/// an exception.
/// </summary>
public sealed record InputLimits
{
    /// <summary>The default limits (see each property for its value).</summary>
    public static readonly InputLimits Default = new();

    /// <summary>Largest document in UTF-8 bytes; default 1 MiB (1,048,576).</summary>
    public int MaxDocumentBytes { get; init; } = 1024 * 1024;

    /// <summary>Deepest nesting of objects and arrays; default 32 (a valid case needs 3).</summary>
    public int MaxDepth { get; init; } = 32;

    /// <summary>Longest string value or property name, in UTF-16 code units; default 256.</summary>
    public int MaxStringLength { get; init; } = 256;

    /// <summary>Most contribution records; default 5,000.</summary>
    public int MaxContributions { get; init; } = 5000;

    /// <summary>Most events; default 1,000.</summary>
    public int MaxEvents { get; init; } = 1000;

    /// <summary>
    /// Most months all contribution records cover together (a range counts every month in it); default
    /// 2,400 (200 years).
    /// </summary>
    public int MaxExpandedMonths { get; init; } = 2400;

    /// <summary>Earliest date (and month) accepted anywhere in a case; default 1900-01-01.</summary>
    public LocalDate MinDate { get; init; } = new(1900, 1, 1);

    /// <summary>Latest date (and month) accepted anywhere in a case; default 2100-12-31.</summary>
    public LocalDate MaxDate { get; init; } = new(2100, 12, 31);

    /// <summary>
    /// Most errors reported for one document; default 1,000. Past it one more error says the list was cut,
    /// so a huge broken document cannot produce an unbounded report.
    /// </summary>
    public int MaxErrors { get; init; } = 1000;
}
