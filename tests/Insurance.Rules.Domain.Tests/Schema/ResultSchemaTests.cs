using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Tests.Json;

namespace Insurance.Rules.Domain.Tests.Schema;

public sealed class ResultSchemaTests
{
    private static readonly MiniJsonSchema Schema =
        MiniJsonSchema.Load(File.ReadAllText(Path.Combine(CaseDocuments.SchemasDirectory, "result.schema.json")));

    [Fact]
    public void WrittenResults_Validate()
    {
        Schema.Validate(ResultJson.Serialize(ResultJsonTests.Yichang())).Should().BeEmpty();
        Schema.Validate(ResultJson.Serialize(ResultJsonTests.Beijing())).Should().BeEmpty();
        Schema.Validate(ResultJson.Serialize(new EvaluationResult { Region = "CN", Status = CoverageStatus.NotEnrolled })).Should().BeEmpty();
    }

    [Fact]
    public void WrittenErrors_Validate()
    {
        var parse = CaseJson.Parse("{\"asOf\": 1}", CaseReadOptions.Default);

        Schema.Validate(ResultJson.SerializeErrors(parse.Errors)).Should().BeEmpty();
    }

    [Fact]
    public void ResultMissingANormativeField_IsRejected()
    {
        var json = ResultJson.Serialize(ResultJsonTests.Beijing()).Replace("\"incentive\":", "\"incentives\":", StringComparison.Ordinal);

        Schema.Validate(json).Should().NotBeEmpty();
    }

    [Fact]
    public void ResultWithAnUnknownStatus_IsRejected()
    {
        var json = ResultJson.Serialize(ResultJsonTests.Beijing()).Replace("\"waiting\"", "\"paused\"", StringComparison.Ordinal);

        Schema.Validate(json).Should().NotBeEmpty();
    }

    [Fact]
    public void EmptyErrorList_IsRejected()
    {
        Schema.Validate("{\"errors\":[]}").Should().NotBeEmpty();
    }
}
