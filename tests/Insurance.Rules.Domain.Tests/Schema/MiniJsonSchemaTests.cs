namespace Insurance.Rules.Domain.Tests.Schema;

// The checker is test infrastructure: these make sure it can say "no", keyword by keyword.
public sealed class MiniJsonSchemaTests
{
    private const string Schema = """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["a"],
          "properties": {
            "a": { "type": "integer", "minimum": 1, "maximum": 3 },
            "b": { "type": ["string", "null"], "pattern": "^x+$", "maxLength": 3 },
            "c": { "type": "array", "items": { "$ref": "#/$defs/e" }, "minItems": 1 },
            "d": { "oneOf": [ { "type": "string" }, { "type": "integer" } ] },
            "f": false
          },
          "$defs": { "e": { "enum": ["p", "q", 1] } }
        }
        """;

    private static readonly MiniJsonSchema Checker = MiniJsonSchema.Load(Schema);

    [Theory]
    [InlineData("""{ "a": 1 }""")]
    [InlineData("""{ "a": 3, "b": null, "c": ["p", 1], "d": "s" }""")]
    [InlineData("""{ "a": 2, "b": "xxx", "d": 5 }""")]
    public void Validate_ConformingInstance_HasNoProblems(string json)
    {
        Checker.Validate(json).Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{ }""", "required")]
    [InlineData("""{ "a": 0 }""", "below")]
    [InlineData("""{ "a": 4 }""", "above")]
    [InlineData("""{ "a": 1.5 }""", "type")]
    [InlineData("""{ "a": "1" }""", "type")]
    [InlineData("""{ "a": 1, "z": 1 }""", "additional")]
    [InlineData("""{ "a": 1, "b": "xy" }""", "does not match")]
    [InlineData("""{ "a": 1, "b": "xxxx" }""", "longer")]
    [InlineData("""{ "a": 1, "c": [] }""", "fewer")]
    [InlineData("""{ "a": 1, "c": ["r"] }""", "not one of")]
    [InlineData("""{ "a": 1, "d": true }""", "oneOf")]
    [InlineData("""{ "a": 1, "f": 0 }""", "not allowed")]
    [InlineData("""[]""", "type")]
    public void Validate_ViolatingInstance_SaysWhy(string json, string problem)
    {
        Checker.Validate(json).Should().Contain(p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "if": {} }""")]
    [InlineData("""{ "$ref": "other.json#/x" }""")]
    [InlineData("""{ "$ref": "#/$defs/missing" }""")]
    public void Load_KeywordOutsideTheSubset_IsRefused(string schema)
    {
        var act = () => MiniJsonSchema.Load(schema);

        act.Should().Throw<NotSupportedException>();
    }
}
