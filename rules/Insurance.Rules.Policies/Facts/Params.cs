using Insurance.Rules.Domain.Packs;
using NodaTime;

namespace Insurance.Rules.Policies.Facts;

/// <summary>Reads pack values for rules, recording which values an outcome relied on.</summary>
public static class Params
{
    /// <summary>An integer value in force on <paramref name="on"/>, recorded in <paramref name="used"/>.</summary>
    /// <exception cref="PackValueMissingException">When no pack in the chain sets the key.</exception>
    public static int Int(CaseFact c, string key, LocalDate on, List<PackValue> used)
    {
        var v = c.Parameters.Require(key, on);
        used.Add(v);
        return Convert.ToInt32(v.Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An integer value in force on <paramref name="on"/>, or <paramref name="fallback"/> when unset.</summary>
    public static int IntOr(CaseFact c, string key, LocalDate on, int fallback)
        => c.Parameters.TryGetInt(key, on) ?? fallback;

    /// <summary>A string value in force on <paramref name="on"/>, or null when unset.</summary>
    public static string? Text(CaseFact c, string key, LocalDate on) => c.Parameters.TryGetString(key, on);

    /// <summary>A string value in force on <paramref name="on"/> recorded in <paramref name="used"/>, or <paramref name="fallback"/>.</summary>
    public static string TextOr(CaseFact c, string key, LocalDate on, string fallback, List<PackValue> used)
    {
        var v = c.Parameters.Find(key, on);
        if (v is null)
        {
            return fallback;
        }

        used.Add(v);
        return Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture) ?? fallback;
    }

    /// <summary>A boolean value in force on <paramref name="on"/>, or <paramref name="fallback"/> when unset.</summary>
    public static bool Flag(CaseFact c, string key, LocalDate on, bool fallback = false)
        => c.Parameters.TryGetBool(key, on) ?? fallback;
}
