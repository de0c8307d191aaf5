using System.Text.Json.Nodes;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Tests.Scenarios;

/// <summary>Runs every scenario file under tests/scenarios against the calculator.</summary>
public sealed class ScenarioTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in ScenarioFile.All())
        {
            data.Add(System.IO.Path.GetRelativePath(ScenarioFile.Root, f));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Scenario_ProducesExpectedFields(string file)
    {
        var scenario = ScenarioFile.Load(System.IO.Path.Combine(ScenarioFile.Root, file));
        var evaluation = CalculatorFor(scenario).EvaluateJson(scenario.Case.ToJsonString(), Language.En);
        evaluation.Errors.Should().BeEmpty($"{file} must hold a valid case");
        var actual = JsonNode.Parse(ResultJson.Serialize(evaluation.Result!))!;

        var diffs = new List<string>();
        ScenarioFile.Compare(scenario.Expect, actual, "$", diffs);
        if (scenario.ExpectStepCodes is { } codes)
        {
            var got = evaluation.Result!.Steps.Select(s => s.Code).ToArray();
            if (!got.SequenceEqual(codes))
            {
                diffs.Add($"steps: expected [{string.Join(", ", codes)}], got [{string.Join(", ", got)}]");
            }
        }

        var assumptionCodes = evaluation.Result!.Assumptions.Select(a => a.Code).ToHashSet();
        foreach (var code in scenario.ExpectAssumptions.Where(c => !assumptionCodes.Contains(c)))
        {
            diffs.Add($"assumptions: {code} missing (got {string.Join(", ", assumptionCodes)})");
        }

        foreach (var code in scenario.ExpectNoAssumptions.Where(assumptionCodes.Contains))
        {
            diffs.Add($"assumptions: {code} must not be reported");
        }

        var trace = evaluation.Result!.Trace.Select(t => t.Rule).ToHashSet();
        foreach (var rule in scenario.ExpectTrace.Where(r => !trace.Contains(r)))
        {
            diffs.Add($"trace: {rule} did not fire (fired: {string.Join(", ", trace)})");
        }

        diffs.Should().BeEmpty($"scenario {file} ({scenario.Name})");
    }

    [Fact]
    public void EveryScenario_InBothLanguages_IsWrittenWithoutTheFrameworkEncoder()
    {
        // The contract encoder decides by itself for the characters results are made of (ASCII, CJK ideographs and the
        // punctuation the texts use) and builds the framework's relaxed encoder only for anything else: a cold start
        // pays ≈ 6 ms for that encoder's tables. A text added with another character makes this fail; widen
        // ContractEncoder.IsKnownSafe (its tests check each character against the framework encoder) rather than
        // accept the cost. The count is per thread.
        var needing = new List<string>();
        var written = 0;
        foreach (var file in ScenarioFile.All())
        {
            var scenario = ScenarioFile.Load(file);
            foreach (var language in new[] { Language.ZhCN, Language.En })
            {
                var evaluation = CalculatorFor(scenario).EvaluateJson(scenario.Case.ToJsonString(), language);
                var before = Domain.Json.ContractEncoder.HandedOver;
                _ = ResultJson.Serialize(evaluation.Result!, indented: true);
                written++;
                if (Domain.Json.ContractEncoder.HandedOver != before)
                {
                    needing.Add($"{System.IO.Path.GetFileName(file)} ({language})");
                }
            }
        }

        written.Should().BeGreaterThan(100);
        needing.Should().BeEmpty();
    }

    private static EligibilityCalculator CalculatorFor(ScenarioFile scenario)
    {
        if (scenario.UserPacks.Count == 0)
        {
            return EligibilityCalculator.Default;
        }

        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "insurance-rules-scenarios", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (var (name, yaml) in scenario.UserPacks)
        {
            File.WriteAllText(System.IO.Path.Combine(dir, name), yaml);
        }

        var options = new CalculatorOptions();
        options.ExtraPackPaths.Add(dir);
        return new EligibilityCalculator(options);
    }

    [Fact]
    public void ScenarioFolders_HaveAtLeastEightPerRegionAndFortyNational()
    {
        var counts = Directory.EnumerateDirectories(ScenarioFile.Root)
            .ToDictionary(d => System.IO.Path.GetFileName(d), d => Directory.EnumerateFiles(d, "*.json", SearchOption.AllDirectories).Count());
        counts.Should().ContainKey("CN");
        counts["CN"].Should().BeGreaterThanOrEqualTo(40);
        foreach (var pack in EligibilityCalculator.Default.Packs.Packs.Where(p => p.Code != "CN"))
        {
            counts.Should().ContainKey(pack.Code, $"region pack {pack.Code} needs scenarios");
            counts[pack.Code].Should().BeGreaterThanOrEqualTo(8, $"region pack {pack.Code} needs at least 8 scenarios");
        }
    }
}
