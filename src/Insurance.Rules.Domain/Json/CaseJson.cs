using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules.Domain.Json;

/// <summary>
/// Reads and writes cases in the contract's JSON (CONTRACT.md "Input: a case"; docs/contract.md).
/// Reading never throws for bad input: every problem comes back as an <see cref="InputError"/> with a path.
/// </summary>
public static class CaseJson
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Contribution records of the document being read fast, reused per thread (the model keeps its own copy).
    [ThreadStatic]
    private static List<ContributionRecord>? recordBuffer;

    /// <summary>Reads a case from UTF-8 bytes (a leading byte-order mark is allowed).</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="options">Language, region aliases and limits.</param>
    /// <returns>The case, or every problem found.</returns>
    public static CaseParseResult Parse(ReadOnlySpan<byte> utf8, CaseReadOptions options) => Parse(utf8, options, allowFastPath: true);

    /// <summary>
    /// Reads a case; with <paramref name="allowFastPath"/> false every document takes the full path (the validator),
    /// so that tests can compare the two paths document by document.
    /// </summary>
    internal static CaseParseResult Parse(ReadOnlySpan<byte> utf8, CaseReadOptions options, bool allowFastPath)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Limits;
        var errors = new ErrorCollector(options.Language, limits.MaxErrors);
        if (utf8.Length > limits.MaxDocumentBytes)
        {
            errors.AddWithMessage(
                JsonPath.Root, ErrorCodes.LimitExceeded, "limit.documentSize", ("size", utf8.Length), ("max", limits.MaxDocumentBytes));
            return CaseParseResult.Failure(errors.Errors);
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (!Utf8.IsValid(utf8))
        {
            errors.Add(JsonPath.Root, ErrorCodes.JsonEncoding, ("offset", FirstInvalidUtf8Byte(utf8)));
            return CaseParseResult.Failure(errors.Errors);
        }

        // A plainly good document (the usual case) is read in one pass and checked without a validator; anything
        // else, or anything the checks reject, takes the full path below, which reports every problem.
        var regions = new RegionResolver(options.ResolveRegionAlias);
        var fastCheck = new CaseCheckContext(limits, regions, errors);
        // Taken from the thread while in use, so that a parse started from within this one (an alias resolver is the
        // caller's code) gets a buffer of its own.
        var records = recordBuffer ?? [];
        recordBuffer = null;
        try
        {
            if (allowFastPath
                && FastCaseReader.TryRead(utf8, fastCheck, records) is { } quick && CaseChecks.AllPassButContributions(quick, fastCheck))
            {
                return CaseParseResult.Success(CaseMapper.ToModel(quick, regions, records));
            }
        }
        catch (InvalidOperationException)
        {
            // An escaped lone surrogate cannot become a string; the prescan below reports it with its offset.
        }
        finally
        {
            // The model copies the records; the buffer goes back to this thread for the next document.
            records.Clear();
            recordBuffer = records;
        }

        return ParseFully(utf8, limits, regions, errors);
    }

    // The full path, kept out of Parse so that a process reading only plainly good documents never loads the
    // validator (FluentValidation) and the document model.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static CaseParseResult ParseFully(ReadOnlySpan<byte> utf8, InputLimits limits, RegionResolver regions, ErrorCollector errors)
    {
        if (!JsonPrescan.Check(utf8, limits, errors))
        {
            return CaseParseResult.Failure(errors.Errors);
        }

        // The prescan proved the document well-formed and shallow enough, so parsing cannot throw here.
        using var document = JsonDocument.Parse(
            utf8.ToArray(), new JsonDocumentOptions { MaxDepth = limits.MaxDepth + 8 });
        var dto = new CaseDocumentReader(limits, errors).Read(document.RootElement);

        var check = new CaseCheckContext(limits, regions, errors);
        var semantic = CaseDtoValidator.Instance.Validate(check.Attach(dto));
        foreach (var failure in semantic.Errors)
        {
            errors.AddFormatted(failure.PropertyName, failure.ErrorCode, failure.ErrorMessage);
        }

        return errors.Count > 0
            ? CaseParseResult.Failure(errors.Errors)
            : CaseParseResult.Success(CaseMapper.ToModel(dto, regions));
    }

    /// <summary>Reads a case from a string.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">Language, region aliases and limits.</param>
    /// <returns>The case, or every problem found.</returns>
    public static CaseParseResult Parse(string json, CaseReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);

        // Every char is at least one UTF-8 byte: a string longer than the byte limit is too big without encoding it.
        if (json.Length > options.Limits.MaxDocumentBytes)
        {
            var errors = new ErrorCollector(options.Language, options.Limits.MaxErrors);
            errors.AddWithMessage(
                JsonPath.Root, ErrorCodes.LimitExceeded, "limit.documentSize", ("size", json.Length), ("max", options.Limits.MaxDocumentBytes));
            return CaseParseResult.Failure(errors.Errors);
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            // A lone surrogate cannot be encoded: the same problem as invalid UTF-8 bytes.
            var errors = new ErrorCollector(options.Language, options.Limits.MaxErrors);
            errors.Add(JsonPath.Root, ErrorCodes.JsonEncoding, ("offset", StrictUtf8.GetByteCount(json.AsSpan(0, Math.Max(0, ex.Index)))));
            return CaseParseResult.Failure(errors.Errors);
        }

        return Parse(bytes, options);
    }

    /// <summary>Writes a case in the contract's JSON; reading the output gives an equal case.</summary>
    /// <param name="case">The case.</param>
    /// <param name="indented">True for two-space indentation with <c>\n</c> line ends.</param>
    public static string Serialize(InsuranceCase @case, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(@case);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ResultJson.CreateWriterOptions(indented)))
        {
            Write(writer, @case);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes a case in the contract's JSON to a writer.</summary>
    /// <param name="writer">The writer; see <see cref="ResultJson.CreateWriterOptions"/> for unescaped Chinese.</param>
    /// <param name="case">The case.</param>
    public static void Write(Utf8JsonWriter writer, InsuranceCase @case)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(@case);
        CaseWriter.Write(writer, @case);
    }

    private static int FirstInvalidUtf8Byte(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return offset;
    }
}
