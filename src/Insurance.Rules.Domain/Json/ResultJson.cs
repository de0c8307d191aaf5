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
        StringOrNull(w, "caseId", result.CaseId);
        w.WriteString("asOf", IsoText.Date(result.AsOf));
        w.WriteString("region", result.Region);
        w.WriteString("status", ContractNames.Of(result.Status));

        w.WriteStartArray("gaps");
        foreach (var gap in result.Gaps)
        {
            w.WriteStartObject();
            w.WriteString("from", IsoText.Month(gap.From));
            w.WriteString("to", IsoText.Month(gap.To));
            w.WriteNumber("months", gap.Months);
            NumberOrNull(w, "days", gap.Days);
            StringOrNull(w, "band", gap.Band);
            w.WriteBoolean("open", gap.Open);
            w.WriteString("paymentDate", IsoText.Date(gap.PaymentDate));
            DateOrNull(w, "benefitsResumeOn", gap.BenefitsResumeOn);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        DateOrNull(w, "benefitsResumeOn", result.BenefitsResumeOn);
        w.WriteNumber("waitingMonths", result.WaitingMonths);
        w.WriteBoolean("gapCoveredRetroactively", result.GapCoveredRetroactively);
        w.WriteBoolean("continuityPreserved", result.ContinuityPreserved);

        w.WriteStartArray("deadlines");
        foreach (var deadline in result.Deadlines)
        {
            w.WriteStartObject();
            w.WriteString("payBy", IsoText.Date(deadline.PayBy));
            w.WriteString("then", deadline.Then);
            DateOrNull(w, "benefitsResumeOnIfLater", deadline.BenefitsResumeOnIfLater);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("steps");
        foreach (var step in result.Steps)
        {
            WriteStep(w, step);
        }

        w.WriteEndArray();

        if (result.FlexibleEnrollment is { } flex)
        {
            w.WriteStartObject("flexibleEnrollment");
            w.WriteBoolean("eligible", flex.Eligible);
            StringOrNull(w, "reason", flex.Reason);
            w.WriteString("basis", flex.Basis);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("flexibleEnrollment");
        }

        if (result.Retirement is { } retirement)
        {
            w.WriteStartObject("retirement");
            w.WriteString("retirementMonth", IsoText.Month(retirement.RetirementMonth));
            NumberOrNull(w, "requiredMonths", retirement.RequiredMonths);
            w.WriteNumber("creditedMonths", retirement.CreditedMonths);
            w.WriteNumber("shortfallMonths", retirement.ShortfallMonths);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("retirement");
        }

        if (result.ResidentWaiting is { } waiting)
        {
            w.WriteStartObject("residentWaiting");
            w.WriteNumber("fixedMonths", waiting.FixedMonths);
            w.WriteNumber("variableMonths", waiting.VariableMonths);
            w.WriteNumber("repairedMonths", waiting.RepairedMonths);
            w.WriteNumber("totalMonths", waiting.TotalMonths);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("residentWaiting");
        }

        if (result.Incentive is { } incentive)
        {
            w.WriteStartObject("incentive");
            w.WriteNumber("consecutiveYears", incentive.ConsecutiveYears);
            w.WriteNumber("capRaise", incentive.CapRaise);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("incentive");
        }

        w.WriteStartArray("assumptions");
        foreach (var assumption in result.Assumptions)
        {
            w.WriteStartObject();
            w.WriteString("code", assumption.Code);
            w.WriteString("text", assumption.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        w.WriteStartArray("trace");
        foreach (var entry in result.Trace)
        {
            w.WriteStartObject();
            w.WriteString("rule", entry.Rule);
            w.WriteString("name", entry.Name);
            w.WriteString("basis", entry.Basis);
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Last, because it is long and for people: a reader of the normative fields can stop before it.
        if (options.IncludeTimeline)
        {
            w.WriteStartArray("timeline");
            foreach (var month in result.Timeline)
            {
                w.WriteStartObject();
                w.WriteString("month", IsoText.Month(month.Month));
                w.WriteString("state", ContractNames.Of(month.State));
                w.WriteBoolean("benefitsApply", month.BenefitsApply);
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
        => Encoding.UTF8.GetString(SerializeToUtf8Bytes(result, indented, options));

    /// <summary>A result as UTF-8 JSON bytes (no byte-order mark).</summary>
    /// <param name="result">The result.</param>
    /// <param name="indented">True for indented output.</param>
    /// <param name="options">What to include; null for <see cref="JsonWriteOptions.Default"/>.</param>
    public static byte[] SerializeToUtf8Bytes(EvaluationResult result, bool indented = false, JsonWriteOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, CreateWriterOptions(indented)))
        {
            Write(writer, result, options);
        }

        return buffer.ToArray();
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
        w.WriteString("code", step.Code);
        w.WriteString("title", step.Title);
        DateOrNull(w, "dueBy", step.DueBy);
        w.WriteStartArray("documents");
        foreach (var document in step.Documents)
        {
            w.WriteStringValue(document);
        }

        w.WriteEndArray();
        w.WriteStartArray("channels");
        foreach (var channel in step.Channels)
        {
            w.WriteStringValue(ContractNames.Of(channel));
        }

        w.WriteEndArray();
        StringOrNull(w, "where", step.Where);
        w.WriteString("basis", step.Basis);
        w.WriteEndObject();
    }

    private static void StringOrNull(Utf8JsonWriter w, string name, string? value)
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

    private static void NumberOrNull(Utf8JsonWriter w, string name, int? value)
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

    private static void DateOrNull(Utf8JsonWriter w, string name, LocalDate? value)
    {
        if (value is { } date)
        {
            w.WriteString(name, IsoText.Date(date));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
