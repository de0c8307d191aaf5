using System.Globalization;
using System.Text.Json;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Validation;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Domain.Json;

/// <summary>
/// Walks a parsed document into a <see cref="CaseDto"/>, reporting structural problems as it goes: unknown
/// and duplicate fields, wrong JSON types, missing required fields, malformed or impossible dates and months,
/// unknown enumeration values, over-long strings and over-long arrays. Every field is looked at, so all
/// such problems are reported in one pass.
/// </summary>
internal sealed class CaseDocumentReader
{
    private static readonly string[] CaseFields = ["asOf", "region", "participant", "contributions", "deemedMonths", "events", "plan"];
    private static readonly string[] ParticipantFields =
        ["id", "birthDate", "sex", "originalRetirementAge", "status", "hukou", "residencePermitRegion"];
    private static readonly string[] HukouFields = ["region", "type"];
    private static readonly string[] ContributionFields = ["month", "from", "to", "year", "scheme", "payer", "paidOn", "region"];
    private static readonly string[] EventFields = ["date", "type"];
    private static readonly string[] PlanFields = ["payOn", "repairYears"];

    private readonly InputLimits limits;
    private readonly ErrorCollector errors;

    public CaseDocumentReader(InputLimits limits, ErrorCollector errors)
    {
        this.limits = limits;
        this.errors = errors;
    }

    public CaseDto Read(JsonElement root)
    {
        var dto = new CaseDto();
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add(JsonPath.Root, ErrorCodes.FieldType, ("field", JsonPath.Root), ("expected", "object"), ("actual", KindName(root)));
            return dto;
        }

        var f = Fields(root, JsonPath.Root, CaseFields);
        dto.AsOf = Date(f, "asOf", required: true);
        dto.Region = String(f, "region", required: true);
        if (Object(f, "participant", required: true) is { } participant)
        {
            dto.Participant = ReadParticipant(participant);
        }

        if (Array(f, "contributions") is { } contributions)
        {
            foreach (var (element, path) in Items(contributions, limits.MaxContributions, "limit.contributions"))
            {
                dto.Contributions.Add(ReadContribution(element, path));
            }
        }

        dto.DeemedMonths = Integer(f, "deemedMonths");
        if (Array(f, "events") is { } events)
        {
            foreach (var (element, path) in Items(events, limits.MaxEvents, "limit.events"))
            {
                dto.Events.Add(ReadEvent(element, path));
            }
        }

        if (Object(f, "plan") is { } plan)
        {
            var p = Fields(plan.Element, plan.Path, PlanFields);
            dto.Plan = new PlanDto { PayOn = Date(p, "payOn"), RepairYears = Integer(p, "repairYears") };
        }

        return dto;
    }

    private ParticipantDto ReadParticipant(Located participant)
    {
        var f = Fields(participant.Element, participant.Path, ParticipantFields);
        var dto = new ParticipantDto
        {
            Id = String(f, "id"),
            BirthDate = Date(f, "birthDate", required: true),
            Sex = Enum<Sex>(f, "sex", required: true),
            OriginalRetirementAge = Integer(f, "originalRetirementAge"),
            Status = Enum<ParticipantStatus>(f, "status", required: true),
        };
        if (Object(f, "hukou") is { } hukou)
        {
            var h = Fields(hukou.Element, hukou.Path, HukouFields);
            dto.Hukou = new HukouDto { Region = String(h, "region", required: true), Type = Enum<HukouType>(h, "type", required: true) };
        }

        dto.ResidencePermitRegion = String(f, "residencePermitRegion");
        return dto;
    }

    private ContributionDto ReadContribution(JsonElement element, string path)
    {
        var dto = new ContributionDto();
        if (element.ValueKind != JsonValueKind.Object)
        {
            // Not a record at all: nothing else to check, and no shape error on top of the type error.
            errors.Add(path, ErrorCodes.FieldType, ("field", path), ("expected", "object"), ("actual", KindName(element)));
            dto.IsRecord = false;
            return dto;
        }

        var f = Fields(element, path, ContributionFields);
        dto.HasMonth = f.Has("month");
        dto.HasFrom = f.Has("from");
        dto.HasTo = f.Has("to");
        dto.HasYear = f.Has("year");
        dto.HasPayer = f.Has("payer");
        dto.Month = Month(f, "month");
        dto.From = Month(f, "from");
        dto.To = Month(f, "to");
        dto.Year = Integer(f, "year");
        dto.Scheme = Enum<Scheme>(f, "scheme", required: true);
        dto.Payer = Enum<Payer>(f, "payer");
        dto.PaidOn = Date(f, "paidOn");
        dto.Region = String(f, "region");
        return dto;
    }

    private EventDto ReadEvent(JsonElement element, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(path, ErrorCodes.FieldType, ("field", path), ("expected", "object"), ("actual", KindName(element)));
            return new EventDto();
        }

        var f = Fields(element, path, EventFields);
        return new EventDto { Date = Date(f, "date", required: true), Type = Enum<CaseEventType>(f, "type", required: true) };
    }

    private IEnumerable<(JsonElement Element, string Path)> Items(Located array, int max, string limitMessage)
    {
        var count = array.Element.GetArrayLength();
        if (count > max)
        {
            errors.AddWithMessage(array.Path, ErrorCodes.LimitExceeded, limitMessage, ("count", count), ("max", max));
        }

        var i = 0;
        foreach (var element in array.Element.EnumerateArray())
        {
            if (i >= max || errors.Full)
            {
                yield break;
            }

            yield return (element, JsonPath.Index(array.Path, i));
            i++;
        }
    }

    // Collects the known fields of an object (first occurrence wins), reporting unknown, duplicate and
    // over-long names.
    private FieldSet Fields(JsonElement obj, string path, string[] allowed)
    {
        var found = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in obj.EnumerateObject())
        {
            var name = property.Name;
            if (name.Length > limits.MaxStringLength)
            {
                var shown = name[..Math.Min(name.Length, 32)] + "…";
                errors.AddWithMessage(
                    JsonPath.Property(path, shown), ErrorCodes.LimitExceeded, "limit.stringLength", ("length", name.Length), ("max", limits.MaxStringLength));
                continue;
            }

            var childPath = JsonPath.Property(path, name);
            if (System.Array.IndexOf(allowed, name) < 0)
            {
                errors.Add(childPath, ErrorCodes.FieldUnknown, ("field", name), ("allowed", string.Join(", ", allowed)));
            }
            else if (!found.TryAdd(name, property.Value))
            {
                errors.Add(childPath, ErrorCodes.FieldDuplicate, ("field", name));
            }
        }

        return new FieldSet(path, found);
    }

    // The value of a field, or null when absent or JSON null; a required one is then reported.
    private JsonElement? Value(FieldSet f, string name, bool required)
    {
        if (f.Values.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            errors.Add(JsonPath.Property(f.Path, name), ErrorCodes.FieldRequired, ("field", name));
        }

        return null;
    }

    private bool IsKind(FieldSet f, string name, JsonElement value, JsonValueKind kind, string expected)
    {
        if (value.ValueKind == kind)
        {
            return true;
        }

        errors.Add(JsonPath.Property(f.Path, name), ErrorCodes.FieldType, ("field", name), ("expected", expected), ("actual", KindName(value)));
        return false;
    }

    private string? String(FieldSet f, string name, bool required = false)
    {
        if (Value(f, name, required) is not { } value || !IsKind(f, name, value, JsonValueKind.String, "string"))
        {
            return null;
        }

        var text = value.GetString()!;
        if (text.Length > limits.MaxStringLength)
        {
            errors.AddWithMessage(
                JsonPath.Property(f.Path, name), ErrorCodes.LimitExceeded, "limit.stringLength", ("length", text.Length), ("max", limits.MaxStringLength));
            return null;
        }

        return text;
    }

    private Located? Object(FieldSet f, string name, bool required = false)
        => Value(f, name, required) is { } value && IsKind(f, name, value, JsonValueKind.Object, "object")
            ? new Located(value, JsonPath.Property(f.Path, name))
            : null;

    private Located? Array(FieldSet f, string name)
        => Value(f, name, required: false) is { } value && IsKind(f, name, value, JsonValueKind.Array, "array")
            ? new Located(value, JsonPath.Property(f.Path, name))
            : null;

    private int? Integer(FieldSet f, string name)
    {
        if (Value(f, name, required: false) is not { } value || !IsKind(f, name, value, JsonValueKind.Number, "integer"))
        {
            return null;
        }

        if (value.TryGetInt32(out var number))
        {
            return number;
        }

        var raw = value.GetRawText();
        if (raw.AsSpan().IndexOfAny(".eE") >= 0)
        {
            errors.Add(JsonPath.Property(f.Path, name), ErrorCodes.FieldType, ("field", name), ("expected", "integer"), ("actual", "number"));
        }
        else
        {
            errors.Add(
                JsonPath.Property(f.Path, name),
                ErrorCodes.NumberOutOfRange,
                ("field", name),
                ("value", raw.Length > 32 ? raw[..32] + "…" : raw),
                ("min", int.MinValue),
                ("max", int.MaxValue));
        }

        return null;
    }

    private TEnum? Enum<TEnum>(FieldSet f, string name, bool required = false)
        where TEnum : struct, Enum
    {
        if (String(f, name, required) is not { } text)
        {
            return null;
        }

        if (ContractNames.TryParse<TEnum>(text, out var value))
        {
            return value;
        }

        errors.Add(
            JsonPath.Property(f.Path, name),
            ErrorCodes.EnumUnknown,
            ("value", text),
            ("field", name),
            ("allowed", string.Join(", ", ContractNames.AllowedNames<TEnum>())));
        return null;
    }

    private LocalDate? Date(FieldSet f, string name, bool required = false)
    {
        if (String(f, name, required) is not { } text)
        {
            return null;
        }

        // The shape is checked first so that "2025-3-1" (format) and "2025-02-30" (no such day) get different codes.
        if (!IsDigits(text, "dddd-dd-dd"))
        {
            errors.Add(JsonPath.Property(f.Path, name), ErrorCodes.DateFormat, ("value", text));
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        if (!result.Success)
        {
            errors.Add(JsonPath.Property(f.Path, name), ErrorCodes.DateInvalid, ("value", text));
            return null;
        }

        return result.Value;
    }

    private YearMonth? Month(FieldSet f, string name)
    {
        if (String(f, name) is not { } text)
        {
            return null;
        }

        if (!IsDigits(text, "dddd-dd"))
        {
            errors.Add(JsonPath.Property(f.Path, name), ErrorCodes.MonthFormat, ("value", text));
            return null;
        }

        var result = YearMonthPattern.Iso.Parse(text);
        if (!result.Success)
        {
            errors.Add(JsonPath.Property(f.Path, name), ErrorCodes.MonthInvalid, ("value", text));
            return null;
        }

        return result.Value;
    }

    // True when text matches the template, where 'd' is an ASCII digit and any other character is itself.
    private static bool IsDigits(string text, string template)
    {
        if (text.Length != template.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (template[i] == 'd' ? !char.IsAsciiDigit(text[i]) : text[i] != template[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string KindName(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Null => "null",
        _ => value.ValueKind.ToString().ToLower(CultureInfo.InvariantCulture),
    };

    private readonly record struct Located(JsonElement Element, string Path);

    private sealed record FieldSet(string Path, Dictionary<string, JsonElement> Values)
    {
        public bool Has(string name) => Values.TryGetValue(name, out var v) && v.ValueKind != JsonValueKind.Null;
    }
}
