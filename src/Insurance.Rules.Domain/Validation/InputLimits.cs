using NodaTime;

namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// Bounds on what one input document may ask of the reader, so that hostile or broken input costs bounded
/// work. Exceeding a limit is an input error (<see cref="ErrorCodes.LimitExceeded"/>) with a path, never
/// an exception.
/// </summary>
public sealed record InputLimits
{
    private readonly int maxDocumentBytes = 1024 * 1024;
    private readonly int maxDepth = 32;
    private readonly int maxStringLength = 256;
    private readonly int maxContributions = 5000;
    private readonly int maxEvents = 1000;
    private readonly int maxExpandedMonths = 2400;
    private readonly int maxErrors = 1000;

    /// <summary>The default limits (see each property for its value).</summary>
    public static readonly InputLimits Default = new();

    /// <summary>Largest document in UTF-8 bytes; default 1 MiB (1,048,576).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set outside 1–268435456.</exception>
    public int MaxDocumentBytes
    {
        get => maxDocumentBytes;
        init => maxDocumentBytes = InRange(value, 1, 268435456);
    }

    /// <summary>Deepest nesting of objects and arrays; default 32 (a valid case needs 3).</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set outside 1–4096.</exception>
    public int MaxDepth
    {
        get => maxDepth;
        init => maxDepth = InRange(value, 1, 4096);
    }

    /// <summary>Longest string value or property name, in UTF-16 code units; default 256.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set outside 1–1048576.</exception>
    public int MaxStringLength
    {
        get => maxStringLength;
        init => maxStringLength = InRange(value, 1, 1048576);
    }

    /// <summary>Most contribution records; default 5,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set outside 0–10000000.</exception>
    public int MaxContributions
    {
        get => maxContributions;
        init => maxContributions = InRange(value, 0, 10000000);
    }

    /// <summary>Most events; default 1,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">When set outside 0–10000000.</exception>
    public int MaxEvents
    {
        get => maxEvents;
        init => maxEvents = InRange(value, 0, 10000000);
    }

    /// <summary>
    /// Most months all contribution records cover together (a range counts every month in it); default
    /// 2,400 (200 years).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When set outside 0–10000000.</exception>
    public int MaxExpandedMonths
    {
        get => maxExpandedMonths;
        init => maxExpandedMonths = InRange(value, 0, 10000000);
    }

    /// <summary>Earliest date (and month) accepted anywhere in a case; default 1900-01-01.</summary>
    public LocalDate MinDate { get; init; } = new(1900, 1, 1);

    /// <summary>Latest date (and month) accepted anywhere in a case; default 2100-12-31.</summary>
    public LocalDate MaxDate { get; init; } = new(2100, 12, 31);

    /// <summary>
    /// Most errors reported for one document; default 1,000. Past it one more error says the list was cut,
    /// so a huge broken document cannot produce an unbounded report.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">When set outside 1–10000000.</exception>
    public int MaxErrors
    {
        get => maxErrors;
        init => maxErrors = InRange(value, 1, 10000000);
    }

    private static int InRange(int value, int min, int max, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, min, name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, max, name);
        return value;
    }
}
