using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Text;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.PayrollIntegration;

/// <summary>
/// Turns an employee row into a case of the JSON contract. Only what needs arithmetic (the paid months) is parsed
/// here; dates, codes and statuses go through as written and the library's validator checks them, so a bad value gets
/// the same message and code as in any other client, mapped back to its column.
/// </summary>
public sealed class CaseBuilder
{
    private static readonly YearMonthPattern Month = YearMonthPattern.CreateWithInvariantCulture("uuuu-MM");
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly LocalDate asOf;
    private readonly string? defaultRegion;
    private readonly Language language;

    /// <summary>Creates a builder.</summary>
    /// <param name="asOf">The evaluation date of every case.</param>
    /// <param name="defaultRegion">Region for rows whose region is empty; null to require one per row.</param>
    /// <param name="language">Language of this builder's own messages.</param>
    public CaseBuilder(LocalDate asOf, string? defaultRegion, Language language)
    {
        this.asOf = asOf;
        this.defaultRegion = string.IsNullOrWhiteSpace(defaultRegion) ? null : defaultRegion.Trim();
        this.language = language;
    }

    /// <summary>Builds the case for a row.</summary>
    public CaseBuild Build(EmployeeRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var errors = new List<RowError>();
        var paths = new List<KeyValuePair<string, string>>();
        void Map(string path, string column) => paths.Add(new(path, column));

        var id = row[EmployeeColumns.EmployeeId];
        if (id.Length == 0)
        {
            errors.Add(Required(EmployeeColumns.EmployeeId));
        }

        foreach (var column in new[] { EmployeeColumns.BirthDate, EmployeeColumns.Sex, EmployeeColumns.Status })
        {
            if (row[column].Length == 0)
            {
                errors.Add(Required(column));
            }
        }

        var region = row[EmployeeColumns.Region];
        var regionColumn = EmployeeColumns.Region;
        if (region.Length == 0)
        {
            region = defaultRegion ?? string.Empty;
            regionColumn = "--region";
            if (region.Length == 0)
            {
                errors.Add(new RowError(EmployeeColumns.Region, "field.required", Text(
                    "no region in the row and no --region default", "该行没有地区,也没有用 --region 指定默认地区")));
            }
        }

        var first = ParseMonth(row, EmployeeColumns.FirstPaidMonth, errors);
        var last = ParseMonth(row, EmployeeColumns.LastPaidMonth, errors);
        var paidRanges = new List<(YearMonth From, YearMonth To)>();
        if (first is { } f && last is { } l)
        {
            if (l < f)
            {
                errors.Add(new RowError(EmployeeColumns.LastPaidMonth, "range.reversed", Text(
                    $"lastPaidMonth {Month.Format(l)} is before firstPaidMonth {Month.Format(f)}",
                    $"最后缴费月 {Month.Format(l)} 早于首次缴费月 {Month.Format(f)}")));
            }
            else if (MissingMonths(row, f, l, errors) is { } missing)
            {
                paidRanges = PaidRanges(f, l, missing);
            }
        }

        int? retirementAge = null;
        var ageText = row[EmployeeColumns.OriginalRetirementAge];
        if (ageText.Length > 0)
        {
            if (int.TryParse(ageText, NumberStyles.None, CultureInfo.InvariantCulture, out var age))
            {
                retirementAge = age;
            }
            else
            {
                errors.Add(new RowError(EmployeeColumns.OriginalRetirementAge, "field.type", Text(
                    $"'{ageText}' is not a whole number of years", $"“{ageText}”不是整数年龄")));
            }
        }

        if (errors.Count > 0)
        {
            return new CaseBuild(null, errors, paths);
        }

        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("asOf", LocalDatePattern.Iso.Format(asOf));
            Map("asOf", "--as-of");
            w.WriteString("region", region);
            Map("region", regionColumn);

            w.WriteStartObject("participant");
            Map("participant", "row");
            w.WriteString("id", id);
            Map("participant.id", EmployeeColumns.EmployeeId);
            w.WriteString("birthDate", row[EmployeeColumns.BirthDate]);
            Map("participant.birthDate", EmployeeColumns.BirthDate);
            w.WriteString("sex", NormalizeSex(row[EmployeeColumns.Sex]));
            Map("participant.sex", EmployeeColumns.Sex);
            if (retirementAge is { } a)
            {
                w.WriteNumber("originalRetirementAge", a);
                Map("participant.originalRetirementAge", EmployeeColumns.OriginalRetirementAge);
            }

            w.WriteString("status", Normalize<ParticipantStatus>(row[EmployeeColumns.Status]));
            Map("participant.status", EmployeeColumns.Status);
            var hukouRegion = row[EmployeeColumns.HukouRegion];
            var hukouType = row[EmployeeColumns.HukouType];
            if (hukouRegion.Length > 0 || hukouType.Length > 0)
            {
                w.WriteStartObject("hukou");
                Map("participant.hukou", EmployeeColumns.HukouRegion);
                if (hukouRegion.Length > 0)
                {
                    w.WriteString("region", hukouRegion);
                    Map("participant.hukou.region", EmployeeColumns.HukouRegion);
                }

                if (hukouType.Length > 0)
                {
                    w.WriteString("type", NormalizeHukouType(hukouType));
                    Map("participant.hukou.type", EmployeeColumns.HukouType);
                }

                w.WriteEndObject();
            }

            w.WriteEndObject();

            var payer = row[EmployeeColumns.Payer];
            payer = payer.Length == 0 ? "employer" : Normalize<Payer>(payer);
            w.WriteStartArray("contributions");
            Map("contributions", EmployeeColumns.FirstPaidMonth);
            for (var k = 0; k < paidRanges.Count; k++)
            {
                var (from, to) = paidRanges[k];
                w.WriteStartObject();
                w.WriteString("from", Month.Format(from));
                w.WriteString("to", Month.Format(to));
                w.WriteString("scheme", "employee");
                w.WriteString("payer", payer);
                w.WriteEndObject();
                Map($"contributions[{k}].from", k == 0 ? EmployeeColumns.FirstPaidMonth : EmployeeColumns.MissingMonths);
                Map($"contributions[{k}].to", k == paidRanges.Count - 1 ? EmployeeColumns.LastPaidMonth : EmployeeColumns.MissingMonths);
                Map($"contributions[{k}].payer", EmployeeColumns.Payer);
            }

            w.WriteEndArray();

            w.WriteStartArray("events");
            var events = 0;
            foreach (var (column, type) in new[] { (EmployeeColumns.LeftOn, "employmentEnded"), (EmployeeColumns.EmployerStoppedOn, "employerStoppedPaying") })
            {
                var date = row[column];
                if (date.Length > 0)
                {
                    w.WriteStartObject();
                    w.WriteString("date", date);
                    w.WriteString("type", type);
                    w.WriteEndObject();
                    Map($"events[{events}]", column);
                    events++;
                }
            }

            w.WriteEndArray();

            var payOn = row[EmployeeColumns.PlannedPayOn];
            if (payOn.Length > 0)
            {
                w.WriteStartObject("plan");
                w.WriteString("payOn", payOn);
                w.WriteEndObject();
                Map("plan", EmployeeColumns.PlannedPayOn);
            }

            w.WriteEndObject();
        }

        return new CaseBuild(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), [], paths);
    }

    private static List<(YearMonth From, YearMonth To)> PaidRanges(YearMonth first, YearMonth last, SortedSet<YearMonth> missing)
    {
        var ranges = new List<(YearMonth, YearMonth)>();
        YearMonth? start = null;
        for (var m = first; m <= last; m = m.PlusMonths(1))
        {
            if (missing.Contains(m))
            {
                if (start is { } s)
                {
                    ranges.Add((s, m.PlusMonths(-1)));
                    start = null;
                }
            }
            else
            {
                start ??= m;
            }
        }

        if (start is { } open)
        {
            ranges.Add((open, last));
        }

        return ranges;
    }

    private SortedSet<YearMonth>? MissingMonths(EmployeeRow row, YearMonth first, YearMonth last, List<RowError> errors)
    {
        var set = new SortedSet<YearMonth>();
        var text = row[EmployeeColumns.MissingMonths];
        var ok = true;
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parsed = Month.Parse(part);
            if (!parsed.Success)
            {
                errors.Add(new RowError(EmployeeColumns.MissingMonths, "month.format", Text(
                    $"'{part}' is not a month (yyyy-MM)", $"“{part}”不是月份(yyyy-MM)")));
                ok = false;
            }
            else if (parsed.Value < first || parsed.Value > last)
            {
                errors.Add(new RowError(EmployeeColumns.MissingMonths, "month.outsideRange", Text(
                    $"{part} is outside {Month.Format(first)}..{Month.Format(last)}", $"{part} 不在 {Month.Format(first)}..{Month.Format(last)} 之内")));
                ok = false;
            }
            else
            {
                set.Add(parsed.Value);
            }
        }

        return ok ? set : null;
    }

    private YearMonth? ParseMonth(EmployeeRow row, string column, List<RowError> errors)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            errors.Add(Required(column));
            return null;
        }

        var parsed = Month.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }

        errors.Add(new RowError(column, "month.format", Text($"'{text}' is not a month (yyyy-MM)", $"“{text}”不是月份(yyyy-MM)")));
        return null;
    }

    private RowError Required(string column) => new(column, "field.required", Text($"{column} is required", $"缺少 {column}"));

    private string Text(string en, string zh) => language == Language.En ? en : zh;

    private static string NormalizeSex(string text) => text.ToLowerInvariant() switch
    {
        "m" or "male" or "男" => "male",
        "f" or "female" or "女" => "female",
        _ => text,
    };

    private static string NormalizeHukouType(string text) => text switch
    {
        "农业" => "agricultural",
        "非农业" => "nonAgricultural",
        _ => Normalize<HukouType>(text),
    };

    /// <summary>The contract name matching <paramref name="text"/> ignoring case; the text itself when none does (the validator reports it).</summary>
    private static string Normalize<TEnum>(string text)
        where TEnum : struct, Enum
        => ContractNames.AllowedNames<TEnum>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) ?? text;
}
