using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Insurance.Rules.Benchmarks.Cases;
using Insurance.Rules.Benchmarks.Contract;

namespace Insurance.Rules.Benchmarks.Quick;

/// <summary>
/// Every figure of docs/performance.md in well under a minute, printed as <c>name=value</c> lines (lines starting
/// with <c>#</c> are notes). It measures; it does not judge: targets are in the doc. Options: <c>--no-cli</c> skips
/// the process-level figures (batch, cold start); <c>--cases N</c> sets the batch size (default 100000).
/// </summary>
public static class QuickMode
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Runs quick mode.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var withCli = !args.Contains("--no-cli");
        var cases = 100_000;
        var at = Array.IndexOf(args, "--cases");
        if (at >= 0 && at + 1 < args.Length)
        {
            cases = int.Parse(args[at + 1], Inv);
        }

        var total = Stopwatch.StartNew();
        void Put(string name, double value, string format = "F2") => output.WriteLine($"{name}={value.ToString(format, Inv)}");

        output.WriteLine($"# machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load {Load()}; in-process figures are {ThreadClock.Kind} per operation");

        // Factory: the very first compile in this process pays for JIT-compiling the compiler too.
        var first = Stopwatch.StartNew();
        FactoryBenchmarks.CompileRules();
        Put("factory_first_compile_ms", first.Elapsed.TotalMilliseconds, "F1");

        var calculator = EligibilityCalculator.Default;
        var typical = new Subject(CaseShape.Typical(), calculator);
        var reflection = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        // Typical case: evaluate against deserialising the same bytes.
        var m = Measure.Interleaved(
            TimeSpan.FromSeconds(5),
            ("deserialize", () => JsonSerializer.Deserialize(typical.Utf8, ContractJsonContext.Default.CaseDocument)),
            ("deserialize_reflection", () => JsonSerializer.Deserialize<CaseDocument>(typical.Utf8, reflection)),
            ("parse", () => calculator.Parse(typical.Utf8).Case),
            ("evaluate_json", () => calculator.EvaluateJson(typical.Utf8).Result),
            ("evaluate_model", () => calculator.Evaluate(typical.Model)));
        var (deserialize, deserializeReflection, parse, evaluateJson, evaluateModel) = (m[0], m[1], m[2], m[3], m[4]);
        output.WriteLine($"# typical case: {typical.Shape.Region}, {typical.Model.Contributions.Count} monthly records, {typical.Utf8.Length} bytes");
        Put("deserialize_us", deserialize.Microseconds);
        Put("deserialize_reflection_us", deserializeReflection.Microseconds);
        Put("parse_us", parse.Microseconds);
        Put("evaluate_json_us", evaluateJson.Microseconds);
        Put("evaluate_model_us", evaluateModel.Microseconds);
        Put("evaluate_json_vs_deserialize", Measure.PairedRatio(evaluateJson, deserialize));
        Put("evaluate_model_vs_deserialize", Measure.PairedRatio(evaluateModel, deserialize));
        Put("deserialize_alloc_kb", deserialize.AllocatedBytes / 1024, "F1");
        Put("evaluate_json_alloc_kb", evaluateJson.AllocatedBytes / 1024, "F1");
        Put("evaluate_model_alloc_kb", evaluateModel.AllocatedBytes / 1024, "F1");

        // What the batch does per line, on one thread: text line in, JSON line out.
        var batchEvaluator = new Insurance.Rules.Batch.BatchEvaluator(calculator);
        var result = calculator.Evaluate(typical.Model);
        var b = Measure.Interleaved(
            TimeSpan.FromSeconds(2),
            ("batch_line", () => batchEvaluator.EvaluateLine(1, typical.Utf8).Json),
            ("deserialize", () => JsonSerializer.Deserialize(typical.Utf8, ContractJsonContext.Default.CaseDocument)),
            ("result_json", () => Domain.Json.ResultJson.Serialize(result)));
        Put("batch_line_us", b[0].Microseconds);
        Put("batch_line_alloc_kb", b[0].AllocatedBytes / 1024, "F1");
        Put("batch_line_vs_deserialize", Measure.PairedRatio(b[0], b[1]));
        Put("result_json_us", b[2].Microseconds);
        Put("result_json_alloc_kb", b[2].AllocatedBytes / 1024, "F1");

        // Growth: one person, 10, 20 and 40 years of monthly records.
        var growth = new[] { 10, 20, 40 }.Select(y => new Subject(CaseShape.Growth(y), calculator)).ToArray();
        var g = Measure.Interleaved(
            TimeSpan.FromSeconds(4),
            ("model_10", () => calculator.Evaluate(growth[0].Model)),
            ("model_20", () => calculator.Evaluate(growth[1].Model)),
            ("model_40", () => calculator.Evaluate(growth[2].Model)),
            ("json_10", () => calculator.EvaluateJson(growth[0].Utf8).Result),
            ("json_20", () => calculator.EvaluateJson(growth[1].Utf8).Result),
            ("json_40", () => calculator.EvaluateJson(growth[2].Utf8).Result));
        Put("growth_evaluate_model_10y_us", g[0].Microseconds);
        Put("growth_evaluate_model_20y_us", g[1].Microseconds);
        Put("growth_evaluate_model_40y_us", g[2].Microseconds);
        Put("growth_evaluate_model_40y_vs_10y", Measure.PairedRatio(g[2], g[0]));
        Put("growth_evaluate_json_10y_us", g[3].Microseconds);
        Put("growth_evaluate_json_40y_us", g[5].Microseconds);
        Put("growth_evaluate_json_40y_vs_10y", Measure.PairedRatio(g[5], g[3]));

        // Factory (warm) and the per-case session.
        var factory = FactoryBenchmarks.CompileRules();
        var f = Measure.Interleaved(
            TimeSpan.FromSeconds(1.5),
            ("compile", () => FactoryBenchmarks.CompileRules()),
            ("session", () =>
            {
                using var session = factory.CreateSession();
                return session.Fire();
            }));
        Put("factory_compile_ms", f[0].Nanoseconds / 1e6);
        Put("session_create_us", f[1].Microseconds);
        Put("session_create_alloc_kb", f[1].AllocatedBytes / 1024, "F1");

        if (withCli)
        {
            ProcessFigures(output, cases, Put);
        }

        output.WriteLine($"# load at the end: {Load()}");
        Put("quick_seconds", total.Elapsed.TotalSeconds, "F1");
        return 0;
    }

    private static void ProcessFigures(TextWriter output, int cases, Action<string, double, string> put)
    {
        var repo = Apps.FindRepository();
        var apps = Apps.Publish(repo, output);

        // Batch: throughput over the full file, peak memory for a tenth and for all of it.
        var small = BatchFile(cases / 10);
        var large = BatchFile(cases);
        var outFile = Path.Combine(Apps.WorkFolder, "batch-out.jsonl");
        var smallRun = Apps.Run(apps.Cli, ["batch", small, "--out", outFile], pollPeak: true);
        var largeRun = Apps.Run(apps.Cli, ["batch", large, "--out", outFile], pollPeak: true);
        if (smallRun.ExitCode != 0 || largeRun.ExitCode != 0)
        {
            throw new InvalidOperationException($"batch failed: {smallRun.Stderr}{largeRun.Stderr}");
        }

        File.Delete(outFile);
        put("batch_cases", cases, "F0");
        put("batch_seconds", largeRun.Elapsed.TotalSeconds, "F2");
        put("batch_cases_per_s", cases / largeRun.Elapsed.TotalSeconds, "F0");

        // Under load the wall clock says more about the neighbours than about the program: CPU time does not.
        // Cases per CPU-second, and what that gives on two otherwise idle cores (if both are kept busy).
        put("batch_cpu_seconds", largeRun.Cpu.TotalSeconds, "F2");
        put("batch_cases_per_cpu_s", cases / largeRun.Cpu.TotalSeconds, "F0");
        put("batch_cases_per_s_2_idle_cores", cases / largeRun.Cpu.TotalSeconds * Math.Min(2, Environment.ProcessorCount), "F0");
        put("batch_peak_mb_small", smallRun.PeakBytes / 1048576.0, "F1");
        put("batch_peak_mb_large", largeRun.PeakBytes / 1048576.0, "F1");
        put("batch_peak_growth_10x", (double)largeRun.PeakBytes / smallRun.PeakBytes, "F2");

        // Cold start: one case through the CLI against the trivial program, alternating, after one untimed run each.
        var caseFile = Path.Combine(Apps.WorkFolder, "typical.json");
        File.WriteAllText(caseFile, CaseGenerator.Json(CaseShape.Typical()));
        Apps.Run(apps.Cli, ["evaluate", caseFile, "--format", "json"]);
        Apps.Run(apps.Trivial, [caseFile]);
        var cli = new List<ProcessRun>();
        var trivial = new List<ProcessRun>();
        for (var i = 0; i < 10; i++)
        {
            var c = Apps.Run(apps.Cli, ["evaluate", caseFile, "--format", "json"]);
            if (c.ExitCode != 0)
            {
                throw new InvalidOperationException($"evaluate failed: {c.Stderr}");
            }

            cli.Add(c);
            trivial.Add(Apps.Run(apps.Trivial, [caseFile]));
        }

        var cliMs = Measure.Median(cli.Select(r => r.Elapsed.TotalMilliseconds));
        var trivialMs = Measure.Median(trivial.Select(r => r.Elapsed.TotalMilliseconds));
        var cliCpu = Measure.Median(cli.Select(r => r.Cpu.TotalMilliseconds));
        var trivialCpu = Measure.Median(trivial.Select(r => r.Cpu.TotalMilliseconds));
        put("cold_start_cli_ms", cliMs, "F0");
        put("cold_start_trivial_ms", trivialMs, "F0");
        put("cold_start_ratio", cliMs / trivialMs, "F2");
        put("cold_start_cli_cpu_ms", cliCpu, "F0");
        put("cold_start_trivial_cpu_ms", trivialCpu, "F0");
        put("cold_start_cpu_ratio", cliCpu / trivialCpu, "F2");
    }

    // Generated once per size and kept (the generator is deterministic).
    private static string BatchFile(int count)
    {
        Directory.CreateDirectory(Apps.WorkFolder);
        var path = Path.Combine(Apps.WorkFolder, $"batch-{count}.jsonl");
        if (!File.Exists(path))
        {
            var temp = path + ".tmp";
            using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false), 1 << 20))
            {
                CaseGenerator.WriteBatch(writer, count);
            }

            File.Move(temp, path, overwrite: true);
        }

        return path;
    }

    private static string Load()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
        catch (UnauthorizedAccessException)
        {
            return "unknown";
        }
    }
}
