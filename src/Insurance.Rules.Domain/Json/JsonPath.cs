namespace Insurance.Rules.Domain.Json;

/// <summary>Builds the JSON paths of input errors: <c>$</c>, <c>participant.birthDate</c>, <c>contributions[2].month</c>.</summary>
internal static class JsonPath
{
    /// <summary>The document itself.</summary>
    public const string Root = "$";

    /// <summary>The path of property <paramref name="name"/> of the object at <paramref name="parent"/>.</summary>
    /// <remarks>Names that are not simple identifiers use bracket notation (<c>['a.b']</c>) so paths stay unambiguous.</remarks>
    public static string Property(string parent, string name)
    {
        if (IsIdentifier(name))
        {
            return parent == Root ? name : parent + "." + name;
        }

        var quoted = "['" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "']";
        return parent == Root ? "$" + quoted : parent + quoted;
    }

    /// <summary>The path of element <paramref name="index"/> of the array at <paramref name="parent"/>.</summary>
    public static string Index(string parent, int index) => parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
