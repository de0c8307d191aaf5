using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Validation;
using NodaTime;

namespace Insurance.Rules.Domain.Json;

/// <summary>
/// Writes results and input errors in the contract's JSON (CONTRACT.md "Output: a result"). Hand-written on
/// <see cref="Utf8JsonWriter"/>: field order is fixed, numbers and dates are culture-invariant, and every
/// normative field is always present (null or an empty array when there is nothing), so the same result
/// gives the same bytes on every machine.
/// </summary>
public static class ResultJson
{
    /// <summary>
    /// Writer options the contract output uses: Chinese and other non-ASCII text written as is (not as
    /// <c>\uXXXX</c>), <c>\n</c> line ends whatever the platform, two-space indentation when indented.
    /// </summary>
    /// <param name="indented">True for indented output.</param>
    public static JsonWriterOptions CreateWriterOptions(bool indented = false) => new()
    {
        // Relaxed escaping writes 中文 as is; output is for files and pipes, never embedded in HTML unquoted.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = indented,
        NewLine = "\n",
        SkipValidation = false,
    };

    /// <summary>Writes one result object.</summary>
    /// <param name="writer">The writer (use <see cref="CreateWriterOptions"/> for unescaped Chinese).</param>
    /// <param name="result">The result.</param>
    /// <param name="options">What to include; null for <see cref="JsonWriteOptions.Default"/>.</param>
    public static void Write(Utf8JsonWriter writer, EvaluationResult result, JsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        options ??= JsonWriteOptions.Default;
        var w = writer;

        w.WriteStartObject();
        StringOrNull(w, "caseId"u8, result.CaseId);
        WriteDate(w, "asOf"u8, result.AsOf);
        w.WriteString("region"u8, result.Region);
        w.WriteString("status"u8, ContractNames.Of(result.Status));

        w.WriteStartArray("gaps"u8);
        foreach (var gap in result.Gaps)
        {
            w.WriteStartObject();
            WriteMonth(w, "from"u8, gap.From);
            WriteMonth(w, "to"u8, gap.To);
            w.WriteNumber("months"u8, gap.Months);
            NumberOrNull(w, "days"u8, gap.Days);
            StringOrNull(w, "band"u8, gap.Band);
            w.WriteBoolean("open"u8, gap.Open);
            WriteDate(w, "paymentDate"u8, gap.PaymentDate);
            DateOrNull(w, "benefitsResumeOn"u8, gap.BenefitsResumeOn);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        DateOrNull(w, "benefitsResumeOn"u8, result.BenefitsResumeOn);
        w.WriteNumber("waitingMonths"u8, result.WaitingMonths);
        w.WriteBoolean("gapCoveredRetroactively"u8, result.GapCoveredRetroactively);
        w.WriteBoolean("continuityPreserved"u8, result.ContinuityPreserved);

        w.WriteStartArray("deadlines"u8);
        foreach (var deadline in result.Deadlines)
        {
            w.WriteStartObject();
            WriteDate(w, "payBy"u8, deadline.PayBy);
            w.WriteString("then"u8, deadline.Then);
            DateOrNull(w, "benefitsResumeOnIfLater"u8, deadline.BenefitsResumeOnIfLater);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("steps"u8);
        foreach (var step in result.Steps)
        {
            WriteStep(w, step);
        }

        w.WriteEndArray();

        if (result.FlexibleEnrollment is { } flex)
        {
            w.WriteStartObject("flexibleEnrollment"u8);
            w.WriteBoolean("eligible"u8, flex.Eligible);
            StringOrNull(w, "reason"u8, flex.Reason);
            w.WriteString("basis"u8, flex.Basis);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("flexibleEnrollment"u8);
        }

        if (result.Retirement is { } retirement)
        {
            w.WriteStartObject("retirement"u8);
            WriteMonth(w, "retirementMonth"u8, retirement.RetirementMonth);
            NumberOrNull(w, "requiredMonths"u8, retirement.RequiredMonths);
            w.WriteNumber("creditedMonths"u8, retirement.CreditedMonths);
            w.WriteNumber("shortfallMonths"u8, retirement.ShortfallMonths);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("retirement"u8);
        }

        if (result.ResidentWaiting is { } waiting)
        {
            w.WriteStartObject("residentWaiting"u8);
            w.WriteNumber("fixedMonths"u8, waiting.FixedMonths);
            w.WriteNumber("variableMonths"u8, waiting.VariableMonths);
            w.WriteNumber("repairedMonths"u8, waiting.RepairedMonths);
            w.WriteNumber("totalMonths"u8, waiting.TotalMonths);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("residentWaiting"u8);
        }

        if (result.Incentive is { } incentive)
        {
            w.WriteStartObject("incentive"u8);
            w.WriteNumber("consecutiveYears"u8, incentive.ConsecutiveYears);
            w.WriteNumber("capRaise"u8, incentive.CapRaise);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("incentive"u8);
        }

        w.WriteStartArray("assumptions"u8);
        foreach (var assumption in result.Assumptions)
        {
            w.WriteStartObject();
            w.WriteString("code"u8, assumption.Code);
            w.WriteString("text"u8, assumption.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("trace"u8);
        foreach (var entry in result.Trace)
        {
            w.WriteStartObject();
            w.WriteString("rule"u8, entry.Rule);
            w.WriteString("name"u8, entry.Name);
            w.WriteString("basis"u8, entry.Basis);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Last, because it is long and for people: a reader of the normative fields can stop before it.
        if (options.IncludeTimeline)
        {
            w.WriteStartArray("timeline"u8);
            foreach (var month in result.Timeline)
            {
                w.WriteStartObject();
                WriteMonth(w, "month"u8, month.Month);
                w.WriteString("state"u8, ContractNames.Of(month.State));
                w.WriteBoolean("benefitsApply"u8, month.BenefitsApply);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>A result as a JSON string.</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">True for indented output.</param>
    /// <param name="options">What to include; null for <see cref="JsonWriteOptions.Default"/>.</param>
    public static string Serialize(EvaluationResult result, bool indented = false, JsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scratch = Scratch.Current;
        var writer = scratch.Writer(indented);
        Write(writer, result, options);
        writer.Flush();
        return Encoding.UTF8.GetString(scratch.Buffer.WrittenSpan);
    }

    /// <summary>A result as UTF-8 JSON bytes (no byte-order mark).</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">True for indented output.</param>
    /// <param name="options">What to include; null for <see cref="JsonWriteOptions.Default"/>.</param>
    public static byte[] SerializeToUtf8Bytes(EvaluationResult result, bool indented = false, JsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var scratch = Scratch.Current;
        var writer = scratch.Writer(indented);
        Write(writer, result, options);
        writer.Flush();
        return scratch.Buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <c>{ "errors": [ { "path", "code", "message" } ] }</c>.</summary>
    /// <param name="writer">The writer (use <see cref="CreateWriterOptions"/> for unescaped Chinese).</param>
    /// <param name="errors">The errors, in order.</param>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<InputError> errors) => WriteErrors(writer, errors, null);

    /// <summary>Writes the error object; with <paramref name="line"/>, a batch line's error object (<c>line</c> first).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="errors">The errors, in order.</param>
    /// <param name="line">The 1-based input line number, or null for a single document.</param>
    public static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<InputError> errors, long? line)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(errors);
        writer.WriteStartObject();
        if (line is { } n)
        {
            writer.WriteNumber("line", n);
        }

        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("path", error.Path);
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The error object as a JSON string.</summary>
    /// <param name="errors">The errors, in order.</param>
    /// <param name="indented">True for indented output.</param>
    public static string SerializeErrors(IReadOnlyList<InputError> errors, bool indented = false) => SerializeErrors(errors, null, indented);

    /// <summary>The error object as a JSON string; with <paramref name="line"/>, a batch line's error object.</summary>
    /// <param name="errors">The errors, in order.</param>
    /// <param name="line">The 1-based input line number, or null.</param>
    /// <param name="indented">True for indented output.</param>
    public static string SerializeErrors(IReadOnlyList<InputError> errors, long? line, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(errors);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CreateWriterOptions(indented)))
        {
            WriteErrors(writer, errors, line);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteStep(Utf8JsonWriter w, StepResult step)
    {
        w.WriteStartObject();
        w.WriteString("code"u8, step.Code);
        w.WriteString("title"u8, step.Title);
        DateOrNull(w, "dueBy"u8, step.DueBy);
        w.WriteStartArray("documents"u8);
        foreach (var document in step.Documents)
        {
            w.WriteStringValue(document);
        }

        w.WriteEndArray();
        w.WriteStartArray("channels"u8);
        foreach (var channel in step.Channels)
        {
            w.WriteStringValue(ContractNames.Of(channel));
        }

        w.WriteEndArray();
        StringOrNull(w, "where"u8, step.Where);
        w.WriteString("basis"u8, step.Basis);
        w.WriteEndObject();
    }

    private static void StringOrNull(Utf8JsonWriter w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void NumberOrNull(Utf8JsonWriter w, ReadOnlySpan<byte> name, int? value)
    {
        if (value is { } number)
        {
            w.WriteNumber(name, number);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void DateOrNull(Utf8JsonWriter w, ReadOnlySpan<byte> name, LocalDate? value)
    {
        if (value is { } date)
        {
            WriteDate(w, name, date);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    // Dates and months as ISO text straight from a stack buffer: no string per value.
    private static void WriteDate(Utf8JsonWriter w, ReadOnlySpan<byte> name, LocalDate date)
    {
        Span<byte> text = stackalloc byte[IsoText.MaxLength];
        w.WriteString(name, text[..IsoText.Date(date, text)]);
    }

    private static void WriteMonth(Utf8JsonWriter w, ReadOnlySpan<byte> name, YearMonth month)
    {
        Span<byte> text = stackalloc byte[IsoText.MaxLength];
        w.WriteString(name, text[..IsoText.Month(month, text)]);
    }

    // One writer and buffer per thread for the Serialize methods: a result is written into it and copied out once.
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? current;

        private readonly Utf8JsonWriter compact;
        private readonly Utf8JsonWriter indented;

        private Scratch()
        {
            compact = new Utf8JsonWriter(Buffer, CreateWriterOptions(indented: false));
            indented = new Utf8JsonWriter(Buffer, CreateWriterOptions(indented: true));
        }

        public System.Buffers.ArrayBufferWriter<byte> Buffer { get; } = new(8192);

        public static Scratch Current => current ??= new Scratch();

        public Utf8JsonWriter Writer(bool indent)
        {
            Buffer.ResetWrittenCount();
            var writer = indent ? indented : compact;
            writer.Reset(Buffer);
            return writer;
        }
    }
}
