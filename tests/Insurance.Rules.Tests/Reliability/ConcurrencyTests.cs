using Insurance.Rules.Batch;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Text;
using Xunit.Abstractions;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// One calculator shared by 8 threads, each evaluating the same 10 000 generated cases (in a different order),
/// must give byte for byte what a single thread gives; and a batch gives the same lines whatever its worker count.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int CasesPerThread = 10_000;

    private readonly ITestOutputHelper output;

    public ConcurrencyTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void Evaluate_SharedCalculator8ThreadsX10000_EqualsSequentialResults()
    {
        var calculator = new EligibilityCalculator();
        var cases = Generate(calculator, CasesPerThread, FuzzSettings.Seed ^ 0xC0C0C0C0UL);

        var sequential = new byte[cases.Length][];
        for (var i = 0; i < cases.Length; i++)
        {
            sequential[i] = Bytes(calculator, cases[i], i);
        }

        var mismatches = new List<string>[Threads];
        var workers = new Thread[Threads];
        using var start = new ManualResetEventSlim(false);
        for (var t = 0; t < Threads; t++)
        {
            var thread = t;
            mismatches[thread] = [];
            workers[t] = new Thread(() =>
            {
                start.Wait();

                // Each thread starts at a different case so that different cases run at the same moment.
                var offset = thread * (cases.Length / Threads);
                for (var k = 0; k < cases.Length; k++)
                {
                    var i = (offset + k) % cases.Length;
                    var actual = Bytes(calculator, cases[i], i);
                    if (!actual.AsSpan().SequenceEqual(sequential[i]) && mismatches[thread].Count < 3)
                    {
                        mismatches[thread].Add($"thread {thread}, case {i} (seed 0x{cases[i].Seed:X16}):\n{InvariantChecker.FirstDifference(sequential[i], actual)}");
                    }
                }
            });
            workers[t].Start();
        }

        var watch = System.Diagnostics.Stopwatch.StartNew();
        start.Set();
        foreach (var w in workers)
        {
            w.Join();
        }

        output.WriteLine($"{Threads} threads × {cases.Length} evaluations in {watch.Elapsed.TotalSeconds:F1} s");
        mismatches.SelectMany(m => m).Should().BeEmpty("a shared calculator gives each evaluation its own session");
    }

    [Fact]
    public async Task EvaluateAsync_BatchWith1Or8Workers_SameLinesInInputOrder()
    {
        var calculator = EligibilityCalculator.Default;
        var lines = Generate(calculator, 2_000, FuzzSettings.Seed ^ 0xBA7C4UL)
            .Select(g => CaseJson.Serialize(g.Case))
            .ToList();
        lines.Insert(100, "{ not json");
        lines.Insert(500, string.Empty);

        var one = await Collect(new BatchEvaluator(calculator), lines, 1);
        var eight = await Collect(new BatchEvaluator(calculator) { WindowPerWorker = 4 }, lines, 8);

        one.Should().HaveCount(lines.Count);
        eight.Should().Equal(one);
        one[100].Should().Contain("\"errors\"", "a bad line becomes an error object in its place");
    }

    internal static GeneratedCase[] Generate(EligibilityCalculator calculator, int count, ulong master)
    {
        var generator = new CaseGenerator(calculator);
        var cases = new GeneratedCase[count];
        for (var i = 0; i < count; i++)
        {
            cases[i] = generator.Generate(SeededRandom.CaseSeed(master, i));
        }

        return cases;
    }

    // Every other case in English, so both text catalogues are read concurrently. A case that throws (a known
    // product fault, reported by the invariant tests) is compared by its exception text.
    private static byte[] Bytes(EligibilityCalculator calculator, GeneratedCase g, int index)
    {
        try
        {
            return ResultJson.SerializeToUtf8Bytes(calculator.Evaluate(g.Case, index % 2 == 0 ? Language.ZhCN : Language.En));
        }
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return System.Text.Encoding.UTF8.GetBytes(ex.GetType().FullName + ": " + ex.Message);
        }
    }

    private static async Task<List<string>> Collect(BatchEvaluator evaluator, List<string> lines, int workers)
    {
        var result = new List<string>(lines.Count);
        await foreach (var item in evaluator.EvaluateAsync(lines.ToAsyncEnumerable(), workers))
        {
            result.Add(item.Json);
        }

        return result;
    }
}
