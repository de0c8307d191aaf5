using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Pipeline;

/// <summary>Turns step and assumption arguments into culture-invariant text for the catalogue.</summary>
internal static class TextArgs
{
    /// <summary>A new dictionary (the caller may add to it) with <c>where</c> and the arguments as text.</summary>
    public static Dictionary<string, object?> For(IReadOnlyDictionary<string, object?>? args, string? where = null)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal) { ["where"] = where ?? string.Empty };
        if (args is null)
        {
            return result;
        }

        foreach (var (key, value) in args)
        {
            result[key] = value switch
            {
                LocalDate d => LocalDatePattern.Iso.Format(d),
                YearMonth m => YearMonthPattern.Iso.Format(m),
                null => string.Empty,
                _ => value,
            };
        }

        return result;
    }
}
