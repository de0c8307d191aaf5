using System.Buffers.Text;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Text.Json;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Validation;
using NodaTime;

namespace Insurance.Rules.Domain.Json;

/// <summary>
/// The fast path for reading a case: one forward pass over the document's plain tokens (<see cref="PlainTokens"/>)
/// straight into a <see cref="CaseDto"/>, with no document tree, no field dictionaries and no path strings. It accepts only what
/// <see cref="CaseDocumentReader"/> would read without reporting anything — every field known, once, of the right
/// JSON type, in shape, within the limits — and then produces the same DTO, except that contribution records are
/// checked (<see cref="CaseChecks.ContributionPasses"/>, the month budget) and turned into model records as they are
/// read, through one reused record DTO. A record whose members are all plain strings — the monthly records that make up
/// nearly all of a case — is read straight from its bytes (<see cref="ReadFlatContribution"/>); any other record token
/// by token. For anything else it returns null and the caller takes the full path, which
/// finds and words every problem; so this class never decides what an error is, it only recognises plainly good
/// documents. (An escape anywhere makes the document not plain, so every name and value here is read unescaped.)
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
    private PlainTokens reader;

    private FastCaseReader(ReadOnlySpan<byte> utf8, CaseCheckContext check, List<ContributionRecord> records)
    {
        limits = check.Limits;
        this.check = check;
        this.records = records;
        reader = new PlainTokens(utf8, MinDepth + 1);
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
            // Malformed JSON (the full path reports it with its line and position), or JSON that is not plain.
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
            if (records.Count == limits.MaxContributions || !(ReadFlatContribution() || ReadContribution()))
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

    // The usual record — every member a plain string, as payroll systems write a monthly record — read straight from its
    // bytes: each name is recognised with its closing quote, a month or a date is read at its fixed width, and only an
    // enumeration value or a region is searched for its end. True when the record was read whole and ReadContribution
    // would have accepted it member by member; false leaves the reader where it was, and ReadContribution reads the
    // record token by token and decides (a duplicate, an unknown name, a null, a number, an escape, a value that is not
    // what its name needs, a missing scheme all take that way).
    private bool ReadFlatContribution()
    {
        var s = reader.Document;
        var i = reader.Position;
        var dto = scratch;
        dto.Reset();
        var seen = Seen.None;
        while (true)
        {
            i = PlainTokens.SkipWhiteSpace(s, i);
            if (i == s.Length || s[i] != '"')
            {
                return false;
            }

            // The name with its closing quote: a known name holds no quote, backslash or control character, so these
            // bytes are exactly the string the token reader would find. Told apart by their first letter, then
            // compared whole.
            var rest = s[(i + 1)..];
            if (rest.IsEmpty)
            {
                return false;
            }

            Seen field;
            int nameLength;
            switch (rest[0])
            {
                case (byte)'m' when rest.StartsWith("month\""u8):
                    (field, nameLength) = (Seen.F0, 5);
                    break;
                case (byte)'s' when rest.StartsWith("scheme\""u8):
                    (field, nameLength) = (Seen.F4, 6);
                    break;
                case (byte)'p' when rest.StartsWith("payer\""u8):
                    (field, nameLength) = (Seen.F5, 5);
                    break;
                case (byte)'p' when rest.StartsWith("paidOn\""u8):
                    (field, nameLength) = (Seen.F6, 6);
                    break;
                case (byte)'f' when rest.StartsWith("from\""u8):
                    (field, nameLength) = (Seen.F1, 4);
                    break;
                case (byte)'t' when rest.StartsWith("to\""u8):
                    (field, nameLength) = (Seen.F2, 2);
                    break;
                case (byte)'r' when rest.StartsWith("region\""u8):
                    (field, nameLength) = (Seen.F7, 6);
                    break;
                default:
                    return false;
            }

            if (!Mark(ref seen, field))
            {
                return false;
            }

            i = PlainTokens.SkipWhiteSpace(s, i + nameLength + 2);
            if (i == s.Length || s[i] != ':')
            {
                return false;
            }

            i = PlainTokens.SkipWhiteSpace(s, i + 1);
            if (i == s.Length || s[i] != '"')
            {
                return false;
            }

            // The value. A month ("yyyy-MM") or a date ("yyyy-MM-dd") is all digits and dashes once parsed, so the
            // quote right after its width is its closing quote; anything else is searched for its end.
            var v = i + 1;
            switch (field)
            {
                case Seen.F0 or Seen.F1 or Seen.F2:
                    if (s.Length - v < 8 || s[v + 7] != '"' || !ParseMonth(s.Slice(v, 7), out var month))
                    {
                        return false;
                    }

                    if (field == Seen.F0)
                    {
                        dto.Month = month;
                        dto.HasMonth = true;
                    }
                    else if (field == Seen.F1)
                    {
                        dto.From = month;
                        dto.HasFrom = true;
                    }
                    else
                    {
                        dto.To = month;
                        dto.HasTo = true;
                    }

                    i = v + 8;
                    break;
                case Seen.F6:
                    if (s.Length - v < 11 || s[v + 10] != '"' || !ParseDate(s.Slice(v, 10), out var paidOn))
                    {
                        return false;
                    }

                    dto.PaidOn = paidOn;
                    i = v + 11;
                    break;
                default:
                    var end = PlainTokens.ClosingQuote(s, v);
                    if (end < 0)
                    {
                        return false;
                    }

                    var text = s[v..end];
                    if (field == Seen.F4)
                    {
                        if (!ContractNames.TryParseUtf8(text, out Scheme scheme))
                        {
                            return false;
                        }

                        dto.Scheme = scheme;
                    }
                    else if (field == Seen.F5)
                    {
                        if (!ContractNames.TryParseUtf8(text, out Payer payer))
                        {
                            return false;
                        }

                        dto.Payer = payer;
                        dto.HasPayer = true;
                    }
                    else
                    {
                        // As String() reads it: the length limit counts UTF-16 units, and a byte is at most one.
                        var region = Encoding.UTF8.GetString(text);
                        if (region.Length > limits.MaxStringLength)
                        {
                            return false;
                        }

                        dto.Region = region;
                    }

                    i = end + 1;
                    break;
            }

            i = PlainTokens.SkipWhiteSpace(s, i);
            if (i == s.Length)
            {
                return false;
            }

            if (s[i] == '}')
            {
                break;
            }

            if (s[i] != ',')
            {
                return false;
            }

            i++;
        }

        if (dto.Scheme is null)
        {
            return false;
        }

        reader.EndFlatObject(i + 1);
        return true;
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

    // A known contract name.
    private bool Enum<TEnum>(out TEnum? value)
        where TEnum : struct, Enum
    {
        value = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String
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

        if (reader.TokenType != JsonTokenType.String || !ParseDate(reader.ValueSpan, out var date))
        {
            return false;
        }

        value = date;
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

        if (reader.TokenType != JsonTokenType.String || !ParseMonth(reader.ValueSpan, out var month))
        {
            return false;
        }

        value = month;
        return true;
    }

    private static bool ParseDate(ReadOnlySpan<byte> s, out LocalDate value)
    {
        if (s.Length != 10 || s[4] != '-' || s[7] != '-'
            || !Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12)
        {
            value = default;
            return false;
        }

        return IsoValues.TryDate(year, month, day, out value);
    }

    private static bool ParseMonth(ReadOnlySpan<byte> s, out YearMonth value)
    {
        if (s.Length != 7 || s[4] != '-' || !Digits(s[..4], out var year) || !Digits(s.Slice(5, 2), out var month)
            || year < 1 || month is < 1 or > 12)
        {
            value = default;
            return false;
        }

        value = IsoValues.Month(year, month);
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

    /// <summary>
    /// The tokens of a JSON document in the plainest form only, for <see cref="FastCaseReader"/>: strings without escapes,
    /// integers without fraction or exponent, <c>null</c>, objects and arrays, and nothing else. Anything outside that —
    /// malformed JSON, but also valid JSON such as an escape, <c>1.5</c>, <c>true</c> or a deeper nesting — throws
    /// <see cref="JsonException"/>, and the caller then takes the full path, which reads and reports it. So this type only
    /// has to be right about what it accepts: exactly the grammar of RFC 8259 for those tokens, as
    /// <see cref="Utf8JsonReader"/> reads them (no comments, no trailing commas, one root value, white space = space, tab,
    /// line feed, carriage return). It exists because the general reader's per-token work (escape and control-character
    /// searches sized for long strings, state for every JSON feature) was the largest part of reading a typical case,
    /// whose tokens are short names, short strings and small numbers.
    /// </summary>
    /// <remarks>The document must already be valid UTF-8 (<see cref="CaseJson"/> checks that first).</remarks>
    internal ref struct PlainTokens
    {
        private readonly ReadOnlySpan<byte> json;
        private readonly int maxDepth;
        private int position;
        private int depth;
        private ulong objects; // bit d set: the container at depth d + 1 is an object
        private int valueStart;
        private int valueLength;

        public PlainTokens(ReadOnlySpan<byte> json, int maxDepth)
        {
            this.json = json;
            this.maxDepth = Math.Min(maxDepth, 63);
        }

        /// <summary>The token just read; <see cref="JsonTokenType.None"/> before the first.</summary>
        public JsonTokenType TokenType { get; private set; }

        /// <summary>The raw bytes of a property name or string (between the quotes, never escaped), or of a number.</summary>
        public readonly ReadOnlySpan<byte> ValueSpan => json.Slice(valueStart, valueLength);

        private readonly bool InObject => (objects & (1UL << (depth - 1))) != 0;

        /// <summary>Moves to the next token; false after the root value once only white space is left.</summary>
        /// <exception cref="JsonException">Malformed JSON, or JSON outside the plain form this type reads.</exception>
        public bool Read()
        {
            SkipWhiteSpace();
            switch (TokenType)
            {
                case JsonTokenType.None:
                    ReadValue();
                    return true;
                case JsonTokenType.PropertyName:
                    Expect((byte)':');
                    SkipWhiteSpace();
                    ReadValue();
                    return true;
                case JsonTokenType.StartObject:
                    if (!TryReadEnd())
                    {
                        ReadPropertyName();
                    }

                    return true;
                case JsonTokenType.StartArray:
                    if (!TryReadEnd())
                    {
                        ReadValue();
                    }

                    return true;
            }

            // A value has just ended: the root is complete, or a comma or the container's end follows.
            if (depth == 0)
            {
                return position == json.Length ? false : throw Unsupported();
            }

            if (TryReadEnd())
            {
                return true;
            }

            Expect((byte)',');
            SkipWhiteSpace();
            if (InObject)
            {
                ReadPropertyName();
            }
            else
            {
                ReadValue();
            }

            return true;
        }

        /// <summary>Where the next unread byte is.</summary>
        public readonly int Position => position;

        /// <summary>The whole document, for a reader that reads a stretch of it itself (see <see cref="EndFlatObject"/>).</summary>
        public readonly ReadOnlySpan<byte> Document => json;

        /// <summary>
        /// Ends the object a caller read itself from <see cref="Position"/> (just after the object's <c>{</c>), with
        /// <paramref name="at"/> just past its <c>}</c>: the reader stands on the object's end, as if it had read every
        /// token up to it. The caller must have read exactly what <see cref="Read"/> would have accepted.
        /// </summary>
        public void EndFlatObject(int at)
        {
            position = at;
            depth--;
            TokenType = JsonTokenType.EndObject;
        }

        /// <summary>True when the property name or string is exactly <paramref name="text"/>.</summary>
        public readonly bool ValueTextEquals(ReadOnlySpan<byte> text) => ValueSpan.SequenceEqual(text);

        /// <summary>The property name or string as text.</summary>
        public readonly string GetString() => Encoding.UTF8.GetString(ValueSpan);

        /// <summary>The number as an <see cref="int"/>, when it is one (false when out of range).</summary>
        public readonly bool TryGetInt32(out int value)
            => Utf8Parser.TryParse(ValueSpan, out value, out var consumed) && consumed == valueLength;

        private static JsonException Unsupported() => new("Not a plain JSON document; the full reader takes it.");

        // The helpers below are inlined, and their loops work on locals rather than on the fields behind 'this': a
        // token is a few bytes, so calls and field stores were most of the cost of reading one.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void SkipWhiteSpace() => position = SkipWhiteSpace(json, position);

        /// <summary>The first index from <paramref name="i"/> on that is not JSON white space.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int SkipWhiteSpace(ReadOnlySpan<byte> s, int i)
        {
            // Compact JSON has none: one test for the usual case.
            if ((uint)i < (uint)s.Length && s[i] > (byte)' ')
            {
                return i;
            }

            while (i < s.Length && s[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                i++;
            }

            return i;
        }

        /// <summary>
        /// The index of the quote that closes a string whose text starts at <paramref name="start"/>, or -1 at an escape,
        /// a control character or the end of the document (none of which is plain).
        /// </summary>
        // Names and values of a case are short: the first sixteen bytes are searched at once where the document has them.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int ClosingQuote(ReadOnlySpan<byte> s, int start)
        {
            if (Vector128.IsHardwareAccelerated && s.Length - start >= Vector128<byte>.Count)
            {
                var v = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(s), (nuint)start);
                var stops = Vector128.Equals(v, Vector128.Create((byte)'"'))
                    | Vector128.Equals(v, Vector128.Create((byte)'\\'))
                    | Vector128.LessThan(v, Vector128.Create((byte)0x20));
                var mask = stops.ExtractMostSignificantBits();
                if (mask != 0)
                {
                    var i = start + BitOperations.TrailingZeroCount(mask);
                    return s[i] == '"' ? i : -1;
                }

                start += Vector128<byte>.Count;
            }

            for (var i = start; i < s.Length; i++)
            {
                var b = s[i];
                if (b == '"')
                {
                    return i;
                }

                if (b == '\\' || b < 0x20)
                {
                    return -1;
                }
            }

            return -1;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Expect(byte b)
        {
            if (position == json.Length || json[position] != b)
            {
                throw Unsupported();
            }

            position++;
        }

        // The container's closing bracket, if it is next (a comma before it would have been read as a separator).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private bool TryReadEnd()
        {
            if (position == json.Length)
            {
                throw Unsupported();
            }

            var b = json[position];
            var inObject = InObject;
            if ((b == '}' && inObject) || (b == ']' && !inObject))
            {
                position++;
                depth--;
                TokenType = inObject ? JsonTokenType.EndObject : JsonTokenType.EndArray;
                return true;
            }

            return false;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void ReadPropertyName()
        {
            ReadString();
            TokenType = JsonTokenType.PropertyName;
        }

        private void ReadValue()
        {
            if (position == json.Length)
            {
                throw Unsupported();
            }

            switch (json[position])
            {
                case (byte)'{':
                    Open(isObject: true);
                    TokenType = JsonTokenType.StartObject;
                    break;
                case (byte)'[':
                    Open(isObject: false);
                    TokenType = JsonTokenType.StartArray;
                    break;
                case (byte)'"':
                    ReadString();
                    TokenType = JsonTokenType.String;
                    break;
                case (byte)'n':
                    if (!json[position..].StartsWith("null"u8))
                    {
                        throw Unsupported();
                    }

                    position += 4;
                    TokenType = JsonTokenType.Null;
                    break;
                default:
                    ReadInteger();
                    TokenType = JsonTokenType.Number;
                    break;
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Open(bool isObject)
        {
            if (depth == maxDepth)
            {
                throw Unsupported();
            }

            objects = isObject ? objects | (1UL << depth) : objects & ~(1UL << depth);
            depth++;
            position++;
        }

        // A string up to its closing quote. A backslash (an escape) is not plain; a control character is not JSON.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void ReadString()
        {
            Expect((byte)'"');
            var start = position;
            var end = ClosingQuote(json, start);
            if (end < 0)
            {
                throw Unsupported();
            }

            valueStart = start;
            valueLength = end - start;
            position = end + 1;
        }

        // -?(0|[1-9][0-9]*): a fraction or exponent is not plain, so the '.', 'e' or 'E' after it fails as the next token.
        private void ReadInteger()
        {
            var start = position;
            if (json[position] == '-')
            {
                position++;
            }

            if (position == json.Length || (uint)(json[position] - '0') > 9)
            {
                throw Unsupported();
            }

            if (json[position++] != '0')
            {
                while (position < json.Length && (uint)(json[position] - '0') <= 9)
                {
                    position++;
                }
            }

            valueStart = start;
            valueLength = position - start;
        }
    }
}
