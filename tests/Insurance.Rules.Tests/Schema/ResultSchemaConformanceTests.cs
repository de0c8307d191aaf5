using System.Text.Json.Nodes;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Tests.Schema;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.Tests.Scenarios;

namespace Insurance.Rules.Tests.Schema;

/// <summary>Every result the calculator produces for the samples and scenarios conforms to docs/schema/result.schema.json.</summary>
public sealed class ResultSchemaConformanceTests
{
    private static readonly MiniJsonSchema ResultSchema =
        MiniJsonSchema.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "result.schema.json")));

    private static readonly MiniJsonSchema CaseSchema =
        MiniJsonSchema.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schema", "case.schema.json")));

    [Fact]
    public void SampleCases_ProduceSchemaValidResults_InBothLanguages()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "cases"), "*.json");
        files.Should().NotBeEmpty();
        foreach (var file in files)
        {
            foreach (var lang in new[] { Language.ZhCN, Language.En })
            {
                var evaluation = EligibilityCalculator.Default.EvaluateJson(File.ReadAllText(file), lang);
                evaluation.IsValid.Should().BeTrue(file);
                ResultSchema.Validate(ResultJson.Serialize(evaluation.Result!)).Should().BeEmpty($"{Path.GetFileName(file)} ({lang})");
            }
        }
    }

    [Fact]
    public void ScenarioCases_AreSchemaValidAndProduceSchemaValidResults()
    {
        var count = 0;
        foreach (var file in ScenarioFile.All())
        {
            var scenario = ScenarioFile.Load(file);
            var json = scenario.Case.ToJsonString();
            CaseSchema.Validate(json).Should().BeEmpty($"{file}: the case must match case.schema.json");
            var evaluation = EligibilityCalculator.Default.EvaluateJson(json);
            if (evaluation.Result is null)
            {
                continue;
            }

            ResultSchema.Validate(ResultJson.Serialize(evaluation.Result)).Should().BeEmpty(file);
            count++;
        }

        count.Should().BeGreaterThan(200);
    }

    [Fact]
    public void Schema_RejectsAResultWithAWrongStatus()
    {
        var evaluation = EligibilityCalculator.Default.EvaluateJson(File.ReadAllText(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "cases"), "*.json")[0]));
        var node = JsonNode.Parse(ResultJson.Serialize(evaluation.Result!))!;
        node["status"] = "almostCovered";
        ResultSchema.Validate(node.ToJsonString()).Should().NotBeEmpty();
    }
}
