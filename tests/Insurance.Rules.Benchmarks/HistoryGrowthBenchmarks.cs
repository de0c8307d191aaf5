using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Insurance.Rules.Benchmarks.Cases;
using Insurance.Rules.Benchmarks.Contract;
using Insurance.Rules.Domain.Results;

namespace Insurance.Rules.Benchmarks;

/// <summary>Cost against history length: one person with 10, 20 or 40 years of monthly records.</summary>
[MemoryDiagnoser]
public class HistoryGrowthBenchmarks
{
    private EligibilityCalculator calculator = null!;
    private Subject subject = null!;

    /// <summary>Years of monthly records.</summary>
    [Params(10, 20, 40)]
    public int Years { get; set; } = 10;

    /// <summary>Builds the calculator and the case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        calculator = EligibilityCalculator.Default;
        subject = new Subject(CaseShape.Growth(Years), calculator);
    }

    /// <summary>The floor for the same bytes.</summary>
    [Benchmark]
    public CaseDocument? Deserialize() => JsonSerializer.Deserialize(subject.Utf8, ContractJsonContext.Default.CaseDocument);

    /// <summary>Parse + validate + evaluate.</summary>
    [Benchmark]
    public EvaluationResult? EvaluateJson() => calculator.EvaluateJson(subject.Utf8).Result;

    /// <summary>Evaluate a case already in memory.</summary>
    [Benchmark(Baseline = true)]
    public EvaluationResult Evaluate() => calculator.Evaluate(subject.Model);
}
