namespace Insurance.Rules.Diagnostics;

/// <summary>
/// Event ids of the calculator's log messages, so a host can filter or alert on them (for example, alert when
/// <see cref="RegionFallback"/> shows a region the deployment was expected to cover with its own pack).
/// </summary>
public static class DiagnosticEvents
{
    /// <summary>Information: the calculator is built (pack count, user packs, rule count, language).</summary>
    public const int CalculatorBuilt = 4100;

    /// <summary>Debug: one region pack in use, with where it came from and how many keys it sets.</summary>
    public const int PackInUse = 4101;

    /// <summary>Information: a user pack file adds a region that is not shipped.</summary>
    public const int UserPackAdded = 4102;

    /// <summary>
    /// Warning: a user pack file overrides values of a shipped region (results report it as an assumption). Information
    /// when the override is a variant selected in the options.
    /// </summary>
    public const int UserPackOverride = 4103;

    /// <summary>Information: a pack variant chosen in the options was written as a generated user pack.</summary>
    public const int VariantApplied = 4104;

    /// <summary>Information: a region without a pack of its own was evaluated with a parent pack (logged once per region).</summary>
    public const int RegionFallback = 4105;

    /// <summary>Error: a pack file could not be loaded; the calculator is not built.</summary>
    public const int PackLoadFailed = 4106;
}
