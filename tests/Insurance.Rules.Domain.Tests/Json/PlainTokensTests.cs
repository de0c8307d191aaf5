using System.Text;
using System.Text.Json;
using Insurance.Rules.Domain.Json;

namespace Insurance.Rules.Domain.Tests.Json;

/// <summary>
/// The fast reader's tokenizer accepts plain JSON exactly as <see cref="Utf8JsonReader"/> reads it and throws for
/// everything else: malformed JSON, and valid JSON outside the plain form (which the full path then reads).
/// </summary>
public sealed class PlainTokensTests
{
    private static List<(JsonTokenType Type, string Text)> Tokens(string json, int maxDepth = 5)
    {
        var tokens = new List<(JsonTokenType, string)>();
        var reader = new FastCaseReader.PlainTokens(Encoding.UTF8.GetBytes(json), maxDepth);
        while (reader.Read())
        {
            var text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String or JsonTokenType.Number
                ? Encoding.UTF8.GetString(reader.ValueSpan)
                : string.Empty;
            tokens.Add((reader.TokenType, text));
        }

        return tokens;
    }

    private static List<(JsonTokenType Type, string Text)> ReferenceTokens(string json)
    {
        var tokens = new List<(JsonTokenType, string)>();
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        while (reader.Read())
        {
            var text = reader.TokenType is JsonTokenType.PropertyName or JsonTokenType.String or JsonTokenType.Number
                ? Encoding.UTF8.GetString(reader.ValueSpan)
                : string.Empty;
            tokens.Add((reader.TokenType, text));
        }

        return tokens;
    }

    [Theory]
    [InlineData("""{"a":"x","b":[1,-20,0,null,{},[]],"c":{"d":"中文"}}""")]
    [InlineData(" \t\r\n{ \"a\" : [ 1 , 2 ] , \"b\" : null } \n")]
    [InlineData("[]")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"a name past sixteen bytes\":\"a value longer than sixteen bytes, 中文 too\",\"b\":\"0123456789abcde\"}")]
    [InlineData("-7")]
    [InlineData("null")]
    public void Read_PlainDocument_SameTokensAsUtf8JsonReader(string json)
    {
        Tokens(json).Should().Equal(ReferenceTokens(json));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("{")]
    [InlineData("{\"a\":1")]
    [InlineData("{\"a\":1,}")] // trailing comma
    [InlineData("[1,]")]
    [InlineData("[,1]")]
    [InlineData("{,\"a\":1}")]
    [InlineData("{\"a\" 1}")] // no colon
    [InlineData("{\"a\"::1}")]
    [InlineData("{\"a\":01}")] // leading zero
    [InlineData("{\"a\":-}")]
    [InlineData("{\"a\":+1}")]
    [InlineData("{\"a\":nul}")]
    [InlineData("{\"a\":nullx}")]
    [InlineData("{} {}")] // two roots
    [InlineData("{}x")]
    [InlineData("/*c*/{}")] // comments are not JSON
    [InlineData("{'a':1}")]
    [InlineData("[1 2]")]
    [InlineData("{\"a\":1]")] // mismatched brackets
    [InlineData("[}")]
    [InlineData("{1:2}")] // a name must be a string
    [InlineData("{\"a\":\"tab\tinside\"}")] // control character in a string
    [InlineData("{\"a\":\"0123456789abcde\u001f\"}")] // a control character as the 16th byte of a string (boundary)
    [InlineData("{\"a\":\"0123456789abcdef\u001f\"}")] // the 17th byte: past the first sixteen searched at once
    [InlineData("{\"a\":\"0123456789abcdefghij")] // the document ends inside a string longer than sixteen bytes
    [InlineData("{\"a\":\"open}")]
    [InlineData("{\"a\":\"x\"\"b\":1}")] // missing comma
    public void Read_MalformedJson_Throws(string json)
    {
        var act = () => Tokens(json);

        act.Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("{\"a\":1.5}")]
    [InlineData("{\"a\":1e3}")]
    [InlineData("{\"a\":-0.0}")]
    [InlineData("{\"a\":true}")]
    [InlineData("{\"a\":false}")]
    [InlineData("{\"a\":\"x\\\"y\"}")] // an escape in a value
    [InlineData("{\"a\":\"0123456789abcde\\\"\"}")] // an escape as the 16th byte of a string (boundary)
    [InlineData("{\"a\":\"0123456789abcdefghij\\\"\"}")] // an escape past the first sixteen bytes
    [InlineData("{\"\\u0061\":1}")] // an escape in a name
    public void Read_ValidButNotPlain_Throws(string json)
    {
        var valid = () => ReferenceTokens(json);
        valid.Should().NotThrow("the document is valid JSON");

        var act = () => Tokens(json);

        act.Should().Throw<JsonException>("it is left to the full reader");
    }

    [Fact]
    public void Read_DepthAtAndBeyondTheLimit_ThrowsOnlyBeyond()
    {
        Tokens("[[[]]]", maxDepth: 3).Should().HaveCount(6, "exactly the limit (boundary)");

        var act = () => Tokens("[[[[]]]]", maxDepth: 3);

        act.Should().Throw<JsonException>("one level deeper than the limit");
    }

    [Theory]
    [InlineData("2147483647", true, int.MaxValue)] // boundary: the largest int
    [InlineData("-2147483648", true, int.MinValue)]
    [InlineData("2147483648", false, 0)] // one past it
    [InlineData("-0", true, 0)]
    public void TryGetInt32_IntegerText_AsUtf8JsonReader(string number, bool fits, int expected)
    {
        var reader = new FastCaseReader.PlainTokens(Encoding.UTF8.GetBytes(number), 5);
        reader.Read().Should().BeTrue();
        var reference = new Utf8JsonReader(Encoding.UTF8.GetBytes(number));
        reference.Read();

        reader.TryGetInt32(out var value).Should().Be(fits).And.Be(reference.TryGetInt32(out var referenceValue));
        if (fits)
        {
            value.Should().Be(expected).And.Be(referenceValue);
        }
    }
}
