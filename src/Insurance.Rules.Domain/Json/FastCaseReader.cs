using System.Text.Json;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Validation;
using NodaTime;

namespace Insurance.Rules.Domain.Json;

/// <summary>
/// The fast path for reading a case: one forward pass of a <see cref="Utf8JsonReader"/> straight into a
/// <see cref="CaseDto"/>, with no document tree, no field dictionaries and no path strings. It accepts only what
/// <see cref="CaseDocumentReader"/> would read without reporting anything — every field known, once, of the right
/// JSON type, in shape, within the limits — and then produces the same DTO, except that contribution records are
/// checked (<see cref="CaseChecks.ContributionPasses"/>, the month budget) and turned into model records as they are
/// read, through one reused record DTO. For anything else it returns null and the caller takes the full path, which
/// finds and words every problem; so this class never decides what an error is, it only recognises plainly good
/// documents.
/// </summary>
internal ref struct FastCaseReader
{
    // The fast path relies on the contract's own shape fitting the limits; tighter limits take the full path.
    private const int MinDepth = 4;
    private const int MinStringLength = 32;

    private readonly InputLimits limits;
    private readonly CaseCheckContext check;
    private readonly List<ContributionRecord> records;
    private readonly ContributionDto scratch = new();
    private long monthBudget;
    private Utf8JsonReader reader;

    private FastCaseReader(ReadOnlySpan<byte> utf8, CaseCheckContext check, List<ContributionRecord> records)
    {
        limits = check.Limits;
        this.check = check;
        this.records = records;
        reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MinDepth + 1 });
    }

    [Flags]
    private enum Seen
    {
        None = 0,
        F0 = 1 << 0,
        F1 = 1 << 1,
        F2 = 1 << 2,
        F3 = 1 << 3,
        F4 = 1 << 4,
        F5 = 1 << 5,
        F6 = 1 << 6,
        F7 = 1 << 7,
    }

    /// <summary>
    /// The case read the fast way, its contribution records (checked) in <paramref name="records"/>, or null when the
    /// full reader must look at it. The DTO's own contribution list stays empty.
    /// </summary>
    /// <param name="utf8">The document: valid UTF-8, without a byte-order mark, within the size limit.</param>
    /// <param name="check">Limits, regions and messages for the checks.</param>
    /// <param name="records">Receives the contribution records, in document order.</param>
    public static CaseDto? TryRead(ReadOnlySpan<byte> utf8, CaseCheckContext check, List<ContributionRecord> records)
    {
        var limits = check.Limits;
        if (limits.MaxDepth < MinDepth || limits.MaxStringLength < MinStringLength)
        {
            return null;
        }

        var fast = new FastCaseReader(utf8, check, records);
        try
        {
            return fast.ReadCase();
        }
        catch (JsonException)
        {
            // Malformed JSON: the full path reports it with its line and position.
            return null;
        }
    }

    private CaseDto? ReadCase()
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        var dto = new CaseDto();
        var seen = Seen.None;
        while (Next() == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("asOf"u8))
            {
                if (!Mark(ref seen, Seen.F0) || !Date(out var d))
                {
                    return null;
                }

                dto.AsOf = d;
            }
            else if (reader.ValueTextEquals("region"u8))
            {
                if (!Mark(ref seen, Seen.F1) || !String(out var s))
                {
                    return null;
                }

                dto.Region = s;
            }
            else if (reader.ValueTextEquals("participant"u8))
            {
                if (!Mark(ref seen, Seen.F2) || !StartObject(out var present))
                {
                    return null;
                }

                if (present)
                {
                    if (ReadParticipant() is not { } p)
                    {
                        return null;
                    }

                    dto.Participant = p;
                }
            }
            else if (reader.ValueTextEquals("contributions"u8))
            {
                if (!Mark(ref seen, Seen.F3) || !StartArray(out var present) || (present && !ReadContributions()))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("deemedMonths"u8))
            {
                if (!Mark(ref seen, Seen.F4) || !Integer(out var n))
                {
                    return null;
                }

                dto.DeemedMonths = n;
            }
            else if (reader.ValueTextEquals("events"u8))
            {
                if (!Mark(ref seen, Seen.F5) || !StartArray(out var present) || (present && !ReadEvents(dto.Events)))
                {
                    return null;
                }
            }
            else if (reader.ValueTextEquals("plan"u8))
            {
                if (!Mark(ref seen, Seen.F6) || !StartObject(out var present))
                {
                    return null;
                }

                if (present)
                {
                    if (ReadPlan() is not { } plan)
                    {
                        return null;
                    }

                    dto.Plan = plan;
                }
            }
            else
            {
                return null;
            }
        }

        // The root object is closed; nothing may follow it (the reader throws for trailing content).
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return null;
        }

        return dto.AsOf is null || dto.Region is null || dto.Participant is null ? null : dto;
    }

    private ParticipantDto? ReadParticipant()
    {
        var dto = new ParticipantDto();
        var seen = Seen.None;
        while (Next() == JsonTokenType.PropertyName)
        {
            // '&' (not '&&'): the value is read even after a duplicate name, so its out variable is always assigned.
            bool ok;
            if (reader.ValueTextEquals("id"u8))
            {
                ok = Mark(ref seen, Seen.F0) & String(out var s);
                dto.Id = s;
            }
            else if (reader.ValueTextEquals("birthDate"u8))
            {
                ok = Mark(ref seen, Seen.F1) & Date(out var d);
                dto.BirthDate = d;
            }
            else if (reader.ValueTextEquals("sex"u8))
            {
                ok = Mark(ref seen, Seen.F2) & Enum(out Sex? v);
                dto.Sex = v;
            }
            else if (reader.ValueTextEquals("originalRetirementAge"u8))
            {
                ok = Mark(ref seen, Seen.F3) & Integer(out var n);
                dto.OriginalRetirementAge = n;
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                ok = Mark(ref seen, Seen.F4) & Enum(out ParticipantStatus? v);
                dto.Status = v;
            }
            else if (reader.ValueTextEquals("hukou"u8))
            {
                ok = Mark(ref seen, Seen.F5) & StartObject(out var present);
                if (ok && present)
                {
                    dto.Hukou = ReadHukou();
                    ok = dto.Hukou is not null;
                }
            }
            else if (reader.ValueTextEquals("residencePermitRegion"u8))
            {
                ok = Mark(ref seen, Seen.F6) & String(out var s);
                dto.ResidencePermitRegion = s;
            }
            else
            {
                ok = false;
            }

            if (!ok)
            {
                return null;
            }
        }

        return dto.BirthDate is null || dto.Sex is null || dto.Status is null ? null : dto;
    }

    private HukouDto? ReadHukou()
    {
        var dto = new HukouDto();
        var seen = Seen.None;
        while (Next() == JsonTokenType.PropertyName)
        {
            bool ok;
            if (reader.ValueTextEquals("region"u8))
            {
                ok = Mark(ref seen, Seen.F0) & String(out var s);
                dto.Region = s;
            }
            else if (reader.ValueTextEquals("type"u8))
            {
                ok = Mark(ref seen, Seen.F1) & Enum(out HukouType? v);
                dto.Type = v;
            }
            else
            {
                ok = false;
            }

            if (!ok)
            {
                return null;
            }
        }

        return dto.Region is null || dto.Type is null ? null : dto;
    }

    // Each record is read into the one scratch DTO, checked by the validator's own checks, counted against the month
    // budget, and mapped to the model at once.
    private bool ReadContributions()
    {
        while (Next() == JsonTokenType.StartObject)
        {
            if (records.Count == limits.MaxContributions || !ReadContribution())
            {
                return false;
            }

            if (!CaseChecks.ContributionPasses(scratch, check))
            {
                return false;
            }

            monthBudget += CaseChecks.MonthsCovered(scratch);
            if (monthBudget > limits.MaxExpandedMonths)
            {
                return false;
            }

            records.Add(CaseMapper.ToRecord(scratch, check.Regions));
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private bool ReadContribution()
    {
        var dto = scratch;
        dto.Reset();
        var seen = Seen.None;
        while (Next() == JsonTokenType.PropertyName)
        {
            bool ok;
            if (reader.ValueTextEquals("month"u8))
            {
                ok = Mark(ref seen, Seen.F0) & Month(out var m);
                dto.Month = m;
                dto.HasMonth = m is not null;
            }
            else if (reader.ValueTextEquals("from"u8))
            {
                ok = Mark(ref seen, Seen.F1) & Month(out var m);
                dto.From = m;
                dto.HasFrom = m is not null;
            }
            else if (reader.ValueTextEquals("to"u8))
            {
                ok = Mark(ref seen, Seen.F2) & Month(out var m);
                dto.To = m;
                dto.HasTo = m is not null;
            }
            else if (reader.ValueTextEquals("year"u8))
            {
                ok = Mark(ref seen, Seen.F3) & Integer(out var n);
                dto.Year = n;
                dto.HasYear = n is not null;
            }
            else if (reader.ValueTextEquals("scheme"u8))
            {
                ok = Mark(ref seen, Seen.F4) & Enum(out Scheme? v);
                dto.Scheme = v;
            }
            else if (reader.ValueTextEquals("payer"u8))
            {
                ok = Mark(ref seen, Seen.F5) & Enum(out Payer? v);
                dto.Payer = v;
                dto.HasPayer = v is not null;
            }
            else if (reader.ValueTextEquals("paidOn"u8))
            {
                ok = Mark(ref seen, Seen.F6) & Date(out var d);
                dto.PaidOn = d;
            }
            else if (reader.ValueTextEquals("region"u8))
            {
                ok = Mark(ref seen, Seen.F7) & String(out var s);
                dto.Region = s;
            }
            else
            {
                ok = false;
            }

            if (!ok)
            {
                return false;
            }
        }

        return dto.Scheme is not null;
    }

    private bool ReadEvents(List<EventDto> list)
    {
        while (Next() == JsonTokenType.StartObject)
        {
            if (list.Count == limits.MaxEvents)
            {
                return false;
            }

            var dto = new EventDto();
            var seen = Seen.None;
            while (Next() == JsonTokenType.PropertyName)
            {
                bool ok;
                if (reader.ValueTextEquals("date"u8))
                {
                    ok = Mark(ref seen, Seen.F0) & Date(out var d);
                    dto.Date = d;
                }
                else if (reader.ValueTextEquals("type"u8))
                {
                    ok = Mark(ref seen, Seen.F1) & Enum(out CaseEventType? v);
                    dto.Type = v;
                }
                else
                {
                    ok = false;
                }

                if (!ok)
                {
                    return false;
                }
            }

            if (dto.Date is null || dto.Type is null)
            {
                return false;
            }

            list.Add(dto);
        }

        return reader.TokenType == JsonTokenType.EndArray;
    }

    private PlanDto? ReadPlan()
    {
        var dto = new PlanDto();
        var seen = Seen.None;
        while (Next() == JsonTokenType.PropertyName)
        {
            bool ok;
            if (reader.ValueTextEquals("payOn"u8))
            {
                ok = Mark(ref seen, Seen.F0) & Date(out var d);
                dto.PayOn = d;
            }
            else if (reader.ValueTextEquals("repairYears"u8))
            {
                ok = Mark(ref seen, Seen.F1) & Integer(out var n);
                dto.RepairYears = n;
            }
            else
            {
                ok = false;
            }

            if (!ok)
            {
                return null;
            }
        }

        return dto;
    }

    private JsonTokenType Next() => reader.Read() ? reader.TokenType : JsonTokenType.None;

    // A field seen twice is a duplicate: the full path reports it.
    private static bool Mark(ref Seen seen, Seen field)
    {
        if ((seen & field) != 0)
        {
            return false;
        }

        seen |= field;
        return true;
    }

    // The next value is an object (true), or null (absent); anything else is not for the fast path.
    private bool StartObject(out bool present)
    {
        reader.Read();
        present = reader.TokenType == JsonTokenType.StartObject;
        return present || reader.TokenType == JsonTokenType.Null;
    }

    private bool StartArray(out bool present)
    {
        reader.Read();
        present = reader.TokenType == JsonTokenType.StartArray;
        return present || reader.TokenType == JsonTokenType.Null;
    }

    // JSON null reads as absent (as in the full reader); a string within the length limit is read as is.
    private bool String(out string? value)
    {
        value = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = reader.GetString()!;
        return value.Length <= limits.MaxStringLength;
    }

    private bool Integer(out int? value)
    {
        value = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt32(out var n))
        {
            return false;
        }

        value = n;
        return true;
    }

    // A known contract name, written without escapes.
    private bool Enum<TEnum>(out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence
            || !ContractNames.TryParseUtf8(reader.ValueSpan, out TEnum parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }

    // "yyyy-MM-dd" in ASCII digits, a real calendar date (year 1 or later).
    private bool Date(out LocalDate? value)
    {
        value = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return false;
        }

        var s = reader.ValueSpan;
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return false;
        }

        value = new LocalDate(year, month, day);
        return true;
    }

    // "yyyy-MM" in ASCII digits, year 1 or later.
    private bool Month(out YearMonth? value)
    {
        value = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String || reader.ValueIsEscaped || reader.HasValueSequence)
        {
            return false;
        }

        var s = reader.ValueSpan;
        if (s.Length != 7 || s[4] != '-' || !Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month)
            || year < 1 || month is < 1 or > 12)
        {
            return false;
        }

        value = new YearMonth(year, month);
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, out int value)
    {
        value = 0;
        foreach (var b in s)
        {
            var digit = b - (byte)'0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
