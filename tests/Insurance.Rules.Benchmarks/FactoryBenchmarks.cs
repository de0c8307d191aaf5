using BenchmarkDotNet.Attributes;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Benchmarks;

/// <summary>
/// What is paid once per process (compiling the rule set, building a calculator) and once per case (a session).
/// Compilation runs many times here, so these are warm figures; a process's first compile also JIT-compiles the
/// compiler and is shown by quick mode (factory_first_compile_ms).
/// </summary>
[MemoryDiagnoser]
public class FactoryBenchmarks
{
    private ISessionFactory factory = null!;

    /// <summary>Compiles once for the session benchmark.</summary>
    [GlobalSetup]
    public void Setup() => factory = CompileRules();

    /// <summary>Loads every policy rule and compiles it into a session factory.</summary>
    [Benchmark]
    public ISessionFactory Compile() => CompileRules();

    /// <summary>A whole calculator: embedded packs, compiled rules, text catalogue.</summary>
    [Benchmark]
    public EligibilityCalculator Calculator() => new();

    /// <summary>Creating and disposing an empty session (the per-case overhead before any fact).</summary>
    [Benchmark]
    public int Session()
    {
        using var session = factory.CreateSession();
        return session.Fire();
    }

    /// <summary>Loads and compiles the full rule set.</summary>
    public static ISessionFactory CompileRules() => new RuleRepository().Load(typeof(CaseFact).Assembly).Compile();
}
