using Insurance.Rules.Batch;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Insurance.Rules.DependencyInjection;

/// <summary>Registers Insurance.Rules in a service collection.</summary>
public static class InsuranceRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="EligibilityCalculator"/> (built on first resolution from
    /// <see cref="InsuranceRulesOptions"/>; packs and rules are loaded once) and a singleton <see cref="BatchEvaluator"/>
    /// over it. Diagnostics go to <see cref="ILogger{TCategoryName}"/> of <see cref="EligibilityCalculator"/> when an
    /// <see cref="ILoggerFactory"/> is registered. Calling it again adds the configuration to the same options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; null keeps the defaults (shipped packs, zh-CN).</param>
    /// <returns>The service collection, for chaining.</returns>
    /// <example>
    /// <code>
    /// services.AddInsuranceRules(o =>
    /// {
    ///     o.ExtraPackPaths.Add("/etc/insurance-rules/packs");
    ///     o.Language = Language.En;
    ///     o.UseVariant("yc.variant", "excludePaymentMonth");
    /// });
    /// </code>
    /// </example>
    public static IServiceCollection AddInsuranceRules(this IServiceCollection services, Action<InsuranceRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<InsuranceRulesOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InsuranceRulesOptions>, InsuranceRulesOptionsValidator>());
        services.TryAddSingleton(sp => CalculatorFactory.Create(
            sp.GetRequiredService<IOptions<InsuranceRulesOptions>>().Value,
            sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton(sp => new BatchEvaluator(sp.GetRequiredService<EligibilityCalculator>())
        {
            WindowPerWorker = sp.GetRequiredService<IOptions<InsuranceRulesOptions>>().Value.BatchWindowPerWorker,
        });
        return services;
    }
}
