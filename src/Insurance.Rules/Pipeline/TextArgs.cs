namespace Insurance.Rules.Pipeline;

/// <summary>Step and assumption arguments for the catalogue, which writes each as culture-invariant text.</summary>
internal static class TextArgs
{
    /// <summary>A new dictionary (the caller may add to it) with <c>where</c> and the arguments (null as empty text).</summary>
    public static Dictionary<string, object?> For(IReadOnlyDictionary<string, object?>? args, string? where = null)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["where"] = where ?? string.Empty };
        if (args is null)
        {
            return result;
        }

        foreach (var (key, value) in args)
        {
            // Dates and months stay values: the catalogue writes them as ISO text itself.
            result[key] = value ?? string.Empty;
        }

        return result;
    }
}
