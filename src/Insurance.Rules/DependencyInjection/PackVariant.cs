namespace Insurance.Rules.DependencyInjection;

/// <summary>
/// One pack variant: a string-valued pack key set to another of its allowed values for one region, e.g.
/// <c>yc.variant = 2022</c> for Yichang. The value replaces the region's entries of the key over the same effective
/// ranges.
/// </summary>
public sealed record PackVariant
{
    /// <summary>Creates a variant.</summary>
    /// <param name="key">A string-valued key of the pack key catalogue, e.g. <c>yc.variant</c>.</param>
    /// <param name="value">The value to use, e.g. <c>excludePaymentMonth</c>.</param>
    /// <param name="region">Region code or alias whose pack gets the value; null for the one pack that sets the key.</param>
    /// <exception cref="ArgumentException">When the key or value is blank, or the region is given but blank.</exception>
    public PackVariant(string key, string value, string? region = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (region is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(region);
        }

        Key = key.Trim();
        Value = value.Trim();
        Region = region?.Trim();
    }

    /// <summary>The pack key.</summary>
    public string Key { get; }

    /// <summary>The value selected.</summary>
    public string Value { get; }

    /// <summary>Region code or alias; null for the one pack that sets the key.</summary>
    public string? Region { get; }

    /// <summary>
    /// Parses <c>key=value</c> or <c>region:key=value</c> (as given on a command line or in configuration), e.g.
    /// <c>yc.variant=2022</c> or <c>420500:yc.variant=excludePaymentMonth</c>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <exception cref="FormatException">When the text is not in one of those forms.</exception>
    public static PackVariant Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || equals == text.Length - 1)
        {
            throw new FormatException($"'{text}' is not a pack variant: write key=value or region:key=value (e.g. yc.variant=2022).");
        }

        var left = text[..equals].Trim();
        var value = text[(equals + 1)..].Trim();
        var colon = left.IndexOf(':', StringComparison.Ordinal);
        var region = colon < 0 ? null : left[..colon].Trim();
        var key = colon < 0 ? left : left[(colon + 1)..].Trim();
        if (key.Length == 0 || value.Length == 0 || (region is not null && region.Length == 0))
        {
            throw new FormatException($"'{text}' is not a pack variant: write key=value or region:key=value (e.g. yc.variant=2022).");
        }

        return new PackVariant(key, value, region);
    }

    /// <inheritdoc />
    public override string ToString() => Region is null ? $"{Key}={Value}" : $"{Region}:{Key}={Value}";
}
