namespace Insurance.Rules.Domain.Json;

/// <summary>What <see cref="ResultJson"/> writes beyond the normative fields.</summary>
public sealed class JsonWriteOptions
{
    /// <summary>Everything, timeline included.</summary>
    public static readonly JsonWriteOptions Default = new();

    /// <summary>
    /// Whether to write the month-by-month <c>timeline</c> (not normative; it can be long). Default true.
    /// </summary>
    public bool IncludeTimeline { get; init; } = true;
}
