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

        if (args is Dictionary<string, object?> dictionary)
        {
            // The usual kind: its own enumerator is a struct, the interface's is an object per call.
            foreach (var (key, value) in dictionary)
            {
                // Dates and months stay values: the catalogue writes them as ISO text itself.
                result[key] = value ?? string.Empty;
            }
        }
        else
        {
            foreach (var (key, value) in args)
            {
                result[key] = value ?? string.Empty;
            }
        }

        return result;
    }
}
