using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    // The BMP characters known to need no escaping, as inclusive ranges: printable ASCII except the two the JSON grammar
    // requires escaped (the relaxed encoder leaves <, >, &, ' and + as is); Latin-1 letters and signs except the soft
    // hyphen (a format character); dashes, quotes, bullets, ellipsis; per mille, primes and other punctuation; arrows;
    // CJK symbols and punctuation except the ideographic space (U+3000); CJK Unified Ideographs; fullwidth forms of ASCII.
    private static ReadOnlySpan<ushort> SafeRanges =>
    [
        0x0020, 0x0021, 0x0023, 0x005B, 0x005D, 0x007E,
        0x00A1, 0x00AC, 0x00AE, 0x00FF,
        0x2010, 0x2027, 0x2030, 0x205E, 0x2190, 0x21FF,
        0x3001, 0x303F, 0x4E00, 0x9FFF, 0xFF01, 0xFF5E,
    ];

    // One bit per BMP character, set for the ranges above (8 KB, filled once): the scans look a character up instead of
    // comparing it with each range.
    private static readonly byte[] SafeBits = BuildSafeBits();

    /// <summary>Whether the framework's relaxed encoder writes this character as is, for the characters this class knows.</summary>
    /// <param name="c">A UTF-16 code unit or a Unicode scalar value.</param>
    /// <returns>True for a character known to need no escaping; false for one the framework encoder must look at.</returns>
    internal static bool IsKnownSafe(int c) => (uint)c <= 0xFFFF && IsSafe((char)c);

    private static bool IsSafe(char c) => (SafeBits[c >> 3] & (1 << (c & 7))) != 0;

    private static byte[] BuildSafeBits()
    {
        var bits = new byte[0x10000 / 8];
        var ranges = SafeRanges;
        for (var r = 0; r < ranges.Length; r += 2)
        {
            for (int c = ranges[r]; c <= ranges[r + 1]; c++)
            {
                bits[c >> 3] |= (byte)(1 << (c & 7));
            }
        }

        return bits;
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
        var i = PlainAsciiBytes(utf8Text);
        while (i < utf8Text.Length)
        {
            var b = utf8Text[i];
            if (b < 0x80)
            {
                if (!IsSafe((char)b))
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

    // How many leading bytes are printable ASCII other than " and \, sixteen at a time (dates, codes and English texts
    // are all such bytes); the character loops take over from there.
    private static int PlainAsciiBytes(ReadOnlySpan<byte> text)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref MemoryMarshal.GetReference(text);
            for (; i <= text.Length - Vector128<byte>.Count; i += Vector128<byte>.Count)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)i);
                var stops = Vector128.LessThan(v, Vector128.Create((byte)0x20))
                    | Vector128.GreaterThan(v, Vector128.Create((byte)0x7E))
                    | Vector128.Equals(v, Vector128.Create((byte)'"'))
                    | Vector128.Equals(v, Vector128.Create((byte)'\\'));
                if (stops != Vector128<byte>.Zero)
                {
                    break;
                }
            }
        }

        return i;
    }

    // The same for UTF-16 text, eight characters at a time. Two methods rather than one generic over the code unit: a
    // generic-math version (Vector128<T>, T.CreateTruncating) is not precompiled and cost five JIT compilations at
    // start-up (measured: 79 → 84 methods for one evaluation).
    private static int PlainAsciiChars(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector128.IsHardwareAccelerated)
        {
            ref var start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            for (; i <= text.Length - Vector128<ushort>.Count; i += Vector128<ushort>.Count)
            {
                var v = Vector128.LoadUnsafe(ref start, (nuint)i);
                var stops = Vector128.LessThan(v, Vector128.Create((ushort)0x20))
                    | Vector128.GreaterThan(v, Vector128.Create((ushort)0x7E))
                    | Vector128.Equals(v, Vector128.Create((ushort)'"'))
                    | Vector128.Equals(v, Vector128.Create((ushort)'\\'));
                if (stops != Vector128<ushort>.Zero)
                {
                    break;
                }
            }
        }

        return i;
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
        for (var i = PlainAsciiChars(text); i < text.Length; i++)
        {
            if (!IsSafe(text[i]))
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
