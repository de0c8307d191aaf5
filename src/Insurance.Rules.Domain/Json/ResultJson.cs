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
    /// <c>\uXXXX</c>), <c>\n</c> line ends whatever the platform, two-space indentation when indented. The encoder
    /// escapes exactly as <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> (same bytes), and is quicker to
    /// start: it builds that encoder only for a text with a character it does not know to be safe.
    /// </summary>
    /// <param name="indented">True for indented output.</param>
    public static JsonWriterOptions CreateWriterOptions(bool indented = false) => new()
    {
        // Relaxed escaping writes 中文 as is; output is for files and pipes, never embedded in HTML unquoted. The
        // contract encoder escapes as JavaScriptEncoder.UnsafeRelaxedJsonEscaping does, without building its tables
        // for texts that need none.
        Encoder = ContractEncoder.Instance,
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
        var relaxed = EscapesAsContract(w.Options.Encoder);

        w.WriteStartObject();
        StringOrNull(w, N.CaseId, result.CaseId);
        WriteDate(w, N.AsOf, result.AsOf);
        w.WriteString(N.Region, result.Region);
        w.WriteString(N.Status, ContractNames.Encoded(result.Status));

        w.WriteStartArray(N.Gaps);
        foreach (var gap in result.Gaps)
        {
            w.WriteStartObject();
            WriteMonth(w, N.From, gap.From);
            WriteMonth(w, N.To, gap.To);
            w.WriteNumber(N.Months, gap.Months);
            NumberOrNull(w, N.Days, gap.Days);
            StringOrNull(w, N.Band, gap.Band);
            w.WriteBoolean(N.Open, gap.Open);
            WriteDate(w, N.PaymentDate, gap.PaymentDate);
            DateOrNull(w, N.BenefitsResumeOn, gap.BenefitsResumeOn);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        DateOrNull(w, N.BenefitsResumeOn, result.BenefitsResumeOn);
        w.WriteNumber(N.WaitingMonths, result.WaitingMonths);
        w.WriteBoolean(N.GapCoveredRetroactively, result.GapCoveredRetroactively);
        w.WriteBoolean(N.ContinuityPreserved, result.ContinuityPreserved);

        w.WriteStartArray(N.Deadlines);
        foreach (var deadline in result.Deadlines)
        {
            w.WriteStartObject();
            WriteDate(w, N.PayBy, deadline.PayBy);
            w.WriteString(N.Then, deadline.Then);
            DateOrNull(w, N.BenefitsResumeOnIfLater, deadline.BenefitsResumeOnIfLater);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(N.Steps);
        foreach (var step in result.Steps)
        {
            WriteStep(w, step, relaxed);
        }

        w.WriteEndArray();

        if (result.FlexibleEnrollment is { } flex)
        {
            w.WriteStartObject(N.FlexibleEnrollment);
            w.WriteBoolean(N.Eligible, flex.Eligible);
            StringOrNull(w, N.Reason, flex.Reason);
            w.WriteString(N.Basis, flex.Basis);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.FlexibleEnrollment);
        }

        if (result.Retirement is { } retirement)
        {
            w.WriteStartObject(N.Retirement);
            WriteMonth(w, N.RetirementMonth, retirement.RetirementMonth);
            NumberOrNull(w, N.RequiredMonths, retirement.RequiredMonths);
            w.WriteNumber(N.CreditedMonths, retirement.CreditedMonths);
            w.WriteNumber(N.ShortfallMonths, retirement.ShortfallMonths);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.Retirement);
        }

        if (result.ResidentWaiting is { } waiting)
        {
            w.WriteStartObject(N.ResidentWaiting);
            w.WriteNumber(N.FixedMonths, waiting.FixedMonths);
            w.WriteNumber(N.VariableMonths, waiting.VariableMonths);
            w.WriteNumber(N.RepairedMonths, waiting.RepairedMonths);
            w.WriteNumber(N.TotalMonths, waiting.TotalMonths);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.ResidentWaiting);
        }

        if (result.Incentive is { } incentive)
        {
            w.WriteStartObject(N.Incentive);
            w.WriteNumber(N.ConsecutiveYears, incentive.ConsecutiveYears);
            w.WriteNumber(N.CapRaise, incentive.CapRaise);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull(N.Incentive);
        }

        w.WriteStartArray(N.Assumptions);
        foreach (var assumption in result.Assumptions)
        {
            w.WriteStartObject();
            w.WriteString(N.Code, assumption.Code);
            w.WriteString(N.Text, assumption.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray(N.Trace);
        foreach (var entry in result.Trace)
        {
            w.WriteStartObject();
            RuleString(w, N.Rule, entry.Rule, relaxed);
            RuleString(w, N.Name, entry.Name, relaxed);
            RuleString(w, N.Basis, entry.Basis, relaxed);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Last, because it is long and for people: a reader of the normative fields can stop before it.
        if (options.IncludeTimeline)
        {
            w.WriteStartArray(N.Timeline);
            var compact = !w.Options.Indented;
            foreach (var month in result.Timeline)
            {
                if (compact)
                {
                    WriteCompactMonth(w, month);
                    continue;
                }

                w.WriteStartObject();
                WriteMonth(w, N.Month, month.Month);
                w.WriteString(N.State, ContractNames.Encoded(month.State));
                w.WriteBoolean(N.BenefitsApply, month.BenefitsApply);
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

    private static void WriteStep(Utf8JsonWriter w, StepResult step, bool relaxed)
    {
        w.WriteStartObject();
        w.WriteString(N.Code, step.Code);
        w.WriteString(N.Title, step.Title);
        DateOrNull(w, N.DueBy, step.DueBy);
        w.WriteStartArray(N.Documents);
        foreach (var document in step.Documents)
        {
            w.WriteStringValue(document);
        }

        w.WriteEndArray();
        w.WriteStartArray(N.Channels);
        foreach (var channel in step.Channels)
        {
            w.WriteStringValue(ContractNames.Encoded(channel));
        }

        w.WriteEndArray();
        StringOrNull(w, N.Where, step.Where);
        RuleString(w, N.Basis, step.Basis, relaxed);
        w.WriteEndObject();
    }

    // Whether a writer's encoder escapes as the contract's writer options do (the contract encoder, or the framework's
    // relaxed encoder it mirrors); the contract encoder is compared first, so that the framework's is not built for this.
    private static bool EscapesAsContract(JavaScriptEncoder? encoder)
        => ReferenceEquals(encoder, ContractEncoder.Instance) || ReferenceEquals(encoder, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    // A string from rule metadata, from the cache when the writer escapes as the contract's writer options do.
    private static void RuleString(Utf8JsonWriter w, JsonEncodedText name, string value, bool relaxed)
    {
        if (relaxed)
        {
            w.WriteString(name, RuleText.Of(value));
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void StringOrNull(Utf8JsonWriter w, JsonEncodedText name, string? value)
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

    private static void NumberOrNull(Utf8JsonWriter w, JsonEncodedText name, int? value)
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

    private static void DateOrNull(Utf8JsonWriter w, JsonEncodedText name, LocalDate? value)
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

    // A timeline month for a compact writer, as the object the writer itself would write (same names, same order, no
    // white space), put together in one buffer and written as one value: a result holds up to 37 of them, and writing
    // each member through the writer was a third of writing a typical result. Every byte is an ASCII letter, digit or
    // JSON punctuation, which no encoder escapes.
    private static void WriteCompactMonth(Utf8JsonWriter w, TimelineMonth month)
    {
        Span<byte> json = stackalloc byte[96];
        var n = Append(json, 0, "{\"month\":\""u8);
        n += IsoText.Month(month.Month, json[n..]);
        n = Append(json, n, "\",\"state\":\""u8);
        n = Append(json, n, ContractNames.Encoded(month.State).EncodedUtf8Bytes);
        n = Append(json, n, month.BenefitsApply ? "\",\"benefitsApply\":true}"u8 : "\",\"benefitsApply\":false}"u8);
        w.WriteRawValue(json[..n], skipInputValidation: true);
    }

    private static int Append(Span<byte> to, int at, ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(to[at..]);
        return at + bytes.Length;
    }

    // Dates and months as ISO text straight from a stack buffer: no string per value.
    private static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, LocalDate date)
    {
        Span<byte> text = stackalloc byte[IsoText.MaxLength];
        w.WriteString(name, text[..IsoText.Date(date, text)]);
    }

    private static void WriteMonth(Utf8JsonWriter w, JsonEncodedText name, YearMonth month)
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

    // The contract's property names, encoded once (the writer then copies them without checking each for escapes), with
    // the encoder the writer itself uses, so that no other encoder is built on a cold start.
    private static class N
    {
        public static readonly JsonEncodedText AsOf = JsonEncodedText.Encode("asOf"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Assumptions = JsonEncodedText.Encode("assumptions"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Band = JsonEncodedText.Encode("band"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Basis = JsonEncodedText.Encode("basis"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText BenefitsApply = JsonEncodedText.Encode("benefitsApply"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText BenefitsResumeOn = JsonEncodedText.Encode("benefitsResumeOn"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText BenefitsResumeOnIfLater = JsonEncodedText.Encode("benefitsResumeOnIfLater"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText CapRaise = JsonEncodedText.Encode("capRaise"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText CaseId = JsonEncodedText.Encode("caseId"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Channels = JsonEncodedText.Encode("channels"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Code = JsonEncodedText.Encode("code"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText ConsecutiveYears = JsonEncodedText.Encode("consecutiveYears"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText ContinuityPreserved = JsonEncodedText.Encode("continuityPreserved"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText CreditedMonths = JsonEncodedText.Encode("creditedMonths"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Days = JsonEncodedText.Encode("days"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Deadlines = JsonEncodedText.Encode("deadlines"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Documents = JsonEncodedText.Encode("documents"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText DueBy = JsonEncodedText.Encode("dueBy"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Eligible = JsonEncodedText.Encode("eligible"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText FixedMonths = JsonEncodedText.Encode("fixedMonths"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText FlexibleEnrollment = JsonEncodedText.Encode("flexibleEnrollment"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText From = JsonEncodedText.Encode("from"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText GapCoveredRetroactively = JsonEncodedText.Encode("gapCoveredRetroactively"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Gaps = JsonEncodedText.Encode("gaps"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Incentive = JsonEncodedText.Encode("incentive"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Month = JsonEncodedText.Encode("month"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Months = JsonEncodedText.Encode("months"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Open = JsonEncodedText.Encode("open"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText PayBy = JsonEncodedText.Encode("payBy"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText PaymentDate = JsonEncodedText.Encode("paymentDate"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Reason = JsonEncodedText.Encode("reason"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Region = JsonEncodedText.Encode("region"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText RepairedMonths = JsonEncodedText.Encode("repairedMonths"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText RequiredMonths = JsonEncodedText.Encode("requiredMonths"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText ResidentWaiting = JsonEncodedText.Encode("residentWaiting"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Retirement = JsonEncodedText.Encode("retirement"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText RetirementMonth = JsonEncodedText.Encode("retirementMonth"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText ShortfallMonths = JsonEncodedText.Encode("shortfallMonths"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText State = JsonEncodedText.Encode("state"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Steps = JsonEncodedText.Encode("steps"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Then = JsonEncodedText.Encode("then"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Timeline = JsonEncodedText.Encode("timeline"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText To = JsonEncodedText.Encode("to"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText TotalMonths = JsonEncodedText.Encode("totalMonths"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Trace = JsonEncodedText.Encode("trace"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText VariableMonths = JsonEncodedText.Encode("variableMonths"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText WaitingMonths = JsonEncodedText.Encode("waitingMonths"u8, ContractEncoder.Instance);
        public static readonly JsonEncodedText Where = JsonEncodedText.Encode("where"u8, ContractEncoder.Instance);
    }

    // Texts that come from rule metadata (rule ids, names, legal sources): the same few strings in every result, so
    // each is encoded once for the contract's writer options, keyed by the string instance (an entry lives as long as
    // its string); any other text is encoded when written.
    private static class RuleText
    {
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, object> Cache = [];

        public static JsonEncodedText Of(string text)
            => (JsonEncodedText)Cache.GetValue(text, static t => JsonEncodedText.Encode(t, ContractEncoder.Instance));
    }
}
