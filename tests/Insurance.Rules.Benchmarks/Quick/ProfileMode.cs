using System.Diagnostics;
using Insurance.Rules.Benchmarks.Cases;

namespace Insurance.Rules.Benchmarks.Quick;

/// <summary>
/// <c>profile WHAT SECONDS</c>: runs one operation in a loop for a profiler to sample, e.g.
/// <c>dotnet-trace collect --profile dotnet-sampled-thread-time -- insurance-rules-benchmarks profile parse 10</c>.
/// WHAT is <c>parse</c>, <c>evaluate-json</c>, <c>evaluate</c>, <c>evaluate-40y</c>, <c>compile</c>, <c>write</c> (the
/// typical result's JSON into a reused buffer, as the batch writes it) or <c>batch-line</c> (one batch line, bytes in,
/// result text out). With <c>INSURANCE_RULES_ALLOC_SAMPLES=1</c> it also lists the types allocated, from the runtime's
/// allocation samples (one per ≈ 100 KB allocated), with their estimated bytes per call.
/// </summary>
public static class ProfileMode
{
    /// <summary>
    /// Runs the batch evaluator in this process over a JSON Lines file as the CLI's <c>batch</c> does (stream to stream,
    /// results to a file beside it), without the CLI's start-up: wall time, process CPU time, cases per second, and the
    /// garbage collector's count and pauses (to tell the evaluator's scaling and the collector's share from the CLI's).
    /// </summary>
    public static int Batch(string path, int parallelism, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var evaluator = new Insurance.Rules.Batch.BatchEvaluator(EligibilityCalculator.Default);
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        using (var input = File.OpenRead(path))
        using (var results = File.Create(path + ".out"))
        {
            var summary = evaluator.Evaluate(input, results, parallelism);
            process.Refresh();
            var seconds = clock.Elapsed.TotalSeconds;
            output.WriteLine(
                $"{summary.Lines} cases, parallel {parallelism}: {seconds:F2} s, {(process.TotalProcessorTime - cpu).TotalSeconds:F2} s CPU, "
                + $"{summary.Lines / seconds:F0} cases/s; {GC.CollectionCount(0) - collections} gen0 collections, "
                + $"{(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:F0} ms paused");
        }

        return 0;
    }

    /// <summary>Loops the operation; returns 2 for an unknown one.</summary>
    public static int Run(string what, double seconds, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var calculator = EligibilityCalculator.Default;
        var typical = new Subject(CaseShape.Typical(), calculator);
        var long40 = new Subject(CaseShape.Growth(40), calculator);
        var batch = new Insurance.Rules.Batch.BatchEvaluator(calculator);
        Func<object?>? op = what switch
        {
            "parse" => () => calculator.Parse(typical.Utf8).Case,
            "evaluate-json" => () => calculator.EvaluateJson(typical.Utf8).Result,
            "evaluate" => () => calculator.Evaluate(typical.Model),
            "evaluate-40y" => () => calculator.Evaluate(long40.Model),
            "compile" => FactoryBenchmarks.CompileRules,
            "write" => WriteResult(calculator.Evaluate(typical.Model)),
            "batch-line" => () => batch.EvaluateLine(1, typical.Utf8).Json,
            _ => null,
        };
        if (op is null)
        {
            output.WriteLine($"unknown operation '{what}'");
            return 2;
        }

        using var allocations = Environment.GetEnvironmentVariable("INSURANCE_RULES_ALLOC_SAMPLES") == "1" ? new AllocationSampler() : null;
        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            GC.KeepAlive(op());
            calls++;
        }

        output.WriteLine(
            $"{what}: {calls} calls, {clock.Elapsed.TotalMilliseconds * 1000 / calls:F1} µs each; "
            + $"{GC.CollectionCount(0)} gen0 collections, {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused");
        allocations?.Report(output, calls);
        return 0;
    }

    // Writes the result's JSON into one reused buffer, as a batch worker does.
    private static Func<object?> WriteResult(Insurance.Rules.Domain.Results.EvaluationResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);
        var writer = new System.Text.Json.Utf8JsonWriter(buffer, Insurance.Rules.Domain.Json.ResultJson.CreateWriterOptions());
        return () =>
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            Insurance.Rules.Domain.Json.ResultJson.Write(writer, result);
            writer.Flush();
            return buffer;
        };
    }

    // The runtime's allocation-tick events (one per ≈ 100 KB allocated on a thread), counted by type name.
    private sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
    {
        private readonly Dictionary<string, long> bytesByType = new(StringComparer.Ordinal);

        public void Report(TextWriter output, long calls)
        {
            lock (bytesByType)
            {
                foreach (var (type, bytes) in bytesByType.OrderByDescending(p => p.Value).Take(25))
                {
                    output.WriteLine($"  {bytes / (double)calls,10:F0} B/call  {type}");
                }
            }
        }

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
            {
                return;
            }

            var type = eventData.Payload[eventData.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(eventData.Payload[eventData.PayloadNames.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            lock (bytesByType)
            {
                bytesByType[type] = bytesByType.GetValueOrDefault(type) + amount;
            }
        }
    }
}
