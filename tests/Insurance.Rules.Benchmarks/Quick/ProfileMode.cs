using System.Diagnostics;
using Insurance.Rules.Benchmarks.Cases;

namespace Insurance.Rules.Benchmarks.Quick;

/// <summary>
/// <c>profile WHAT SECONDS</c>: runs one operation in a loop for a profiler to sample, e.g.
/// <c>dotnet-trace collect --profile dotnet-sampled-thread-time -- insurance-rules-benchmarks profile parse 10</c>.
/// WHAT is <c>parse</c>, <c>evaluate-json</c>, <c>evaluate</c>, <c>evaluate-40y</c> or <c>compile</c>.
/// </summary>
public static class ProfileMode
{
    /// <summary>Loops the operation; returns 2 for an unknown one.</summary>
    public static int Run(string what, double seconds, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var calculator = EligibilityCalculator.Default;
        var typical = new Subject(CaseShape.Typical(), calculator);
        var long40 = new Subject(CaseShape.Growth(40), calculator);
        Func<object?>? op = what switch
        {
            "parse" => () => calculator.Parse(typical.Utf8).Case,
            "evaluate-json" => () => calculator.EvaluateJson(typical.Utf8).Result,
            "evaluate" => () => calculator.Evaluate(typical.Model),
            "evaluate-40y" => () => calculator.Evaluate(long40.Model),
            "compile" => FactoryBenchmarks.CompileRules,
            _ => null,
        };
        if (op is null)
        {
            output.WriteLine($"unknown operation '{what}'");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            GC.KeepAlive(op());
            calls++;
        }

        output.WriteLine($"{what}: {calls} calls, {clock.Elapsed.TotalMilliseconds * 1000 / calls:F1} µs each");
        return 0;
    }
}
