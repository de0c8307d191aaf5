using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Results;

namespace Insurance.Rules.Domain.Tests.Json;

/// <summary>
/// The contract encoder must write exactly what the framework's relaxed encoder writes; it only decides by itself that
/// a text needs no escaping. These tests compare the two on every BMP code unit, on surrogates and invalid UTF-8, on
/// random texts, and check that results in Chinese and English never need the framework encoder.
/// </summary>
public sealed class ContractEncoderTests
{
    private static readonly JavaScriptEncoder Framework = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    [Fact]
    public void KnownSafe_EveryBmpCharacterItCallsSafe_IsWrittenAsIsByTheFrameworkEncoder()
    {
        var safe = 0;
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (!ContractEncoder.IsKnownSafe(c))
            {
                continue;
            }

            safe++;
            Framework.WillEncode(c).Should().BeFalse($"U+{c:X4} is called safe");
            var text = ((char)c).ToString();
            Framework.Encode(text).Should().Be(text, $"U+{c:X4} is called safe");
        }

        // ASCII printable but " and \ (93), CJK ideographs (20,992), CJK punctuation (63), fullwidth (94), Latin-1
        // (94), general punctuation (24 + 47), arrows (112).
        safe.Should().Be(93 + 20992 + 63 + 94 + 94 + 24 + 47 + 112);
    }

    [Theory]
    [InlineData(0x00, false)]
    [InlineData(0x1F, false)]
    [InlineData(0x20, true)]
    [InlineData('"', false)]
    [InlineData('\\', false)]
    [InlineData('<', true)]
    [InlineData('&', true)]
    [InlineData(0x7E, true)]
    [InlineData(0x7F, false)]
    [InlineData(0xA0, false)] // no-break space: a space separator, left to the framework encoder
    [InlineData(0xAD, false)] // soft hyphen: a format character
    [InlineData(0x3000, false)] // ideographic space
    [InlineData(0x3002, true)] // 。
    [InlineData(0x4DFF, false)] // just below the CJK ideographs
    [InlineData(0x4E00, true)]
    [InlineData(0x9FFF, true)]
    [InlineData(0xA000, false)]
    [InlineData(0xD800, false)] // surrogates are never safe alone
    [InlineData(0xFF0C, true)] // ，
    [InlineData(0xFF5F, false)]
    public void KnownSafe_Boundaries(int c, bool expected) => ContractEncoder.IsKnownSafe(c).Should().Be(expected);

    [Fact]
    public void Writer_EveryBmpCodeUnit_SameBytesAsTheFrameworkEncoder()
    {
        // Strings (UTF-16, lone surrogates included), UTF-8 values and property names: every code unit between two
        // safe characters, so that both the "safe so far" scan and the hand-over are exercised.
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var text = "a" + (char)c + "中";
            Write(ContractEncoder.Instance, text).Should().Be(Write(Framework, text), $"U+{c:X4} as a string");
            if (c is < 0xD800 or > 0xDFFF)
            {
                var utf8 = Encoding.UTF8.GetBytes(text);
                WriteUtf8(ContractEncoder.Instance, utf8).Should().Be(WriteUtf8(Framework, utf8), $"U+{c:X4} as UTF-8");
            }
        }
    }

    [Theory]
    [InlineData("😀 emoji")]
    [InlineData("𠀀 CJK Extension B")]
    [InlineData("line\nbreak\ttab\r")]
    [InlineData("quote \" and backslash \\")]
    [InlineData("\u2028\u2029 separators")]
    [InlineData("\uFEFF byte order mark")]
    [InlineData("\uD83D lone high, \uDE00 lone low")]
    [InlineData("")]
    public void Writer_SpecialTexts_SameBytesAsTheFrameworkEncoder(string text)
    {
        Write(ContractEncoder.Instance, text).Should().Be(Write(Framework, text));
        JsonEncodedText.Encode(text, ContractEncoder.Instance).ToString().Should().Be(JsonEncodedText.Encode(text, Framework).ToString());
        ContractEncoder.Instance.Encode(text).Should().Be(Framework.Encode(text));
    }

    [Theory]
    [InlineData(new byte[] { 0xE4, 0xB8 })] // a 3-byte sequence cut short
    [InlineData(new byte[] { 0xC0, 0xAF })] // overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // an encoded surrogate
    [InlineData(new byte[] { 0x80 })] // a lone continuation byte
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 })] // 😀, four bytes
    public void FindFirstUtf8_InvalidOrAstralBytes_SameAnswerAsTheFrameworkEncoder(byte[] tail)
    {
        byte[] text = [.. "ok 中文 "u8, .. tail, .. " end"u8];
        ContractEncoder.Instance.FindFirstCharacterToEncodeUtf8(text).Should().Be(Framework.FindFirstCharacterToEncodeUtf8(text));
    }

    [Fact]
    public void Writer_LongTexts_EveryPositionOfEachKindOfCharacter_SameBytesAsTheFrameworkEncoder()
    {
        // Plain ASCII is scanned sixteen bytes (eight characters) at a time: a character of each kind at every
        // position of a 41-character text, so that it falls in the first block, a later block, and the remainder.
        char[] kinds = ['"', '\\', '\n', (char)0x1F, (char)0x7F, (char)0x80, (char)0xA0, 'é', '中', '。', (char)0x3000, (char)0xD800, 'z'];
        foreach (var kind in kinds)
        {
            for (var at = 0; at < 41; at++)
            {
                var text = new string('a', at) + kind + new string('b', 40 - at);
                Write(ContractEncoder.Instance, text).Should().Be(Write(Framework, text), $"U+{(int)kind:X4} at {at}");
                if (!char.IsSurrogate(kind))
                {
                    var utf8 = Encoding.UTF8.GetBytes(text);
                    WriteUtf8(ContractEncoder.Instance, utf8).Should().Be(WriteUtf8(Framework, utf8), $"U+{(int)kind:X4} at {at} as UTF-8");
                    ContractEncoder.Instance.FindFirstCharacterToEncodeUtf8(utf8).Should().Be(Framework.FindFirstCharacterToEncodeUtf8(utf8));
                }
            }
        }
    }

    [Fact]
    public void Writer_RandomTexts_SameBytesAsTheFrameworkEncoder()
    {
        // Mixed texts drawn mostly from the safe ranges with some characters of every other kind.
        var random = new Random(20261206);
        int[] pool = ['a', ' ', '"', '\\', '\n', 0x01, 0x7F, 0xA0, 0xA7, 0xAD, 0x2013, 0x2028, 0x2192, 0x3000, 0x3002, 0x4E2D, 0x9FA5, 0xFF0C, 0xFFFD, 0xFEFF, 0x0378];
        for (var n = 0; n < 5000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 24);
            for (var i = 0; i < length; i++)
            {
                var pick = random.Next(pool.Length + 3);
                if (pick < pool.Length)
                {
                    builder.Append((char)pool[pick]);
                }
                else if (pick == pool.Length)
                {
                    builder.Append("😀");
                }
                else
                {
                    builder.Append((char)random.Next(0x20, 0x7F));
                }
            }

            var text = builder.ToString();
            Write(ContractEncoder.Instance, text).Should().Be(Write(Framework, text), text);
            var utf8 = Encoding.UTF8.GetBytes(text);
            WriteUtf8(ContractEncoder.Instance, utf8).Should().Be(WriteUtf8(Framework, utf8), text);
        }
    }

    [Fact]
    public void Serialize_AResultWithChineseTexts_NeedsNoFrameworkEncoder()
    {
        // The point of the class: a result's texts (Chinese, with the punctuation the texts use) are decided without
        // building the framework encoder's tables. The count is per thread, so other tests do not disturb it.
        var result = ResultJsonTests.Yichang();
        var before = ContractEncoder.HandedOver;
        var compact = ResultJson.Serialize(result);
        var indented = ResultJson.Serialize(result, indented: true);
        ContractEncoder.HandedOver.Should().Be(before);
        compact.Should().Contain("宜昌灵活就业断缴分档").And.Contain("“3个月后”");
        indented.Should().Contain("《宜昌市城区灵活就业人员基本医疗保险办法》第十一条");

        // And the count does move when a text needs the framework encoder.
        ResultJson.Serialize(new EvaluationResult { CaseId = "tab\there", AsOf = result.AsOf, Region = result.Region, Status = result.Status });
        ContractEncoder.HandedOver.Should().BeGreaterThan(before);
    }

    [Fact]
    public void Serialize_AWriterWithTheFrameworkRelaxedEncoder_SameBytesAsTheContractOptions()
    {
        var result = ResultJsonTests.Yichang();
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultJson.CreateWriterOptions() with { Encoder = Framework }))
        {
            ResultJson.Write(writer, result);
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(ResultJson.Serialize(result));
    }

    private static string Write(JavaScriptEncoder encoder, string text) => Written(encoder, w => w.WriteString(text, text));

    private static string WriteUtf8(JavaScriptEncoder encoder, byte[] text) => Written(encoder, w => w.WriteString(text, text));

    // The bytes of an object with one member written by the encoder, or the exception's type (invalid text is refused
    // by both, the same way).
    private static string Written(JavaScriptEncoder encoder, Action<Utf8JsonWriter> member)
    {
        using var stream = new MemoryStream();
        try
        {
            using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = encoder });
            writer.WriteStartObject();
            member(writer);
            writer.WriteEndObject();
        }
        catch (ArgumentException e)
        {
            return e.GetType().Name;
        }

        return Convert.ToHexString(stream.ToArray());
    }
}
