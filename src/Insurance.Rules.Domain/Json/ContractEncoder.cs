using System.Text;
using System.Text.Encodings.Web;

namespace Insurance.Rules.Domain.Json;

/// <summary>
/// The contract output's JSON encoder: it escapes exactly what <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>
/// escapes, and writes every escape as that encoder does, but answers "does this text need escaping?" itself for the
/// characters results are made of — printable ASCII other than <c>"</c> and <c>\</c>, CJK ideographs and the common
/// CJK, Latin-1 and general punctuation — and builds the framework encoder only for a text that has something else.
/// The framework encoder builds its tables of all 65,536 BMP characters on first use, which cost a one-case process
/// about 6 ms of its start-up; a result in Chinese or English rarely needs it at all.
/// </summary>
/// <remarks>
/// Every character this class calls safe is one the framework encoder writes as is (the tests check each of the
/// 65,536 BMP code units against it); anything else — controls, quotes, backslashes, surrogates, characters outside
/// the ranges below, invalid UTF-8 — makes the text go to the framework encoder, from the first such character on, so
/// the output is byte for byte that of <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>.
/// </remarks>
internal sealed class ContractEncoder : JavaScriptEncoder
{
    /// <summary>The one instance (the writer options and the pre-encoded names share it).</summary>
    public static readonly ContractEncoder Instance = new();

    private ContractEncoder()
    {
    }

    // Texts this thread has handed to the framework encoder (for the tests: results in Chinese or English need none).
    [ThreadStatic]
    private static int handedOver;

    /// <summary>How many texts this thread has handed to the framework encoder so far.</summary>
    internal static int HandedOver => handedOver;

    // The encoder that decides and writes every escape; built on first need.
    private static JavaScriptEncoder Full => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // The framework encoder, for a text from its first character not known to be safe.
    private static JavaScriptEncoder HandOver()
    {
        handedOver++;
        return Full;
    }

    /// <inheritdoc />
    public override int MaxOutputCharactersPerInputCharacter => Full.MaxOutputCharactersPerInputCharacter;

    /// <summary>Whether the framework's relaxed encoder writes this BMP character as is, for the characters this class knows.</summary>
    /// <param name="c">A UTF-16 code unit or a BMP scalar value.</param>
    /// <returns>True for a character known to need no escaping; false for one the framework encoder must look at.</returns>
    internal static bool IsKnownSafe(int c)
    {
        if (c < 0x80)
        {
            // Printable ASCII except the two the JSON grammar requires escaped (the relaxed encoder leaves <, >, &, ' and + as is).
            return c >= 0x20 && c != '"' && c != '\\' && c != 0x7F;
        }

        return c switch
        {
            >= 0x4E00 and <= 0x9FFF => true,   // CJK Unified Ideographs
            >= 0x3001 and <= 0x303F => true,   // CJK Symbols and Punctuation (not U+3000, the ideographic space)
            >= 0xFF01 and <= 0xFF5E => true,   // Fullwidth forms of ASCII
            >= 0x00A1 and <= 0x00FF => c != 0x00AD, // Latin-1 letters and signs (not the soft hyphen, a format character)
            >= 0x2010 and <= 0x2027 => true,   // dashes, quotes, bullets, ellipsis
            >= 0x2030 and <= 0x205E => true,   // per mille, primes, other punctuation
            >= 0x2190 and <= 0x21FF => true,   // arrows
            _ => false,
        };
    }

    /// <inheritdoc />
    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var i = FindFirst(new ReadOnlySpan<char>(text, textLength));
        if (i < 0)
        {
            return -1;
        }

        return HandOver().FindFirstCharacterToEncode(text + i, textLength - i) is var rest and >= 0 ? i + rest : -1;
    }

    /// <inheritdoc />
    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var i = 0;
        while (i < utf8Text.Length)
        {
            var b = utf8Text[i];
            if (b < 0x80)
            {
                if (!IsKnownSafe(b))
                {
                    break;
                }

                i++;
                continue;
            }

            // Rune decoding rejects overlong forms, surrogates and truncated sequences; those go to the full encoder.
            if (Rune.DecodeFromUtf8(utf8Text[i..], out var rune, out var length) != System.Buffers.OperationStatus.Done
                || !IsKnownSafe(rune.Value))
            {
                break;
            }

            i += length;
        }

        if (i == utf8Text.Length)
        {
            return -1;
        }

        return HandOver().FindFirstCharacterToEncodeUtf8(utf8Text[i..]) is var rest and >= 0 ? i + rest : -1;
    }

    /// <inheritdoc />
    public override bool WillEncode(int unicodeScalar) => !IsKnownSafe(unicodeScalar) && Full.WillEncode(unicodeScalar);

    /// <inheritdoc />
    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
        => Full.TryEncodeUnicodeScalar(unicodeScalar, buffer, bufferLength, out numberOfCharactersWritten);

    /// <inheritdoc />
    public override System.Buffers.OperationStatus EncodeUtf8(
        ReadOnlySpan<byte> utf8Source, Span<byte> utf8Destination, out int bytesConsumed, out int bytesWritten, bool isFinalBlock = true)
        => Full.EncodeUtf8(utf8Source, utf8Destination, out bytesConsumed, out bytesWritten, isFinalBlock);

    /// <inheritdoc />
    public override System.Buffers.OperationStatus Encode(
        ReadOnlySpan<char> source, Span<char> destination, out int charsConsumed, out int charsWritten, bool isFinalBlock = true)
        => Full.Encode(source, destination, out charsConsumed, out charsWritten, isFinalBlock);

    /// <inheritdoc />
    public override string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return FindFirst(value) < 0 ? value : HandOver().Encode(value);
    }

    private static int FindFirst(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsKnownSafe(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <inheritdoc />
    public override void Encode(TextWriter output, string value, int startIndex, int characterCount)
        => Full.Encode(output, value, startIndex, characterCount);

    /// <inheritdoc />
    public override void Encode(TextWriter output, char[] value, int startIndex, int characterCount)
        => Full.Encode(output, value, startIndex, characterCount);
}
