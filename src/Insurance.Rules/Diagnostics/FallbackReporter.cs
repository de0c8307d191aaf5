using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Insurance.Rules.Diagnostics;

/// <summary>
/// Logs a region fallback the first time a region is evaluated with a parent pack. Once per region, because a payroll
/// batch evaluates the same region thousands of times and the fact does not change between cases. The set is bounded
/// by the number of valid region codes.
/// </summary>
internal sealed class FallbackReporter
{
    private readonly ILogger logger;
    private readonly ConcurrentDictionary<string, byte> seen = new(StringComparer.Ordinal);

    public FallbackReporter(ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(logger);
        this.logger = logger;
    }

    public void Report(string requested, string used)
    {
        if (logger.IsEnabled(LogLevel.Information) && seen.TryAdd(requested, 0))
        {
            CalculatorLog.RegionFallback(logger, requested, used);
        }
    }
}
