using System.Text;
using System.Text.Json.Nodes;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules.Domain.Tests.Json;

/// <summary>One row per kind of bad input: each breaks the valid document in one place and expects that path and code.</summary>
public sealed class CaseJsonBadInputTests
{
    private static readonly Dictionary<string, (Action<JsonObject> Change, string Path, string Code)> Rows = new()
    {
        // wrong JSON types
        ["asOf is a number"] = (r => r["asOf"] = 20250310, "asOf", ErrorCodes.FieldType),
        ["region is an object"] = (r => r["region"] = new JsonObject(), "region", ErrorCodes.FieldType),
        ["participant is a string"] = (r => r["participant"] = "E-1001", "participant", ErrorCodes.FieldType),
        ["contributions is an object"] = (r => r["contributions"] = new JsonObject(), "contributions", ErrorCodes.FieldType),
        ["contribution is a number"] = (r => r["contributions"]![1] = 5, "contributions[1]", ErrorCodes.FieldType),
        ["event is an array"] = (r => r["events"]![0] = new JsonArray(), "events[0]", ErrorCodes.FieldType),
        ["year is a string"] = (r => r.Contribution(2)["year"] = "2024", "contributions[2].year", ErrorCodes.FieldType),
        ["deemedMonths is a string"] = (r => r["deemedMonths"] = "3", "deemedMonths", ErrorCodes.FieldType),
        ["deemedMonths is fractional"] = (r => r["deemedMonths"] = 1.5, "deemedMonths", ErrorCodes.FieldType),
        ["participant id is a number"] = (r => r.Participant()["id"] = 1001, "participant.id", ErrorCodes.FieldType),
        ["plan repairYears is boolean"] = (r => r.Plan()["repairYears"] = true, "plan.repairYears", ErrorCodes.FieldType),

        // unknown fields
        ["unknown root field (typo)"] = (r => r["asof"] = "2025-03-10", "asof", ErrorCodes.FieldUnknown),
        ["unknown participant field"] = (r => r.Participant()["birthdate"] = "1985-04-12", "participant.birthdate", ErrorCodes.FieldUnknown),
        ["unknown record field"] = (r => r.Contribution(1)["paidAt"] = "2024-10-20", "contributions[1].paidAt", ErrorCodes.FieldUnknown),
        ["unknown hukou field"] = (r => r.Participant()["hukou"]!["city"] = "宜昌", "participant.hukou.city", ErrorCodes.FieldUnknown),
        ["unknown field with a dot in its name"] = (r => r["a.b"] = 1, "$['a.b']", ErrorCodes.FieldUnknown),

        // missing required fields (absent or null)
        ["asOf missing"] = (r => r.Remove("asOf"), "asOf", ErrorCodes.FieldRequired),
        ["region null"] = (r => r["region"] = null, "region", ErrorCodes.FieldRequired),
        ["participant missing"] = (r => r.Remove("participant"), "participant", ErrorCodes.FieldRequired),
        ["birthDate missing"] = (r => r.Participant().Remove("birthDate"), "participant.birthDate", ErrorCodes.FieldRequired),
        ["sex missing"] = (r => r.Participant().Remove("sex"), "participant.sex", ErrorCodes.FieldRequired),
        ["status null"] = (r => r.Participant()["status"] = null, "participant.status", ErrorCodes.FieldRequired),
        ["hukou type missing"] = (r => r.Participant()["hukou"]!.AsObject().Remove("type"), "participant.hukou.type", ErrorCodes.FieldRequired),
        ["scheme missing"] = (r => r.Contribution(1).Remove("scheme"), "contributions[1].scheme", ErrorCodes.FieldRequired),
        ["event date missing"] = (r => r.Event(0).Remove("date"), "events[0].date", ErrorCodes.FieldRequired),
        ["event type missing"] = (r => r.Event(0).Remove("type"), "events[0].type", ErrorCodes.FieldRequired),
        ["range without to"] = (r => r.Contribution(0).Remove("to"), "contributions[0].to", ErrorCodes.FieldRequired),
        ["range without from"] = (r => r.Contribution(0).Remove("from"), "contributions[0].from", ErrorCodes.FieldRequired),

        // impossible dates and months
        ["30 February"] = (r => r["asOf"] = "2025-02-30", "asOf", ErrorCodes.DateInvalid),
        ["29 February in a common year"] = (r => r.Participant()["birthDate"] = "2023-02-29", "participant.birthDate", ErrorCodes.DateInvalid),
        ["31 April"] = (r => r.Contribution(1)["paidOn"] = "2024-04-31", "contributions[1].paidOn", ErrorCodes.DateInvalid),
        ["month 13"] = (r => r.Contribution(1)["month"] = "2024-13", "contributions[1].month", ErrorCodes.MonthInvalid),
        ["month 00"] = (r => r.Contribution(0)["from"] = "2015-00", "contributions[0].from", ErrorCodes.MonthInvalid),

        // wrong formats
        ["date without leading zeros"] = (r => r["asOf"] = "2025-3-10", "asOf", ErrorCodes.DateFormat),
        ["date with slashes"] = (r => r.Event(0)["date"] = "2024/06/30", "events[0].date", ErrorCodes.DateFormat),
        ["date with a time"] = (r => r.Plan()["payOn"] = "2025-03-20T00:00:00", "plan.payOn", ErrorCodes.DateFormat),
        ["date with a space"] = (r => r["asOf"] = " 2025-03-10", "asOf", ErrorCodes.DateFormat),
        ["date with full-width digits"] = (r => r["asOf"] = "２０２５-03-10", "asOf", ErrorCodes.DateFormat),
        ["month without leading zero"] = (r => r.Contribution(1)["month"] = "2025-3", "contributions[1].month", ErrorCodes.MonthFormat),
        ["month given as a date"] = (r => r.Contribution(0)["to"] = "2024-06-30", "contributions[0].to", ErrorCodes.MonthFormat),

        // unknown enumeration values (camelCase, case-sensitive)
        ["sex capitalised"] = (r => r.Participant()["sex"] = "Female", "participant.sex", ErrorCodes.EnumUnknown),
        ["status unknown"] = (r => r.Participant()["status"] = "freelance", "participant.status", ErrorCodes.EnumUnknown),
        ["hukou type unknown"] = (r => r.Participant()["hukou"]!["type"] = "urban", "participant.hukou.type", ErrorCodes.EnumUnknown),
        ["scheme unknown"] = (r => r.Contribution(0)["scheme"] = "employees", "contributions[0].scheme", ErrorCodes.EnumUnknown),
        ["payer unknown"] = (r => r.Contribution(0)["payer"] = "company", "contributions[0].payer", ErrorCodes.EnumUnknown),
        ["event type unknown"] = (r => r.Event(0)["type"] = "fired", "events[0].type", ErrorCodes.EnumUnknown),

        // reversed range
        ["to before from"] = (r => { r.Contribution(0)["from"] = "2024-06"; r.Contribution(0)["to"] = "2015-01"; }, "contributions[0].to", ErrorCodes.RangeReversed),
        ["to one month before from"] = (r => r.Contribution(0)["to"] = "2014-12", "contributions[0].to", ErrorCodes.RangeReversed),

        // record shape
        ["record with no month, range or year"] = (r => r["contributions"]![1] = new JsonObject { ["scheme"] = "employee" }, "contributions[1]", ErrorCodes.RecordShape),
        ["record with month and range"] = (r => r.Contribution(0)["month"] = "2015-01", "contributions[0]", ErrorCodes.RecordShape),
        ["record with month and year"] = (r => r.Contribution(2)["month"] = "2024-01", "contributions[2]", ErrorCodes.RecordShape),
        ["record with year and from only"] = (r => r.Contribution(2)["from"] = "2024-01", "contributions[2]", ErrorCodes.RecordShape),

        // scheme/payer rules
        ["year record in the employee scheme"] = (r => r.Contribution(2)["scheme"] = "employee", "contributions[2].scheme", ErrorCodes.RecordYearNotResident),
        ["payer on a resident year record"] = (r => r.Contribution(2)["payer"] = "individual", "contributions[2].payer", ErrorCodes.RecordPayerNotAllowed),
        ["payer on a resident month record"] = (r => r.Contribution(1)["scheme"] = "resident", "contributions[1].payer", ErrorCodes.RecordPayerNotAllowed),

        // birth after asOf (day after)
        ["born the day after asOf"] = (r => r.Participant()["birthDate"] = "2025-03-11", "participant.birthDate", ErrorCodes.BirthDateAfterAsOf),

        // regions
        ["region alias without a resolver"] = (r => r["region"] = "yichang", "region", ErrorCodes.RegionUnknown),
        ["region with a non-province prefix"] = (r => r["region"] = "990000", "region", ErrorCodes.RegionInvalid),
        ["region prefix 16 (between 15 and 21)"] = (r => r["region"] = "160100", "region", ErrorCodes.RegionInvalid),
        ["region of five digits"] = (r => r["region"] = "42050", "region", ErrorCodes.RegionInvalid),
        ["region cn in lower case"] = (r => r["region"] = "cn", "region", ErrorCodes.RegionUnknown),
        ["hukou region invalid"] = (r => r.Participant()["hukou"]!["region"] = "000000", "participant.hukou.region", ErrorCodes.RegionInvalid),
        ["residence permit region unknown"] = (r => r.Participant()["residencePermitRegion"] = "tianjin", "participant.residencePermitRegion", ErrorCodes.RegionUnknown),
        ["record region invalid"] = (r => r.Contribution(1)["region"] = "700000", "contributions[1].region", ErrorCodes.RegionInvalid),

        // negative counts
        ["negative deemedMonths"] = (r => r["deemedMonths"] = -1, "deemedMonths", ErrorCodes.NumberNegative),
        ["negative repairYears"] = (r => r.Plan()["repairYears"] = -2, "plan.repairYears", ErrorCodes.NumberNegative),
        ["integer beyond Int32"] = (r => r["deemedMonths"] = 3000000000L, "deemedMonths", ErrorCodes.NumberOutOfRange),
        ["resident year before 1990"] = (r => r.Contribution(2)["year"] = 1989, "contributions[2].year", ErrorCodes.NumberOutOfRange),

        // retirement age
        ["retirement age 45"] = (r => r.Participant()["originalRetirementAge"] = 45, "participant.originalRetirementAge", ErrorCodes.RetirementAgeInvalid),
        ["retirement age 65"] = (r => r.Participant()["originalRetirementAge"] = 65, "participant.originalRetirementAge", ErrorCodes.RetirementAgeInvalid),
        ["man with retirement age 55"] = (r => r.Participant()["sex"] = "male", "participant.originalRetirementAge", ErrorCodes.RetirementAgeMale),

        // date limits (day before the first supported day, day after the last)
        ["asOf 1899-12-31"] = (r => r["asOf"] = "1899-12-31", "asOf", ErrorCodes.LimitExceeded),
        ["payOn 2101-01-01"] = (r => r.Plan()["payOn"] = "2101-01-01", "plan.payOn", ErrorCodes.LimitExceeded),
        ["month 1899-12"] = (r => r.Contribution(0)["from"] = "1899-12", "contributions[0].from", ErrorCodes.LimitExceeded),
        ["string longer than 256"] = (r => r.Participant()["id"] = new string('x', 257), "participant.id", ErrorCodes.LimitExceeded),
        ["one range of 2,412 months"] = (r => { r.Contribution(0)["from"] = "1900-01"; r.Contribution(0)["to"] = "2100-12"; }, "contributions[0]", ErrorCodes.LimitExceeded),
    };

    public static TheoryData<string> RowNames()
    {
        var data = new TheoryData<string>();
        foreach (var name in Rows.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RowNames))]
    public void Parse_OneBadField_ReportsPathAndCode(string row)
    {
        var (change, path, code) = Rows[row];

        var result = CaseJson.Parse(CaseDocuments.With(change), CaseDocuments.English);

        result.IsValid.Should().BeFalse();
        result.Case.Should().BeNull();
        result.Errors.Should().ContainSingle(e => e.Path == path && e.Code == code, $"row '{row}' gave {Describe(result.Errors)}");
        result.Errors.Should().OnlyContain(e => e.Message.Length > 0);
    }

    [Theory]
    [MemberData(nameof(RowNames))]
    public void Parse_OneBadField_ReportsOnlyThatProblem(string row)
    {
        var (change, path, _) = Rows[row];

        var result = CaseJson.Parse(CaseDocuments.With(change), CaseDocuments.English);

        // One broken field gives one error (a range missing an end is the one row that is also a shape question,
        // and it is still one error).
        result.Errors.Should().HaveCount(1, $"row '{row}' at {path} gave {Describe(result.Errors)}");
    }

    [Fact]
    public void Parse_BrokenJson_ReportsSyntaxWithLineAndByte()
    {
        const string json = "{\n  \"asOf\": \"2025-03-10\",\n  \"region\": 420500x\n}";

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Should().ContainSingle();
        var error = result.Errors[0];
        error.Path.Should().Be("$");
        error.Code.Should().Be(ErrorCodes.JsonSyntax);
        error.Message.Should().Contain("line 3, byte 19"); // the 'x' is the 19th byte of line 3
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"asOf\": \"2025-03-10\",}")]
    [InlineData("{} {}")]
    [InlineData("// comment\n{}")]
    [InlineData("{'asOf': '2025-03-10'}")]
    public void Parse_NotWellFormed_ReportsOneSyntaxError(string json)
    {
        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Should().Match<InputError>(e => e.Code == ErrorCodes.JsonSyntax && e.Path == "$");
    }

    [Fact]
    public void Parse_InvalidUtf8_ReportsEncodingWithOffset()
    {
        var bytes = Encoding.UTF8.GetBytes(CaseDocuments.Valid).ToList();
        var offset = Encoding.UTF8.GetBytes(CaseDocuments.Valid[..CaseDocuments.Valid.IndexOf("E-1001", StringComparison.Ordinal)]).Length;
        bytes[offset] = 0xC3; // a lead byte followed by an ASCII byte: invalid
        bytes[offset + 1] = 0x28;

        var result = CaseJson.Parse(bytes.ToArray(), CaseDocuments.English);

        result.Errors.Should().ContainSingle();
        result.Errors[0].Code.Should().Be(ErrorCodes.JsonEncoding);
        result.Errors[0].Path.Should().Be("$");
        result.Errors[0].Message.Should().Contain($"offset {offset}");
    }

    [Fact]
    public void Parse_StringWithLoneSurrogate_ReportsEncoding()
    {
        var json = CaseDocuments.Valid.Replace("E-1001", "E-\uD800", StringComparison.Ordinal);

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.JsonEncoding);
    }

    [Theory]
    [InlineData("E-\\ud800x", "a high surrogate escaped alone in a value")]
    [InlineData("E-\\udc00", "a low surrogate escaped alone in a value")]
    [InlineData("E-\\ud800", "a high surrogate at the end of a value")]
    public void Parse_EscapedLoneSurrogateInValue_ReportsEncodingWithOffset(string id, string label)
    {
        var json = CaseDocuments.Valid.Replace("E-1001", id, StringComparison.Ordinal);
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);

        var result = CaseJson.Parse(utf8, CaseDocuments.English);

        result.Case.Should().BeNull(label);
        var error = result.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(ErrorCodes.JsonEncoding);
        error.Path.Should().Be("$");
        var offset = json.IndexOf("\"" + id, StringComparison.Ordinal);
        error.Message.Should().Contain($"byte offset {offset} ").And.Contain("unpaired surrogate");
    }

    [Fact]
    public void Parse_EscapedLoneSurrogateInPropertyName_ReportsEncoding()
    {
        var json = CaseDocuments.Valid.Replace("\"asOf\"", "\"\\udc00\": 1, \"asOf\"", StringComparison.Ordinal);

        var result = CaseJson.Parse(System.Text.Encoding.UTF8.GetBytes(json), CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.JsonEncoding);
    }

    [Fact]
    public void Parse_EscapedSurrogatePair_IsValidText()
    {
        // Boundary: the same escapes as a complete pair (U+1F600) are valid and reach the case.
        var json = CaseDocuments.Valid.Replace("E-1001", "E-\\ud83d\\ude00", StringComparison.Ordinal);

        var result = CaseJson.Parse(System.Text.Encoding.UTF8.GetBytes(json), CaseDocuments.English);

        result.Errors.Should().BeEmpty();
        result.Case!.Participant.Id.Should().Be("E-\U0001F600");
    }

    [Fact]
    public void Parse_DuplicateKeys_ReportsEachRepeat()
    {
        var json = CaseDocuments.Valid
            .Replace("\"asOf\": \"2025-03-10\",", "\"asOf\": \"2025-03-10\", \"asOf\": \"2025-03-11\",", StringComparison.Ordinal)
            .Replace("\"sex\": \"female\",", "\"sex\": \"female\", \"sex\": \"male\",", StringComparison.Ordinal);

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(new[]
        {
            ("asOf", ErrorCodes.FieldDuplicate),
            ("participant.sex", ErrorCodes.FieldDuplicate),
        });
    }

    [Fact]
    public void Parse_RootIsArray_ReportsTypeAtRoot()
    {
        var result = CaseJson.Parse("[]", CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Should().Be(
            new InputError("$", ErrorCodes.FieldType, "The field '$' must be of type object, not array."));
    }

    [Fact]
    public void Parse_UnknownEnumValue_ListsAllowedValues()
    {
        var result = CaseJson.Parse(CaseDocuments.With(r => r.Participant()["status"] = "freelance"), CaseDocuments.English);

        result.Errors.Single().Message.Should().Contain(
            "employed, flexible, unemployed, unemployedWithBenefits, retired, student, child, newborn, resident");
    }

    [Theory]
    [InlineData("{ \"scheme\": \"employee\" }", "A contribution record needs exactly one of: month, from and to, year. This record has none.")]
    [InlineData("{ \"month\": \"2024-01\", \"year\": 2024, \"scheme\": \"resident\" }", "A contribution record needs exactly one of: month, from and to, year. This record has: month, year.")]
    public void Parse_BadRecordShape_SaysWhatTheRecordHas(string record, string message)
    {
        var result = CaseJson.Parse(CaseDocuments.With(r => r["contributions"]![1] = JsonNode.Parse(record)), CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Should().Be(new InputError("contributions[1]", ErrorCodes.RecordShape, message));
    }

    [Fact]
    public void Parse_UnknownField_NamesAllowedFields()
    {
        var result = CaseJson.Parse(CaseDocuments.With(r => r["asof"] = "2025-03-10"), CaseDocuments.English);

        result.Errors.Single().Message.Should().Be(
            "Unknown field 'asof'. Fields allowed here: asOf, region, participant, contributions, deemedMonths, events, plan.");
    }

    [Fact]
    public void Parse_ManyProblems_ReportsAllOfThemInDocumentOrder()
    {
        var json = CaseDocuments.With(r =>
        {
            r["asOf"] = "2025-02-30";
            r["regoin"] = "420500";
            r.Participant()["sex"] = "F";
            r.Contribution(0)["to"] = "2014-01";
            r.Contribution(1)["month"] = "2024-1";
            r.Contribution(2)["scheme"] = "employee";
            r["deemedMonths"] = -3;
            r.Event(0)["type"] = "quit";
        });

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Select(e => $"{e.Path} {e.Code}").Should().Equal(
            // Unknown fields are found when an object is opened, before its fields are read.
            "regoin field.unknown",
            "asOf date.invalid",
            "participant.sex enum.unknown",
            "contributions[1].month month.format",
            "events[0].type enum.unknown",
            "contributions[0].to range.reversed",
            "contributions[2].scheme record.yearNotResident",
            "deemedMonths number.negative");
    }

    [Fact]
    public void Parse_SeveralBadRecords_ReportsEveryRecord()
    {
        var json = CaseDocuments.With(r =>
        {
            var records = r["contributions"]!.AsArray();
            records.Clear();
            for (var i = 0; i < 5; i++)
            {
                records.Add(new JsonObject { ["month"] = $"2024-{i + 13}", ["scheme"] = "employee" });
            }
        });

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Select(e => e.Path).Should().Equal(Enumerable.Range(0, 5).Select(i => $"contributions[{i}].month"));
        result.Errors.Should().OnlyContain(e => e.Code == ErrorCodes.MonthInvalid);
    }

    private static string Describe(IEnumerable<InputError> errors)
        => "[" + string.Join("; ", errors.Select(e => $"{e.Path} {e.Code}")) + "]";
}
