using NodaTime;

namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// One effective-dated value of a key in one region pack, with the source it comes from. The effective range is
/// inclusive at both ends; an open end (<see cref="EffectiveTo"/> null) runs on indefinitely.
/// </summary>
public sealed class PackValue
{
    internal PackValue(
        string key,
        PackValueType type,
        object value,
        LocalDate effectiveFrom,
        LocalDate? effectiveTo,
        string source,
        string? note,
        string? assumption,
        string regionCode,
        string origin,
        int line,
        bool isUserSupplied,
        bool isUserOverride)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(regionCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        if (effectiveTo is { } to && to < effectiveFrom)
        {
            throw new ArgumentException("The effective range must not end before it starts.", nameof(effectiveTo));
        }

        Key = key;
        Type = type;
        Value = value;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Source = source;
        Note = note;
        Assumption = assumption;
        RegionCode = regionCode;
        Origin = origin;
        Line = line;
        IsUserSupplied = isUserSupplied;
        IsUserOverride = isUserOverride;
    }

    /// <summary>The catalogue key, e.g. <c>gap.flexible.rule</c>.</summary>
    public string Key { get; }

    /// <summary>The value's type (fixed by the catalogue).</summary>
    public PackValueType Type { get; }

    /// <summary>
    /// The value: <see cref="string"/>, <see cref="int"/>, <see cref="decimal"/>, <see cref="bool"/>,
    /// <see cref="LocalDate"/>, <see cref="IReadOnlyDictionary{TKey, TValue}"/> of strings, or
    /// <see cref="IReadOnlyList{T}"/> of strings, according to <see cref="Type"/>.
    /// </summary>
    public object Value { get; }

    /// <summary>First day the value is in force (inclusive).</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>Last day the value is in force (inclusive); null when open-ended.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>Where the value comes from (document, article, seed), as FACTS.md names it.</summary>
    public string Source { get; }

    /// <summary>Free-text note from the pack author, or null.</summary>
    public string? Note { get; }

    /// <summary>
    /// An assumption code when the value itself is a default reading or rests on a weak source; a result that relies
    /// on the value must report it. Null when the value is taken as stated.
    /// </summary>
    public string? Assumption { get; }

    /// <summary>The region code of the pack that holds the value.</summary>
    public string RegionCode { get; }

    /// <summary>The file the value was read from: <c>embedded:420500.yaml</c> or the user file's path.</summary>
    public string Origin { get; }

    /// <summary>The 1-based line of the entry in its file.</summary>
    public int Line { get; }

    /// <summary>True when the value comes from a user pack file rather than the packs shipped in the assembly.</summary>
    public bool IsUserSupplied { get; }

    /// <summary>
    /// True when the value comes from a user pack file that overrides a shipped region (its entries replaced the
    /// shipped entries of this key).
    /// </summary>
    public bool IsUserOverride { get; }

    /// <summary>The effective range as text, e.g. <c>2015-01-01..open</c>.</summary>
    public string RangeText => FormatRange(EffectiveFrom, EffectiveTo);

    /// <summary>True when <paramref name="date"/> lies within the inclusive effective range.</summary>
    /// <param name="date">The date to test.</param>
    public bool IsInForceOn(LocalDate date) => EffectiveFrom <= date && (EffectiveTo is not { } to || date <= to);

    /// <inheritdoc />
    public override string ToString() => $"{RegionCode} {Key} = {FormatValue(Value)} [{RangeText}] ({Source})";

    internal bool Overlaps(PackValue other)
        => EffectiveFrom <= (other.EffectiveTo ?? LocalDate.MaxIsoValue)
           && other.EffectiveFrom <= (EffectiveTo ?? LocalDate.MaxIsoValue);

    internal PackValue AsUserOverride()
        => new(Key, Type, Value, EffectiveFrom, EffectiveTo, Source, Note, Assumption, RegionCode, Origin, Line,
            isUserSupplied: true, isUserOverride: true);

    internal static string FormatRange(LocalDate from, LocalDate? to)
        => $"{Iso(from)}..{(to is { } t ? Iso(t) : "open")}";

    internal static string FormatValue(object value) => value switch
    {
        IReadOnlyDictionary<string, string> map => "{" + string.Join(", ", map.Select(kv => $"{kv.Key}: {kv.Value}")) + "}",
        IReadOnlyList<string> list => "[" + string.Join(", ", list) + "]",
        LocalDate d => Iso(d),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    internal static string Iso(LocalDate d) => Json.IsoText.Date(d);
}
