using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.PayrollIntegration;

/// <summary>Writes the work list as CSV (RFC 4180, for spreadsheets) or JSON (for the payroll system).</summary>
public static class WorkListWriter
{
    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> CsvColumns { get; } =
    [
        "priority", "line", "employeeId", "name", "region", "status", "actor", "actionCode", "action", "dueBy", "daysLeft",
        "payBy", "resumeOnIfLate", "benefitsResumeOn", "basis", "errors",
    ];

    /// <summary>Writes the CSV: a header and one line per item, most urgent first.</summary>
    public static void WriteCsv(TextWriter writer, WorkList list)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(list);
        writer.Write(string.Join(',', CsvColumns));
        writer.Write("\r\n");
        foreach (var item in list.Items)
        {
            string[] fields =
            [
                Number(item.Priority), Number(item.Line), Text(item.EmployeeId), Text(item.Name), Text(item.Region), item.Status,
                item.Actor, item.ActionCode, Text(item.Action), Date(item.DueBy), item.DaysLeft is { } d ? Number(d) : string.Empty,
                Date(item.PayBy), Date(item.ResumeOnIfLate), Date(item.BenefitsResumeOn), item.Basis,
                Text(string.Join(';', item.Errors.Select(e => $"{e.Column}:{e.Code}"))),
            ];
            writer.Write(string.Join(',', fields.Select(Quote)));
            writer.Write("\r\n");
        }
    }

    /// <summary>Writes the JSON: <c>asOf</c>, a <c>summary</c> and the <c>items</c>.</summary>
    public static void WriteJson(Stream stream, WorkList list)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(list);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("asOf", LocalDatePattern.Iso.Format(list.AsOf));
        w.WriteStartObject("summary");
        w.WriteNumber("rows", list.Rows);
        w.WriteNumber("evaluated", list.Evaluated);
        w.WriteNumber("errorRows", list.ErrorRows);
        w.WriteNumber("noAction", list.NoAction);
        w.WriteNumber("items", list.Items.Count);
        w.WriteEndObject();
        w.WriteStartArray("items");
        foreach (var item in list.Items)
        {
            w.WriteStartObject();
            w.WriteNumber("priority", item.Priority);
            w.WriteNumber("line", item.Line);
            w.WriteString("employeeId", item.EmployeeId);
            w.WriteString("name", item.Name);
            w.WriteString("region", item.Region);
            w.WriteString("status", item.Status);
            w.WriteString("actor", item.Actor);
            w.WriteStartObject("action");
            w.WriteString("code", item.ActionCode);
            w.WriteString("title", item.Action);
            w.WriteEndObject();
            WriteDate(w, "dueBy", item.DueBy);
            if (item.DaysLeft is { } d)
            {
                w.WriteNumber("daysLeft", d);
            }
            else
            {
                w.WriteNull("daysLeft");
            }

            WriteDate(w, "payBy", item.PayBy);
            WriteDate(w, "resumeOnIfLate", item.ResumeOnIfLate);
            WriteDate(w, "benefitsResumeOn", item.BenefitsResumeOn);
            w.WriteString("basis", item.Basis);
            w.WriteStartArray("errors");
            foreach (var e in item.Errors)
            {
                w.WriteStartObject();
                w.WriteString("column", e.Column);
                w.WriteString("code", e.Code);
                w.WriteString("message", e.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Quotes a CSV field when it holds a comma, quote or line break.</summary>
    public static string Quote(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>
    /// Free text from the input or the rules: a leading <c>= + - @</c>, tab or carriage return gets a <c>'</c> in front,
    /// so a spreadsheet shows the text instead of running it as a formula (CSV injection).
    /// </summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(d) : string.Empty;

    private static void WriteDate(Utf8JsonWriter w, string name, LocalDate? date)
    {
        if (date is { } d)
        {
            w.WriteString(name, LocalDatePattern.Iso.Format(d));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
