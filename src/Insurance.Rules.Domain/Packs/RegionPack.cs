namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// A region's parameter pack: identity, parent, aliases and effective-dated values by key. Values not set here fall
/// through to the parent (see <see cref="RegionParameters"/>).
/// </summary>
public sealed class RegionPack
{
    private readonly Dictionary<string, IReadOnlyList<PackValue>> lookup;

    internal RegionPack(
        string code,
        string name,
        string nameEn,
        string? parent,
        IReadOnlyList<string> aliases,
        string origin,
        IReadOnlyList<string> overriddenBy,
        IReadOnlyDictionary<string, IReadOnlyList<PackValue>> values)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(nameEn);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        ArgumentNullException.ThrowIfNull(overriddenBy);
        ArgumentNullException.ThrowIfNull(values);
        if ((code == RegionCodes.National) != (parent is null))
        {
            throw new ArgumentException("Only the CN pack has no parent.", nameof(parent));
        }

        Code = code;
        Name = name;
        NameEn = nameEn;
        Parent = parent;
        Aliases = aliases;
        Origin = origin;
        OverriddenBy = overriddenBy;
        Values = values;

        // Rules look values up by key many times per evaluation: a hash lookup, beside the ordered view.
        lookup = new Dictionary<string, IReadOnlyList<PackValue>>(values.Count, StringComparer.Ordinal);
        foreach (var (key, entries) in values)
        {
            lookup.Add(key, entries);
        }
    }

    /// <summary>The region code: <c>CN</c> or six digits.</summary>
    public string Code { get; }

    /// <summary>The Chinese name, e.g. 宜昌市.</summary>
    public string Name { get; }

    /// <summary>The English name, e.g. Yichang.</summary>
    public string NameEn { get; }

    /// <summary>The parent pack's code; null only for <c>CN</c>.</summary>
    public string? Parent { get; }

    /// <summary>Lower-case aliases (pinyin) that resolve to <see cref="Code"/>.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Where the pack was first defined: <c>embedded:420500.yaml</c> or a user file's path.</summary>
    public string Origin { get; }

    /// <summary>User pack files that were merged into this shipped pack, in load order; empty when none.</summary>
    public IReadOnlyList<string> OverriddenBy { get; }

    /// <summary>Values by key (ordinal key order); each list is ordered by <see cref="PackValue.EffectiveFrom"/>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<PackValue>> Values { get; }

    /// <summary>The entries of <paramref name="key"/>, by hash lookup.</summary>
    internal bool TryGetEntries(string key, out IReadOnlyList<PackValue> entries)
        => lookup.TryGetValue(key, out entries!);

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Name} ({NameEn})";
}
