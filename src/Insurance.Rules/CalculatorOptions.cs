using Insurance.Rules.Domain.Validation;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.Engine;
using Microsoft.Extensions.Logging;

namespace Insurance.Rules;

/// <summary>Options for building an <see cref="EligibilityCalculator"/>.</summary>
public sealed class CalculatorOptions
{
    /// <summary>Pack files or folders to load in addition to the shipped packs (a user pack may add a city or override values).</summary>
    public IList<string> ExtraPackPaths { get; } = new List<string>();

    /// <summary>Language of titles, assumption texts and error messages; zh-CN by default.</summary>
    public Language Language { get; set; } = Language.ZhCN;

    /// <summary>Input limits applied when reading JSON.</summary>
    public InputLimits Limits { get; set; } = InputLimits.Default;

    /// <summary>Optional filter over the rules loaded (for example by tag); null loads every rule.</summary>
    public Func<IRuleDefinition, bool>? RuleFilter { get; set; }

    /// <summary>Whether results carry the month-by-month timeline (on by default).</summary>
    public bool IncludeTimeline { get; set; } = true;

    /// <summary>
    /// Optional logger for diagnostics: packs loaded, user packs and overrides, rule count (when built) and regions
    /// that fall back to a parent pack (once per region). Null logs nothing.
    /// </summary>
    public ILogger? Logger { get; set; }
}
