using System.Text.RegularExpressions;

namespace Insurance.Rules.Domain.Packs;

/// <summary>One key of a <see cref="PackValueType.Map"/> value: its name, the pattern its text must match, and what it means.</summary>
public sealed class PackMapKey
{
    private Regex? regex;

    /// <summary>Creates a map-key definition.</summary>
    /// <param name="name">The key as written in the pack.</param>
    /// <param name="pattern">A regular expression the whole value text must match.</param>
    /// <param name="description">What the entry means.</param>
    public PackMapKey(string name, string pattern, string description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Name = name;
        Pattern = pattern;
        Description = description;
    }

    /// <summary>The key as written in the pack.</summary>
    public string Name { get; }

    /// <summary>The regular expression the value text must match (anchored at both ends).</summary>
    public string Pattern { get; }

    /// <summary>What the entry means.</summary>
    public string Description { get; }

    // Built on first use: only reading a pack file checks patterns, and evaluating a case never does.
    internal Regex Regex => regex ??= new Regex("^(?:" + Pattern + ")$", RegexOptions.CultureInvariant);
}
