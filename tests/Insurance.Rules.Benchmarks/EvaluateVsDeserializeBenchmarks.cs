using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Insurance.Rules.Benchmarks.Cases;
using Insurance.Rules.Benchmarks.Contract;
using Insurance.Rules.Domain.Results;

namespace Insurance.Rules.Benchmarks;

/// <summary>
/// The typical case (10 years of monthly records, one open gap) evaluated, against the floor: deserialising the same
/// UTF-8 bytes with System.Text.Json into plain contract DTOs (source-generated, the baseline; reflection shown too).
/// </summary>
[MemoryDiagnoser]
public class EvaluateVsDeserializeBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new(JsonSerializerDefaults.Web);

    private EligibilityCalculator calculator = null!;
    private Subject subject = null!;

    /// <summary>Yichang or Ningbo.</summary>
    [Params(CaseShape.Yichang, CaseShape.Ningbo)]
    public string Region { get; set; } = CaseShape.Yichang;

    /// <summary>Builds the calculator (packs, compiled rules) and the case.</summary>
    [GlobalSetup]
    public void Setup()
    {
        calculator = EligibilityCalculator.Default;
        subject = new Subject(CaseShape.Typical(Region), calculator);
    }

    /// <summary>The floor: JSON → contract DTOs, source-generated.</summary>
    [Benchmark(Baseline = true)]
    public CaseDocument? DeserializeSourceGenerated() => JsonSerializer.Deserialize(subject.Utf8, ContractJsonContext.Default.CaseDocument);

    /// <summary>JSON → contract DTOs, reflection-based serializer.</summary>
    [Benchmark]
    public CaseDocument? DeserializeReflection() => JsonSerializer.Deserialize<CaseDocument>(subject.Utf8, ReflectionOptions);

    /// <summary>The library's reading alone: parse, validate every field, build the model.</summary>
    [Benchmark]
    public object? Parse() => calculator.Parse(subject.Utf8).Case;

    /// <summary>JSON in, result out: parse + validate + evaluate.</summary>
    [Benchmark]
    public EvaluationResult? EvaluateJson() => calculator.EvaluateJson(subject.Utf8).Result;

    /// <summary>A case already in memory: ledger analysis, rule session, result assembly.</summary>
    [Benchmark]
    public EvaluationResult Evaluate() => calculator.Evaluate(subject.Model);
}
