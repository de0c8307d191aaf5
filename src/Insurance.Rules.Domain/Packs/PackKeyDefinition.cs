using System.Text.RegularExpressions;

namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// One entry of the key catalogue: a value key, the type every value under it must have, and what it means.
/// A pack may only use keys the catalogue defines, so a typo is a load error rather than a silently ignored value.
/// </summary>
public sealed class PackKeyDefinition
{
    private Regex? itemRegex;

    /// <summary>Creates a key definition.</summary>
    /// <param name="key">The dotted key, e.g. <c>gap.flexible.rule</c>.</param>
    /// <param name="type">The type every value must have.</param>
    /// <param name="description">What the value means, how it is counted and on which date it is looked up.</param>
    /// <param name="allowedValues">For strings and list items: the only values accepted (empty = any).</param>
    /// <param name="itemPattern">For strings and list items: a regular expression the text must match (null = any).</param>
    /// <param name="mapKeys">For maps: the exact key set, each with its pattern.</param>
    /// <exception cref="ArgumentException">When map keys are given for a non-map type or missing for a map.</exception>
    public PackKeyDefinition(
        string key,
        PackValueType type,
        string description,
        IEnumerable<string>? allowedValues = null,
        string? itemPattern = null,
        IEnumerable<PackMapKey>? mapKeys = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        var maps = mapKeys?.ToArray() ?? [];
        if ((type == PackValueType.Map) != (maps.Length > 0))
        {
            throw new ArgumentException("Map keys are required for map values and only for them.", nameof(mapKeys));
        }

        var allowed = allowedValues?.ToArray() ?? [];
        if (allowed.Length > 0 && type is not (PackValueType.String or PackValueType.List))
        {
            throw new ArgumentException("Allowed values apply to string and list values only.", nameof(allowedValues));
        }

        Key = key;
        Type = type;
        Description = description;
        AllowedValues = allowed;
        ItemPattern = itemPattern;
        MapKeys = maps;
    }

    /// <summary>The dotted key, e.g. <c>gap.flexible.rule</c>.</summary>
    public string Key { get; }

    /// <summary>The type every value under this key must have.</summary>
    public PackValueType Type { get; }

    /// <summary>What the value means, how it is counted and on which date it is looked up.</summary>
    public string Description { get; }

    /// <summary>For strings and list items: the only values accepted; empty when any value is accepted.</summary>
    public IReadOnlyList<string> AllowedValues { get; }

    /// <summary>For strings and list items: the regular expression the text must match, or null.</summary>
    public string? ItemPattern { get; }

    /// <summary>For maps: the exact set of keys the map must have; empty for other types.</summary>
    public IReadOnlyList<PackMapKey> MapKeys { get; }

    // Built on first use: only reading a pack file checks items, and evaluating a case never does.
    internal Regex? ItemRegex => ItemPattern is null ? null : itemRegex ??= new Regex("^(?:" + ItemPattern + ")$", RegexOptions.CultureInvariant);
}
