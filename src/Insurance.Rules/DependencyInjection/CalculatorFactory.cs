using Insurance.Rules.Diagnostics;
using Insurance.Rules.Domain.Packs;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Insurance.Rules.DependencyInjection;

/// <summary>
/// Builds an <see cref="EligibilityCalculator"/> from <see cref="InsuranceRulesOptions"/>: checks the options, writes
/// the variant packs, loads packs and rules once and wires the logger. The DI registration uses it; hosts without DI
/// can call it directly.
/// </summary>
public static class CalculatorFactory
{
    /// <summary>Builds a calculator.</summary>
    /// <param name="options">The options.</param>
    /// <param name="loggerFactory">Logger source for diagnostics (category <see cref="EligibilityCalculator"/>); null logs nothing.</param>
    /// <exception cref="OptionsValidationException">When the options are inconsistent (every problem listed).</exception>
    /// <exception cref="InvalidOperationException">When a variant cannot be placed in a pack.</exception>
    /// <exception cref="PackLoadException">When a pack file is missing or malformed (also logged as an error).</exception>
    public static EligibilityCalculator Create(InsuranceRulesOptions options, ILoggerFactory? loggerFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = InsuranceRulesOptionsValidator.Check(options);
        if (failures.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(InsuranceRulesOptions), failures);
        }

        ILogger logger = loggerFactory?.CreateLogger<EligibilityCalculator>() ?? NullLogger<EligibilityCalculator>.Instance;
        var calculatorOptions = new CalculatorOptions
        {
            Language = options.Language,
            Limits = options.Limits,
            RuleFilter = options.RuleFilter,
            IncludeTimeline = options.IncludeTimeline,
            Logger = logger,
        };
        try
        {
            foreach (var path in options.ExtraPackPaths)
            {
                calculatorOptions.ExtraPackPaths.Add(path);
            }

            if (options.Variants.Count > 0)
            {
                var basis = options.ExtraPackPaths.Count == 0 ? PackRegistry.LoadEmbedded() : PackRegistry.Load(options.ExtraPackPaths);
                foreach (var written in VariantPackWriter.Write(basis, options.Variants, options.VariantPackFolder))
                {
                    calculatorOptions.ExtraPackPaths.Add(written.Path);
                    foreach (var v in written.Variants)
                    {
                        CalculatorLog.VariantApplied(logger, v.Key, v.Value, written.Region, written.Path);
                    }
                }
            }

            return new EligibilityCalculator(calculatorOptions);
        }
        catch (PackLoadException ex)
        {
            CalculatorLog.PackLoadFailed(logger, ex, ex.FilePath, ex.Line);
            throw;
        }
    }
}
