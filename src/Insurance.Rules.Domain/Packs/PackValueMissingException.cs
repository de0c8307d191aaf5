using NodaTime;

namespace Insurance.Rules.Domain.Packs;

/// <summary>A required pack value is not set for a date in any pack of a region's chain.</summary>
public sealed class PackValueMissingException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The key looked up.</param>
    /// <param name="on">The date it was looked up for.</param>
    /// <param name="requestedCode">The region code asked for.</param>
    /// <param name="chain">The pack codes searched, in order.</param>
    public PackValueMissingException(string key, LocalDate on, string requestedCode, IReadOnlyList<string> chain)
        : base($"No value for '{key}' is in force on {NodaTime.Text.LocalDatePattern.Iso.Format(on)} for region "
               + $"{requestedCode} (searched {string.Join(" -> ", chain)}).")
    {
        Key = key;
        On = on;
        RequestedCode = requestedCode;
        Chain = chain;
    }

    /// <summary>The key looked up.</summary>
    public string Key { get; }

    /// <summary>The date it was looked up for.</summary>
    public LocalDate On { get; }

    /// <summary>The region code asked for.</summary>
    public string RequestedCode { get; }

    /// <summary>The pack codes searched, in order.</summary>
    public IReadOnlyList<string> Chain { get; }
}
