using System.Text.Json.Nodes;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Tests.Json;

namespace Insurance.Rules.Domain.Tests.Schema;

public sealed class CaseSchemaTests
{
    private static readonly MiniJsonSchema Schema =
        MiniJsonSchema.Load(File.ReadAllText(Path.Combine(CaseDocuments.SchemasDirectory, "case.schema.json")));

    public static TheoryData<string> Samples() => CaseJsonTests.Samples();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ValidatesAgainstTheCaseSchema(string file)
    {
        var problems = Schema.Validate(File.ReadAllText(Path.Combine(CaseDocuments.SamplesDirectory, file)));

        problems.Should().BeEmpty();
    }

    [Fact]
    public void ContractExample_Validates()
    {
        Schema.Validate(CaseDocuments.Valid).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void SerializedSample_Validates(string file)
    {
        var c = CaseJson.Parse(File.ReadAllBytes(Path.Combine(CaseDocuments.SamplesDirectory, file)), CaseReadOptions.Default).Case!;

        Schema.Validate(CaseJson.Serialize(c)).Should().BeEmpty();
    }

    public static TheoryData<string, string> Invalid() => new()
    {
        { "unknown root field", """{ "asof": "2025-03-10" }""" },
        { "missing participant", "$: required property 'participant'" },
        { "unknown participant field", "$.participant.birthdate" },
        { "bad sex", "$.participant.sex" },
        { "retirement age 45", "$.participant.originalRetirementAge" },
        { "month and range", "$.contributions[0]" },
        { "record with nothing", "$.contributions[1]" },
        { "year record in employee scheme", "$.contributions[2]" },
        { "date with slashes", "$.asOf" },
        { "negative deemedMonths", "$.deemedMonths" },
        { "unknown plan field", "$.plan.payBy" },
        { "event type unknown", "$.events[0].type" },
    };

    private static readonly Dictionary<string, Action<JsonObject>> Breakers = new()
    {
        ["unknown root field"] = r => r["asof"] = "2025-03-10",
        ["missing participant"] = r => r.Remove("participant"),
        ["unknown participant field"] = r => r.Participant()["birthdate"] = "1985-04-12",
        ["bad sex"] = r => r.Participant()["sex"] = "F",
        ["retirement age 45"] = r => r.Participant()["originalRetirementAge"] = 45,
        ["month and range"] = r => r.Contribution(0)["month"] = "2015-01",
        ["record with nothing"] = r => r["contributions"]![1] = new JsonObject { ["scheme"] = "employee" },
        ["year record in employee scheme"] = r => r.Contribution(2)["scheme"] = "employee",
        ["date with slashes"] = r => r["asOf"] = "2025/03/10",
        ["negative deemedMonths"] = r => r["deemedMonths"] = -1,
        ["unknown plan field"] = r => r.Plan()["payBy"] = "2025-03-20",
        ["event type unknown"] = r => r.Event(0)["type"] = "fired",
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void InvalidDocument_IsRejectedAtThePath(string name, string path)
    {
        var json = CaseDocuments.With(Breakers[name]);

        var problems = Schema.Validate(json);

        problems.Should().NotBeEmpty();
        if (path.StartsWith('$'))
        {
            problems.Should().Contain(p => p.StartsWith(path, StringComparison.Ordinal), $"{name} gave {string.Join("; ", problems)}");
        }
    }

    [Fact]
    public void InvalidDocument_IsAlsoRejectedByTheReader()
    {
        foreach (var (name, breaker) in Breakers)
        {
            CaseJson.Parse(CaseDocuments.With(breaker), CaseReadOptions.Default).IsValid.Should().BeFalse(name);
        }
    }
}
