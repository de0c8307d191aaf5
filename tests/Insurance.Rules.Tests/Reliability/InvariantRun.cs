using System.Collections.Concurrent;
using System.Diagnostics;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Model;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// One seeded run over the generated cases, shared by the invariant tests (each test reads its own invariant's
/// failures). Cases are checked on every core with one shared calculator; each case has its own seed, so the run
/// is reproducible whatever the scheduling. For each broken invariant the lowest-numbered failing case is shrunk
/// and reported with its seed.
/// </summary>
public sealed class InvariantRun
{
    private readonly ConcurrentDictionary<(Invariant, string), (long Index, GeneratedCase Case, Violation Violation)> first = new();
    private readonly ConcurrentDictionary<(Invariant, string), int> counts = new();
    private readonly ConcurrentDictionary<string, int> coverage = new();
    private readonly EligibilityCalculator calculator = EligibilityCalculator.Default;

    public InvariantRun()
    {
        var generator = new CaseGenerator(calculator);
        var checker = new InvariantChecker(calculator);
        var watch = Stopwatch.StartNew();
        if (FuzzSettings.Replay is { } replay)
        {
            Cases = 1;
            CheckOne(generator, checker, 0, replay);
        }
        else
        {
            Cases = FuzzSettings.Cases;
            var master = FuzzSettings.Seed;
            Parallel.For(0L, Cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => CheckOne(generator, checker, i, SeededRandom.CaseSeed(master, i)));
        }

        Elapsed = watch.Elapsed;
        // Each kind of breakage is shrunk and described once; at most a few per invariant so a badly broken build
        // still reports quickly.
        Reports = first
            .GroupBy(kv => kv.Key.Item1)
            .ToDictionary(
                g => g.Key,
                g => string.Join("\n\n", g
                    .OrderByDescending(kv => counts[kv.Key])
                    .ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal)
                    .Select((kv, i) => i < MaxShrunkKinds
                        ? $"[{counts[kv.Key]} cases] " + Describe(checker, kv.Key.Item1, kv.Key.Item2, kv.Value.Case, kv.Value.Violation)
                        : $"[{counts[kv.Key]} cases] {kv.Key.Item2}: seed 0x{kv.Value.Case.Seed:X16}: {kv.Value.Violation.Detail}")));
    }

    private const int MaxShrunkKinds = 4;

    public int Cases { get; }

    public TimeSpan Elapsed { get; }

    internal IReadOnlyDictionary<Invariant, string> Reports { get; }

    internal IReadOnlyDictionary<string, int> Coverage => coverage;

    internal int Failures(Invariant invariant) => counts.Where(kv => kv.Key.Item1 == invariant).Sum(kv => kv.Value);

    internal string? Report(Invariant invariant) => Reports.TryGetValue(invariant, out var text) ? $"{Failures(invariant)} of {Cases} cases: {text}" : null;

    private void CheckOne(CaseGenerator generator, InvariantChecker checker, long index, ulong seed)
    {
        GeneratedCase generated;
        try
        {
            generated = generator.Generate(seed);
        }
        catch (Exception ex)
        {
            throw new InvalidOperationException($"The generator itself failed for seed 0x{seed:X16}: {ex.Message}", ex);
        }

        Count(generated);
        foreach (var violation in checker.Check(generated.Case, generated.Wild, seed))
        {
            var key = (violation.Invariant, violation.Kind);
            counts.AddOrUpdate(key, 1, (_, n) => n + 1);
            first.AddOrUpdate(
                key,
                (index, generated, violation),
                (_, held) => index < held.Index ? (index, generated, violation) : held);
        }
    }

    private void Count(GeneratedCase g)
    {
        var c = g.Case;
        Add("region:" + c.Region);
        Add("status:" + c.Participant.Status);
        Add("year:" + c.AsOf.Year);
        Add(g.Wild ? "wild" : "tidy");
        Add(c.Contributions.Any(r => r.Scheme == Scheme.Resident) ? "scheme:resident" : "scheme:none-resident");
        Add(c.Contributions.Any(r => r.Scheme == Scheme.Employee) ? "scheme:employee" : "scheme:none-employee");
        foreach (var payer in c.Contributions.Select(r => r.Payer).Distinct())
        {
            Add("payer:" + (payer?.ToString() ?? "unstated"));
        }

        Add(c.Plan.PayOn is null ? "plan:none" : "plan:payOn");

        void Add(string key) => coverage.AddOrUpdate(key, 1, (_, n) => n + 1);
    }

    private static string Describe(InvariantChecker checker, Invariant invariant, string kind, GeneratedCase g, Violation violation)
    {
        var minimal = CaseShrinker.Shrink(g.Case, c => checker.Breaks(c, g.Wild, g.Seed, invariant, kind));
        var after = checker.Check(minimal, g.Wild, g.Seed).FirstOrDefault(v => v.Invariant == invariant && v.Kind == kind) ?? violation;
        return $"""
            {invariant} broken ({kind}).
            seed: 0x{g.Seed:X16} (replay: INSURANCE_RULES_FUZZ_REPLAY=0x{g.Seed:X16}){(g.Wild ? " [wild case]" : string.Empty)}
            first seen: {violation.Detail}
            minimal case: {after.Detail}
            {CaseJson.Serialize(minimal, indented: true)}
            """;
    }
}
