using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Insurance.Rules.Cli;
using Insurance.Rules.Domain.Json;
using Xunit.Abstractions;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// <see cref="FuzzSettings.Mutations"/> (10 000 by default) mutations of valid case documents, each certain to
/// break the contract, through the library (<see cref="EligibilityCalculator.EvaluateJson(ReadOnlySpan{byte}, Domain.Text.Language?)"/>)
/// and through the command line (<c>evaluate FILE --format json</c>): every one must come back as invalid input
/// with a path for each error — never a result, never an exception, never exit code 1, never a stack trace — and
/// allocate a bounded amount of memory.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class HostileInputTests : IDisposable
{
    // A document is at most 1 MiB; reading and validating it may allocate a few times that. 64 MiB is far above
    // anything a well-behaved reader needs and far below what an unbounded expansion would take.
    private const long MaxAllocatedBytesPerInput = 64L * 1024 * 1024;

    private readonly ITestOutputHelper output;
    private readonly string folder = Path.Combine(Path.GetTempPath(), "insurance-rules-hostile-" + Guid.NewGuid().ToString("N"));

    public HostileInputTests(ITestOutputHelper output)
    {
        this.output = output;
        Directory.CreateDirectory(folder);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void EvaluateJsonAndCli_MutatedDocuments_InvalidInputWithPathsNeverAFault()
    {
        var calculator = EligibilityCalculator.Default;
        var generator = new CaseGenerator(calculator);
        var count = FuzzSettings.Mutations;
        var master = FuzzSettings.Seed ^ 0xA5A5A5A5A5A5A5A5UL;
        var failures = new ConcurrentBag<(long Index, string Text)>();
        var kinds = new ConcurrentDictionary<string, int>();
        var kindTicks = new ConcurrentDictionary<string, long>();
        long maxAllocated = 0;
        long maxTicks = 0;
        var watch = Stopwatch.StartNew();

        Parallel.For(0L, count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var seed = SeededRandom.CaseSeed(master, i);
            var r = new SeededRandom(seed);
            var valid = generator.Generate(seed);
            var json = CaseJson.Serialize(valid.Case);
            var (kind, bytes) = JsonMutator.Mutate(json, r);
            kinds.AddOrUpdate(kind, 1, (_, n) => n + 1);

            var started = Stopwatch.GetTimestamp();
            var problem = CheckLibrary(calculator, bytes, out var allocated, out var ticks)
                ?? CheckCli(bytes, i);
            kindTicks.AddOrUpdate(kind, Stopwatch.GetElapsedTime(started).Ticks, (_, t) => t + Stopwatch.GetElapsedTime(started).Ticks);
            InterlockedMax(ref maxAllocated, allocated);
            InterlockedMax(ref maxTicks, ticks);
            if (problem is not null)
            {
                failures.Add((i, $"seed 0x{seed:X16} ({kind}): {problem}\n  input: {Preview(bytes)}"));
            }
        });

        output.WriteLine($"{count} mutations in {watch.Elapsed.TotalSeconds:F1} s; max {maxAllocated / 1024.0 / 1024.0:F1} MiB allocated and " +
                         $"{TimeSpan.FromTicks(maxTicks).TotalMilliseconds:F1} ms for one input (library path)");
        output.WriteLine(string.Join(", ", kinds.OrderBy(k => k.Key, StringComparer.Ordinal)
            .Select(k => $"{k.Key} {k.Value} ({TimeSpan.FromTicks(kindTicks[k.Key]).TotalSeconds:F1} s)")));

        kinds.Keys.Should().BeEquivalentTo(JsonMutator.Kinds, "every kind of mutation is exercised");
        if (!failures.IsEmpty)
        {
            Assert.Fail($"{failures.Count} of {count} mutations were not rejected cleanly (first 8 by index):\n" +
                        string.Join("\n", failures.OrderBy(f => f.Index).Take(8).Select(f => f.Text)));
        }
    }

    private static string? CheckLibrary(EligibilityCalculator calculator, byte[] bytes, out long allocated, out long ticks)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var start = Stopwatch.GetTimestamp();
        Evaluation evaluation;
        try
        {
            evaluation = calculator.EvaluateJson(bytes);
        }
#pragma warning disable CA1031 // The promise is that nothing escapes: catch all and report it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            allocated = 0;
            ticks = 0;
            return $"library threw {ex.GetType().Name}: {ex.Message}";
        }
        finally
        {
            ticks = Stopwatch.GetElapsedTime(start).Ticks;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        if (allocated > MaxAllocatedBytesPerInput)
        {
            return $"library allocated {allocated} bytes for a {bytes.Length}-byte input";
        }

        if (evaluation.Result is not null)
        {
            return "library accepted the document";
        }

        if (evaluation.Errors.Count == 0)
        {
            return "library rejected the document without an error";
        }

        var pathless = evaluation.Errors.FirstOrDefault(e => string.IsNullOrEmpty(e.Path) || string.IsNullOrEmpty(e.Code) || string.IsNullOrEmpty(e.Message));
        return pathless is null ? null : $"library error without path, code or message: '{pathless.Path}' '{pathless.Code}' '{pathless.Message}'";
    }

    private string? CheckCli(byte[] bytes, long index)
    {
        var file = Path.Combine(folder, $"case-{index}.json");
        File.WriteAllBytes(file, bytes);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit;
        try
        {
            exit = CliApp.Run(["evaluate", file, "--format", "json"], new StringReader(string.Empty), stdout, stderr);
        }
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return $"command line threw {ex.GetType().Name}: {ex.Message}";
        }
        finally
        {
            File.Delete(file);
        }

        var err = stderr.ToString();
        if (err.Contains("   at ", StringComparison.Ordinal) || err.Contains("Exception", StringComparison.Ordinal))
        {
            return "command line printed a stack trace or exception: " + err[..Math.Min(300, err.Length)];
        }

        if (exit != CliApp.InvalidInput)
        {
            return $"command line exit code {exit} (expected {CliApp.InvalidInput}); stdout: {Cut(stdout.ToString())}; stderr: {Cut(err)}";
        }

        try
        {
            using var doc = JsonDocument.Parse(stdout.ToString());
            var errors = doc.RootElement.GetProperty("errors");
            if (errors.GetArrayLength() == 0)
            {
                return "command line printed an empty error list";
            }

            foreach (var e in errors.EnumerateArray())
            {
                if (e.GetProperty("path").GetString() is not { Length: > 0 })
                {
                    return "command line printed an error without a path: " + e.GetRawText();
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"command line output is not an error object ({ex.Message}): {Cut(stdout.ToString())}";
        }

        return null;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long seen;
        while (value > (seen = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";

    // The input as text with invalid bytes shown as \xNN, cut to a readable length.
    private static string Preview(byte[] bytes)
    {
        var sb = new StringBuilder();
        var span = bytes.AsSpan(0, Math.Min(bytes.Length, 400));
        while (!span.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(span, out var rune, out var used) == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
            }
            else
            {
                for (var k = 0; k < Math.Max(1, used); k++)
                {
                    sb.Append($"\\x{span[k]:X2}");
                }

                used = Math.Max(1, used);
            }

            span = span[used..];
        }

        return bytes.Length > 400 ? sb + $"… ({bytes.Length} bytes)" : sb.ToString();
    }
}
