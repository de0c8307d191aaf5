using NodaTime;

namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// The parameters that apply to one requested region: its pack chain (city → province → CN) and value-in-force
/// lookups along it. The first pack in the chain that has an entry for the key in force on the date wins; a pack
/// that has the key but no entry in force on that date is passed over.
/// </summary>
public sealed class RegionParameters
{
    internal RegionParameters(string requestedCode, IReadOnlyList<RegionPack> chain, string? fallbackFrom)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedCode);
        ArgumentNullException.ThrowIfNull(chain);
        if (chain.Count == 0 || chain[^1].Code != RegionCodes.National)
        {
            throw new ArgumentException("A pack chain ends with the CN pack.", nameof(chain));
        }

        RequestedCode = requestedCode;
        Chain = chain;
        FallbackFrom = fallbackFrom;

        // Every key a pack of the chain sets, with its entries in chain order (so the first in force is the one the
        // chain gives) and its catalogue definition: a value asked for costs one hash lookup, not one per pack in the
        // chain plus one in the catalogue. Rules ask for dozens per evaluation.
        var merged = new Dictionary<string, List<PackValue>>(StringComparer.Ordinal);
        for (var p = 0; p < chain.Count; p++)
        {
            foreach (var (key, entries) in chain[p].Values)
            {
                if (!merged.TryGetValue(key, out var list))
                {
                    merged.Add(key, list = new List<PackValue>(entries.Count));
                }

                list.AddRange(entries);
            }
        }

        byKey = new Dictionary<string, KeyEntries>(merged.Count, StringComparer.Ordinal);
        foreach (var (key, list) in merged)
        {
            byKey.Add(key, new KeyEntries(PackKeyCatalogue.TryGet(key, out var definition) ? definition : null, [.. list]));
        }
    }

    private readonly Dictionary<string, KeyEntries> byKey;

    /// <summary>The region code asked for (an alias already resolved to its code).</summary>
    public string RequestedCode { get; }

    /// <summary>The code of the first pack in the chain: the requested region's own pack, or its fallback.</summary>
    public string RegionCode => Chain[0].Code;

    /// <summary>The packs searched, in order: the region (or fallback) pack, its parents, ending with <c>CN</c>.</summary>
    public IReadOnlyList<RegionPack> Chain { get; }

    /// <summary>
    /// The requested code when it has no pack of its own and the province or national pack stands in for it (a result
    /// must report this as an assumption); null when the region has its own pack.
    /// </summary>
    public string? FallbackFrom { get; }

    /// <summary>True when the requested region has no pack of its own (<see cref="FallbackFrom"/> is set).</summary>
    public bool IsFallback => FallbackFrom is not null;

    /// <summary>The value of <paramref name="key"/> in force on <paramref name="on"/>, or null when no pack in the chain sets one.</summary>
    /// <param name="key">A catalogue key (see <see cref="PackKeys"/>).</param>
    /// <param name="on">The date the value must be in force on.</param>
    /// <exception cref="ArgumentException">When <paramref name="key"/> is not in the catalogue.</exception>
    public PackValue? Find(string key, LocalDate on)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!byKey.TryGetValue(key, out var entries) || entries.Definition is null)
        {
            PackKeyCatalogue.Get(key);
        }

        return entries is null ? null : InForce(entries, on);
    }

    // The first entry in force on the date, in chain order.
    private static PackValue? InForce(KeyEntries key, LocalDate on)
    {
        var entries = key.Entries;
        for (var i = 0; i < entries.Length; i++)
        {
            if (entries[i].IsInForceOn(on))
            {
                return entries[i];
            }
        }

        return null;
    }

    /// <summary>The value of <paramref name="key"/> in force on <paramref name="on"/>.</summary>
    /// <param name="key">A catalogue key.</param>
    /// <param name="on">The date the value must be in force on.</param>
    /// <exception cref="PackValueMissingException">When no pack in the chain sets a value in force on that date.</exception>
    /// <exception cref="ArgumentException">When <paramref name="key"/> is not in the catalogue.</exception>
    public PackValue Require(string key, LocalDate on)
        => Find(key, on) ?? throw new PackValueMissingException(key, on, RequestedCode, Chain.Select(p => p.Code).ToArray());

    /// <summary>An int value in force on <paramref name="on"/>.</summary>
    /// <param name="key">A catalogue key of type int.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="PackValueMissingException">When no value is in force.</exception>
    /// <exception cref="ArgumentException">When the key is unknown or not an int key.</exception>
    public int GetInt(string key, LocalDate on) => (int)Typed(key, PackValueType.Int, on, required: true)!;

    /// <summary>A decimal value in force on <paramref name="on"/>.</summary>
    /// <param name="key">A catalogue key of type decimal.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="PackValueMissingException">When no value is in force.</exception>
    /// <exception cref="ArgumentException">When the key is unknown or not a decimal key.</exception>
    public decimal GetDecimal(string key, LocalDate on) => (decimal)Typed(key, PackValueType.Decimal, on, required: true)!;

    /// <summary>A bool value in force on <paramref name="on"/>.</summary>
    /// <param name="key">A catalogue key of type bool.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="PackValueMissingException">When no value is in force.</exception>
    /// <exception cref="ArgumentException">When the key is unknown or not a bool key.</exception>
    public bool GetBool(string key, LocalDate on) => (bool)Typed(key, PackValueType.Bool, on, required: true)!;

    /// <summary>A string value in force on <paramref name="on"/>.</summary>
    /// <param name="key">A catalogue key of type string.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="PackValueMissingException">When no value is in force.</exception>
    /// <exception cref="ArgumentException">When the key is unknown or not a string key.</exception>
    public string GetString(string key, LocalDate on) => (string)Typed(key, PackValueType.String, on, required: true)!;

    /// <summary>A date value in force on <paramref name="on"/>.</summary>
    /// <param name="key">A catalogue key of type date.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="PackValueMissingException">When no value is in force.</exception>
    /// <exception cref="ArgumentException">When the key is unknown or not a date key.</exception>
    public LocalDate GetDate(string key, LocalDate on) => (LocalDate)Typed(key, PackValueType.Date, on, required: true)!;

    /// <summary>A map value in force on <paramref name="on"/>.</summary>
    /// <param name="key">A catalogue key of type map.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="PackValueMissingException">When no value is in force.</exception>
    /// <exception cref="ArgumentException">When the key is unknown or not a map key.</exception>
    public IReadOnlyDictionary<string, string> GetMap(string key, LocalDate on)
        => (IReadOnlyDictionary<string, string>)Typed(key, PackValueType.Map, on, required: true)!;

    /// <summary>A list value in force on <paramref name="on"/>.</summary>
    /// <param name="key">A catalogue key of type list.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="PackValueMissingException">When no value is in force.</exception>
    /// <exception cref="ArgumentException">When the key is unknown or not a list key.</exception>
    public IReadOnlyList<string> GetList(string key, LocalDate on)
        => (IReadOnlyList<string>)Typed(key, PackValueType.List, on, required: true)!;

    /// <summary>An int value in force on <paramref name="on"/>, or null when none is set.</summary>
    /// <param name="key">A catalogue key of type int.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="ArgumentException">When the key is unknown or not an int key.</exception>
    public int? TryGetInt(string key, LocalDate on) => Typed(key, PackValueType.Int, on, required: false) is int value ? value : null;

    /// <summary>A decimal value in force on <paramref name="on"/>, or null when none is set.</summary>
    /// <param name="key">A catalogue key of type decimal.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="ArgumentException">When the key is unknown or not a decimal key.</exception>
    public decimal? TryGetDecimal(string key, LocalDate on) => Typed(key, PackValueType.Decimal, on, required: false) is decimal value ? value : null;

    /// <summary>A bool value in force on <paramref name="on"/>, or null when none is set.</summary>
    /// <param name="key">A catalogue key of type bool.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="ArgumentException">When the key is unknown or not a bool key.</exception>
    public bool? TryGetBool(string key, LocalDate on) => Typed(key, PackValueType.Bool, on, required: false) is bool value ? value : null;

    /// <summary>A string value in force on <paramref name="on"/>, or null when none is set.</summary>
    /// <param name="key">A catalogue key of type string.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="ArgumentException">When the key is unknown or not a string key.</exception>
    public string? TryGetString(string key, LocalDate on) => (string?)Typed(key, PackValueType.String, on, required: false);

    /// <summary>A date value in force on <paramref name="on"/>, or null when none is set.</summary>
    /// <param name="key">A catalogue key of type date.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="ArgumentException">When the key is unknown or not a date key.</exception>
    public LocalDate? TryGetDate(string key, LocalDate on) => (LocalDate?)Typed(key, PackValueType.Date, on, required: false);

    /// <summary>A map value in force on <paramref name="on"/>, or null when none is set.</summary>
    /// <param name="key">A catalogue key of type map.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="ArgumentException">When the key is unknown or not a map key.</exception>
    public IReadOnlyDictionary<string, string>? TryGetMap(string key, LocalDate on)
        => (IReadOnlyDictionary<string, string>?)Typed(key, PackValueType.Map, on, required: false);

    /// <summary>A list value in force on <paramref name="on"/>, or null when none is set.</summary>
    /// <param name="key">A catalogue key of type list.</param>
    /// <param name="on">The date.</param>
    /// <exception cref="ArgumentException">When the key is unknown or not a list key.</exception>
    public IReadOnlyList<string>? TryGetList(string key, LocalDate on)
        => (IReadOnlyList<string>?)Typed(key, PackValueType.List, on, required: false);

    /// <inheritdoc />
    public override string ToString()
        => $"{RequestedCode}: {string.Join(" -> ", Chain.Select(p => p.Code))}{(IsFallback ? " (fallback)" : string.Empty)}";

    private object? Typed(string key, PackValueType expected, LocalDate on, bool required)
    {
        ArgumentNullException.ThrowIfNull(key);
        var entries = byKey.GetValueOrDefault(key);
        var definition = entries?.Definition ?? PackKeyCatalogue.Get(key);
        if (definition.Type != expected)
        {
            throw new ArgumentException(
                $"'{key}' holds {definition.Type.ToString().ToLowerInvariant()} values, not {expected.ToString().ToLowerInvariant()}.",
                nameof(key));
        }

        var value = entries is null ? null : InForce(entries, on);
        if (value is null && required)
        {
            return Require(key, on).Value;
        }

        return value?.Value;
    }

    // A key's entries along the chain, and its catalogue definition (null for a key the catalogue does not know, which
    // a lookup then reports as the catalogue does).
    private sealed record KeyEntries(PackKeyDefinition? Definition, PackValue[] Entries);
}
