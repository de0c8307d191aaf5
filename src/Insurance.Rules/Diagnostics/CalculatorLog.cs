using Insurance.Rules.Domain.Text;
using Microsoft.Extensions.Logging;

namespace Insurance.Rules.Diagnostics;

/// <summary>
/// The calculator's log messages. Source-generated so that a disabled level costs a level check and nothing else;
/// the fallback message sits on the evaluation path.
/// </summary>
internal static partial class CalculatorLog
{
    private const string EmbeddedPrefix = "embedded:";

    /// <summary>File-name ending of the packs generated from <c>InsuranceRulesOptions.Variants</c>.</summary>
    internal const string VariantFileSuffix = ".variant.yaml";

    /// <summary>Logs what a freshly built calculator uses: every pack (debug), user packs and overrides, and a summary.</summary>
    public static void Built(ILogger logger, EligibilityCalculator calculator)
    {
        var userPacks = 0;
        foreach (var pack in calculator.Packs.Packs)
        {
            PackInUse(logger, pack.Code, pack.NameEn, pack.Origin, pack.Values.Count);
            if (!pack.Origin.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
            {
                userPacks++;
                UserPackAdded(logger, pack.Origin, pack.Code, pack.NameEn);
            }
            else if (pack.OverriddenBy.Count > 0)
            {
                userPacks++;
                var keys = pack.Values.Where(kv => kv.Value.Any(v => v.IsUserOverride)).Select(kv => kv.Key);
                // An override the host asked for through a variant is expected; a hand-written one deserves a warning.
                var requested = pack.OverriddenBy.All(o => o.EndsWith(VariantFileSuffix, StringComparison.Ordinal));
                UserPackOverride(logger, requested ? LogLevel.Information : LogLevel.Warning, string.Join(", ", pack.OverriddenBy), pack.Code, string.Join(", ", keys));
            }
        }

        Summary(logger, calculator.Packs.Packs.Count, userPacks, calculator.Rules.Count, calculator.Language);
    }

    [LoggerMessage(EventId = DiagnosticEvents.CalculatorBuilt, EventName = nameof(DiagnosticEvents.CalculatorBuilt), Level = LogLevel.Information,
        Message = "Insurance.Rules calculator built: {PackCount} region packs ({UserPackCount} added or overridden by user files), {RuleCount} rules, language {Language}")]
    public static partial void Summary(ILogger logger, int packCount, int userPackCount, int ruleCount, Language language);

    [LoggerMessage(EventId = DiagnosticEvents.PackInUse, EventName = nameof(DiagnosticEvents.PackInUse), Level = LogLevel.Debug,
        Message = "Region pack {Region} ({Name}) from {Origin}: {KeyCount} keys")]
    public static partial void PackInUse(ILogger logger, string region, string name, string origin, int keyCount);

    [LoggerMessage(EventId = DiagnosticEvents.UserPackAdded, EventName = nameof(DiagnosticEvents.UserPackAdded), Level = LogLevel.Information,
        Message = "User pack {Origin} adds region {Region} ({Name})")]
    public static partial void UserPackAdded(ILogger logger, string origin, string region, string name);

    [LoggerMessage(EventId = DiagnosticEvents.UserPackOverride, EventName = nameof(DiagnosticEvents.UserPackOverride),
        Message = "User pack {Origins} overrides shipped region {Region}: {Keys}")]
    public static partial void UserPackOverride(ILogger logger, LogLevel level, string origins, string region, string keys);

    [LoggerMessage(EventId = DiagnosticEvents.VariantApplied, EventName = nameof(DiagnosticEvents.VariantApplied), Level = LogLevel.Information,
        Message = "Variant {Key} = {Value} selected for region {Region} (generated pack {File})")]
    public static partial void VariantApplied(ILogger logger, string key, string value, string region, string file);

    [LoggerMessage(EventId = DiagnosticEvents.RegionFallback, EventName = nameof(DiagnosticEvents.RegionFallback), Level = LogLevel.Information,
        Message = "Region {Requested} has no pack of its own: evaluated with the pack of {Used} (logged once per region)")]
    public static partial void RegionFallback(ILogger logger, string requested, string used);

    [LoggerMessage(EventId = DiagnosticEvents.PackLoadFailed, EventName = nameof(DiagnosticEvents.PackLoadFailed), Level = LogLevel.Error,
        Message = "Region packs could not be loaded ({File}, line {Line})")]
    public static partial void PackLoadFailed(ILogger logger, Exception exception, string file, int line);
}
