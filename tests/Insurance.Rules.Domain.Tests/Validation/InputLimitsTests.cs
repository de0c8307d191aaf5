using System.Text;
using System.Text.Json.Nodes;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Tests.Json;
using Insurance.Rules.Domain.Validation;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Validation;

public sealed class InputLimitsTests
{
    [Fact]
    public void Default_HasTheDocumentedValues()
    {
        var limits = InputLimits.Default;

        (limits.MaxDocumentBytes, limits.MaxDepth, limits.MaxStringLength, limits.MaxContributions, limits.MaxEvents, limits.MaxExpandedMonths)
            .Should().Be((1_048_576, 32, 256, 5000, 1000, 2400));
        (limits.MinDate, limits.MaxDate).Should().Be((new LocalDate(1900, 1, 1), new LocalDate(2100, 12, 31)));
    }

    [Fact]
    public void Init_OutOfRangeValues_Throw()
    {
        var zeroDepth = () => new InputLimits { MaxDepth = 0 };
        var hugeDepth = () => new InputLimits { MaxDepth = int.MaxValue };
        var negativeRecords = () => new InputLimits { MaxContributions = -1 };

        zeroDepth.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("value");
        hugeDepth.Should().Throw<ArgumentOutOfRangeException>();
        negativeRecords.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Parse_DocumentOneByteOverTheDefaultSize_IsRefusedUnread()
    {
        var json = Pad(CaseDocuments.Valid, InputLimits.Default.MaxDocumentBytes + 1);

        var result = CaseJson.Parse(Encoding.UTF8.GetBytes(json), CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Should().Match<InputError>(e => e.Path == "$" && e.Code == ErrorCodes.LimitExceeded);
        result.Errors[0].Message.Should().Contain("1048577 bytes").And.Contain("1048576");
    }

    [Fact]
    public void Parse_DocumentOfExactlyTheLimit_IsRead()
    {
        var json = Pad(CaseDocuments.Valid, InputLimits.Default.MaxDocumentBytes);

        CaseJson.Parse(Encoding.UTF8.GetBytes(json), CaseReadOptions.Default).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Parse_StringOverload_AppliesTheSizeLimit()
    {
        var options = new CaseReadOptions { Limits = new InputLimits { MaxDocumentBytes = 100 } };

        var result = CaseJson.Parse(CaseDocuments.Valid, options);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.LimitExceeded);
    }

    [Fact]
    public void Parse_StringOverload_CountsUtf8BytesNotChars()
    {
        // 40 Chinese characters are 40 chars but 120 UTF-8 bytes.
        var json = CaseDocuments.With(r => r.Participant()["id"] = new string('宜', 40));
        var bytes = Encoding.UTF8.GetByteCount(json);
        var options = new CaseReadOptions { Limits = new InputLimits { MaxDocumentBytes = bytes - 1 } };

        json.Length.Should().BeLessThan(bytes - 1);
        CaseJson.Parse(json, options).Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.LimitExceeded);
    }

    [Fact]
    public void Parse_NestingOfExactly32_IsOnlyAnUnknownField()
    {
        var json = Nested(arrays: 31); // root object + 31 arrays = 32 levels

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Should().ContainSingle(e => e.Code == ErrorCodes.FieldUnknown && e.Path == "deep");
        result.Errors.Should().NotContain(e => e.Code == ErrorCodes.LimitExceeded);
    }

    [Fact]
    public void Parse_NestingOf33_IsRefusedWithThePathOfTheTooDeepContainer()
    {
        var json = Nested(arrays: 32);

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Should().ContainSingle();
        result.Errors[0].Code.Should().Be(ErrorCodes.LimitExceeded);
        result.Errors[0].Path.Should().Be("deep" + string.Concat(Enumerable.Repeat("[0]", 31)));
    }

    [Fact]
    public void Parse_VeryDeepNesting_IsRefusedWithoutStackOverflow()
    {
        var json = "{\"deep\":" + new string('[', 100_000) + new string(']', 100_000) + "}";

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.LimitExceeded);
    }

    [Fact]
    public void Parse_StringOf256_IsAccepted()
    {
        var json = CaseDocuments.With(r => r.Participant()["id"] = new string('x', 256));

        CaseJson.Parse(json, CaseReadOptions.Default).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Parse_OverlongUnknownFieldName_IsALimitErrorWithAShortPath()
    {
        var json = CaseDocuments.With(r => r[new string('k', 1000)] = 1);

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.LimitExceeded);
        result.Errors[0].Path.Length.Should().BeLessThan(50);
    }

    [Fact]
    public void Parse_5000Records_IsAccepted()
    {
        var json = WithYearRecords(5000);

        CaseJson.Parse(json, CaseReadOptions.Default).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Parse_5001Records_IsOneLimitErrorAtContributions()
    {
        var json = WithYearRecords(5001);

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Should().Match<InputError>(e => e.Path == "contributions" && e.Code == ErrorCodes.LimitExceeded);
        result.Errors[0].Message.Should().Contain("5001").And.Contain("5000");
    }

    [Fact]
    public void Parse_RecordsPastTheLimit_AreNotChecked()
    {
        var options = new CaseReadOptions { Language = Text.Language.En, Limits = new InputLimits { MaxContributions = 2 } };
        var json = CaseDocuments.With(r => r.Contribution(2)["month"] = "bad"); // record 2 is past the limit

        var result = CaseJson.Parse(json, options);

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("contributions");
    }

    [Fact]
    public void Parse_1001Events_IsOneLimitErrorAtEvents()
    {
        var json = CaseDocuments.With(r =>
        {
            var events = new JsonArray();
            for (var i = 0; i < 1001; i++)
            {
                events.Add(new JsonObject { ["date"] = "2024-06-30", ["type"] = "movedIn" });
            }

            r["events"] = events;
        });

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Should().Match<InputError>(e => e.Path == "events" && e.Code == ErrorCodes.LimitExceeded);
    }

    [Fact]
    public void Parse_RangesCoveringExactly2400Months_AreAccepted()
    {
        var json = WithRanges(("1901-01", "2000-12"), ("2001-01", "2100-12")); // 1,200 + 1,200

        CaseJson.Parse(json, CaseReadOptions.Default).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Parse_RangesCovering2401Months_AreRefusedAtTheRecordThatPassesTheLimit()
    {
        var json = WithRanges(("1901-01", "2000-12"), ("2001-01", "2100-12"), ("1900-12", "1900-12")); // + 1

        var result = CaseJson.Parse(json, CaseDocuments.English);

        result.Errors.Should().ContainSingle().Which.Should().Match<InputError>(e => e.Path == "contributions[2]" && e.Code == ErrorCodes.LimitExceeded);
    }

    [Fact]
    public void Parse_ManyErrors_StopsAtMaxErrorsAndSaysSo()
    {
        var options = new CaseReadOptions { Language = Text.Language.En, Limits = new InputLimits { MaxErrors = 3 } };
        var json = CaseDocuments.With(r =>
        {
            var records = new JsonArray();
            for (var i = 0; i < 10; i++)
            {
                records.Add(new JsonObject { ["month"] = "2024-13", ["scheme"] = "employee" });
            }

            r["contributions"] = records;
        });

        var result = CaseJson.Parse(json, options);

        result.Errors.Should().HaveCount(4);
        result.Errors.Take(3).Should().OnlyContain(e => e.Code == ErrorCodes.MonthInvalid);
        result.Errors[3].Should().Be(new InputError("$", ErrorCodes.LimitExceeded, "Too many errors: only the first 3 are reported."));
    }

    [Fact]
    public void Parse_CustomDateLimits_AreApplied()
    {
        var options = new CaseReadOptions { Limits = new InputLimits { MinDate = new LocalDate(1950, 1, 1) } };

        var result = CaseJson.Parse(CaseDocuments.With(r => r.Participant()["birthDate"] = "1949-12-31"), options);

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("participant.birthDate");
    }

    private static string Pad(string json, int totalBytes)
        => json + new string(' ', totalBytes - Encoding.UTF8.GetByteCount(json));

    private static string Nested(int arrays)
        => CaseDocuments.With(r =>
        {
            JsonNode node = new JsonArray();
            for (var i = 1; i < arrays; i++)
            {
                node = new JsonArray(node);
            }

            r["deep"] = node;
        });

    private static string WithYearRecords(int count)
        => CaseDocuments.With(r =>
        {
            var records = new JsonArray();
            for (var i = 0; i < count; i++)
            {
                records.Add(new JsonObject { ["year"] = 2024, ["scheme"] = "resident" });
            }

            r["contributions"] = records;
        });

    private static string WithRanges(params (string From, string To)[] ranges)
        => CaseDocuments.With(r =>
        {
            var records = new JsonArray();
            foreach (var (from, to) in ranges)
            {
                records.Add(new JsonObject { ["from"] = from, ["to"] = to, ["scheme"] = "employee" });
            }

            r["contributions"] = records;
        });
}
