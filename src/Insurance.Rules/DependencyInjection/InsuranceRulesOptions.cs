using Insurance.Rules.Domain.Text;
using Insurance.Rules.Domain.Validation;
using Insurance.Rules.Engine;

namespace Insurance.Rules.DependencyInjection;

/// <summary>
/// Options for <see cref="InsuranceRulesServiceCollectionExtensions.AddInsuranceRules"/> and
/// <see cref="CalculatorFactory.Create"/>: everything <see cref="CalculatorOptions"/> offers plus pack variants.
/// </summary>
public sealed class InsuranceRulesOptions
{
    /// <summary>Pack files or folders loaded on top of the shipped packs (a folder contributes its <c>*.yaml</c>/<c>*.yml</c>).</summary>
    public IList<string> ExtraPackPaths { get; } = new List<string>();

    /// <summary>Language of titles, assumption texts and error messages; zh-CN by default.</summary>
    public Language Language { get; set; } = Language.ZhCN;

    /// <summary>
    /// Readings to select where a pack offers alternatives, e.g. <c>yc.variant</c> = <c>excludePaymentMonth</c> for
    /// Yichang's 61–180-day band (P+4 instead of P+3). Each becomes a generated user pack, so results report it as
    /// a user-supplied value (assumption <c>USER-PACK-VALUE</c>).
    /// </summary>
    public IList<PackVariant> Variants { get; } = new List<PackVariant>();

    /// <summary>
    /// Folder for the generated variant packs; null for <c>insurance-rules-variants</c> under the system temp folder.
    /// Files are named by a hash of their content, so equal options share files and a run never overwrites another's.
    /// </summary>
    public string? VariantPackFolder { get; set; }

    /// <summary>Input limits applied when reading JSON.</summary>
    public InputLimits Limits { get; set; } = InputLimits.Default;

    /// <summary>Optional filter over the rules loaded; null loads every rule.</summary>
    public Func<IRuleDefinition, bool>? RuleFilter { get; set; }

    /// <summary>Whether results carry the month-by-month timeline (on by default).</summary>
    public bool IncludeTimeline { get; set; } = true;

    /// <summary>Lines in flight per worker in the registered <see cref="Batch.BatchEvaluator"/> (memory bound of a batch).</summary>
    public int BatchWindowPerWorker { get; set; } = 64;

    /// <summary>Selects a pack variant; returns these options for chaining.</summary>
    /// <param name="key">A string-valued pack key, e.g. <c>yc.variant</c>.</param>
    /// <param name="value">One of the key's allowed values, e.g. <c>excludePaymentMonth</c>.</param>
    /// <param name="region">The region whose pack gets the value; null for the one pack that sets the key.</param>
    public InsuranceRulesOptions UseVariant(string key, string value, string? region = null)
    {
        Variants.Add(new PackVariant(key, value, region));
        return this;
    }
}
