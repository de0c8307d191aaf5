using Insurance.Rules.Domain.Packs;
using Microsoft.Extensions.Options;

namespace Insurance.Rules.DependencyInjection;

/// <summary>
/// Checks <see cref="InsuranceRulesOptions"/> before anything is loaded, reporting every problem at once. What needs
/// the packs (which region a variant lands in) is checked when the calculator is built.
/// </summary>
internal sealed class InsuranceRulesOptionsValidator : IValidateOptions<InsuranceRulesOptions>
{
    public ValidateOptionsResult Validate(string? name, InsuranceRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static List<string> Check(InsuranceRulesOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.ExtraPackPaths.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(options.ExtraPackPaths[i]))
            {
                failures.Add($"ExtraPackPaths[{i}] is blank.");
            }
        }

        if (options.BatchWindowPerWorker < 1)
        {
            failures.Add($"BatchWindowPerWorker must be at least 1 (was {options.BatchWindowPerWorker}).");
        }

        if (options.Limits is null)
        {
            failures.Add("Limits must not be null.");
        }

        var seen = new HashSet<(string?, string)>();
        foreach (var variant in options.Variants)
        {
            if (variant is null)
            {
                failures.Add("Variants holds a null entry.");
                continue;
            }

            if (!seen.Add((variant.Region?.ToLowerInvariant(), variant.Key)))
            {
                failures.Add($"Variant {variant}: {variant.Key} is selected twice{(variant.Region is null ? string.Empty : " for " + variant.Region)}.");
            }

            CheckVariant(variant, failures);
        }

        return failures;
    }

    private static void CheckVariant(PackVariant variant, List<string> failures)
    {
        if (!PackKeyCatalogue.TryGet(variant.Key, out var definition))
        {
            failures.Add($"Variant {variant}: '{variant.Key}' is not a pack key (see the key catalogue in docs/pack-authoring.md).");
            return;
        }

        // Only keys with a fixed vocabulary are readings to choose between; numbers and texts belong in a user pack file.
        if (definition.Type != PackValueType.String || definition.AllowedValues.Count == 0)
        {
            failures.Add($"Variant {variant}: '{variant.Key}' has no fixed set of values to choose from; set it in a user pack file (ExtraPackPaths) instead.");
            return;
        }

        if (!definition.AllowedValues.Contains(variant.Value, StringComparer.Ordinal))
        {
            failures.Add($"Variant {variant}: '{variant.Value}' is not a value of {variant.Key}; allowed: {string.Join(", ", definition.AllowedValues)}.");
        }
    }
}
