using System.Text;
using System.Text.Json;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Validation;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Json;

public sealed class ResultJsonTests
{
    // A Yichang flexible worker, gap 2024-11..2025-02 open, planned payment 2025-03-20: S = 2024-11-01, 139 days
    // (61–180 band) → benefits from P+3 = 2025-06-01; after S+180 days (2025-04-30) it becomes a new enrolment.
    internal static EvaluationResult Yichang() => new()
    {
        CaseId = "YC-0001",
        AsOf = new LocalDate(2025, 3, 10),
        Region = "420500",
        Status = CoverageStatus.Suspended,
        Gaps =
        [
            new GapResult(new YearMonth(2024, 11), new YearMonth(2025, 2), 4, 139, "YC-FLEX-BAND", true, new LocalDate(2025, 3, 20), new LocalDate(2025, 6, 1)),
        ],
        BenefitsResumeOn = new LocalDate(2025, 6, 1),
        WaitingMonths = 3,
        GapCoveredRetroactively = false,
        ContinuityPreserved = true,
        Deadlines = [new DeadlineResult(new LocalDate(2025, 4, 30), "YC-FLEX-NEW", new LocalDate(2025, 11, 1))],
        Steps =
        [
            new StepResult("payArrears", "补缴断缴月份的医保费", new LocalDate(2025, 4, 30), ["idCard"], [Channel.Counter, Channel.App], "宜昌市政务服务中心医保窗口", "YC-FLEX-BAND"),
            new StepResult("keepPaying", "按月续缴", null, [], [Channel.Bank], null, "CN-ARREARS-BACKPAY"),
        ],
        Retirement = new RetirementResult(new YearMonth(2043, 4), null, 118, 0),
        Assumptions = [new AssumptionResult("YC-FLEX-BAND.paymentMonthCounted", "“3个月后”按含缴费当月计算(P+3)。")],
        Trace = [new TraceEntry("YC-FLEX-BAND", "宜昌灵活就业断缴分档", "《宜昌市城区灵活就业人员基本医疗保险办法》第十一条")],
        Timeline =
        [
            new TimelineMonth(new YearMonth(2024, 10), MonthState.Paid, true),
            new TimelineMonth(new YearMonth(2024, 11), MonthState.Gap, false),
            new TimelineMonth(new YearMonth(2025, 3), MonthState.NotDue, false),
        ],
    };

    // A Beijing resident paying 2026 late: fixed 3-month wait; every optional object present.
    internal static EvaluationResult Beijing() => new()
    {
        CaseId = null,
        AsOf = new LocalDate(2026, 3, 20),
        Region = "110000",
        Status = CoverageStatus.Waiting,
        BenefitsResumeOn = new LocalDate(2026, 6, 15),
        WaitingMonths = 3,
        ContinuityPreserved = false,
        FlexibleEnrollment = new FlexibleEnrollmentResult(false, "notFlexibleWorker", "CN-HUKOU"),
        ResidentWaiting = new ResidentWaitingResult(3, 0, 0, 3),
        Incentive = new IncentiveResult(4, 1000.50m),
    };

    private const string YichangGolden = """
        {
          "caseId": "YC-0001",
          "asOf": "2025-03-10",
          "region": "420500",
          "status": "suspended",
          "gaps": [
            {
              "from": "2024-11",
              "to": "2025-02",
              "months": 4,
              "days": 139,
              "band": "YC-FLEX-BAND",
              "open": true,
              "paymentDate": "2025-03-20",
              "benefitsResumeOn": "2025-06-01"
            }
          ],
          "benefitsResumeOn": "2025-06-01",
          "waitingMonths": 3,
          "gapCoveredRetroactively": false,
          "continuityPreserved": true,
          "deadlines": [
            {
              "payBy": "2025-04-30",
              "then": "YC-FLEX-NEW",
              "benefitsResumeOnIfLater": "2025-11-01"
            }
          ],
          "steps": [
            {
              "code": "payArrears",
              "title": "补缴断缴月份的医保费",
              "dueBy": "2025-04-30",
              "documents": [
                "idCard"
              ],
              "channels": [
                "counter",
                "app"
              ],
              "where": "宜昌市政务服务中心医保窗口",
              "basis": "YC-FLEX-BAND"
            },
            {
              "code": "keepPaying",
              "title": "按月续缴",
              "dueBy": null,
              "documents": [],
              "channels": [
                "bank"
              ],
              "where": null,
              "basis": "CN-ARREARS-BACKPAY"
            }
          ],
          "flexibleEnrollment": null,
          "retirement": {
            "retirementMonth": "2043-04",
            "requiredMonths": null,
            "creditedMonths": 118,
            "shortfallMonths": 0
          },
          "residentWaiting": null,
          "incentive": null,
          "assumptions": [
            {
              "code": "YC-FLEX-BAND.paymentMonthCounted",
              "text": "“3个月后”按含缴费当月计算(P+3)。"
            }
          ],
          "trace": [
            {
              "rule": "YC-FLEX-BAND",
              "name": "宜昌灵活就业断缴分档",
              "basis": "《宜昌市城区灵活就业人员基本医疗保险办法》第十一条"
            }
          ],
          "timeline": [
            {
              "month": "2024-10",
              "state": "paid",
              "benefitsApply": true
            },
            {
              "month": "2024-11",
              "state": "gap",
              "benefitsApply": false
            },
            {
              "month": "2025-03",
              "state": "notDue",
              "benefitsApply": false
            }
          ]
        }
        """;

    private const string BeijingGolden =
        "{\"caseId\":null,\"asOf\":\"2026-03-20\",\"region\":\"110000\",\"status\":\"waiting\",\"gaps\":[]," +
        "\"benefitsResumeOn\":\"2026-06-15\",\"waitingMonths\":3,\"gapCoveredRetroactively\":false,\"continuityPreserved\":false," +
        "\"deadlines\":[],\"steps\":[],\"flexibleEnrollment\":{\"eligible\":false,\"reason\":\"notFlexibleWorker\",\"basis\":\"CN-HUKOU\"}," +
        "\"retirement\":null,\"residentWaiting\":{\"fixedMonths\":3,\"variableMonths\":0,\"repairedMonths\":0,\"totalMonths\":3}," +
        "\"incentive\":{\"consecutiveYears\":4,\"capRaise\":1000.50},\"assumptions\":[],\"trace\":[],\"timeline\":[]}";

    [Fact]
    public void Serialize_Indented_MatchesTheReviewedGolden()
    {
        ResultJson.Serialize(Yichang(), indented: true).Should().Be(YichangGolden);
    }

    [Fact]
    public void Serialize_Compact_WritesNullsAndEmptyArraysForEveryNormativeField()
    {
        ResultJson.Serialize(Beijing()).Should().Be(BeijingGolden);
    }

    [Fact]
    public void Serialize_WithoutTimeline_LeavesOnlyTheTimelineOut()
    {
        var full = ResultJson.Serialize(Yichang());
        var without = ResultJson.Serialize(Yichang(), options: new JsonWriteOptions { IncludeTimeline = false });

        without.Should().NotContain("timeline");
        full.Should().StartWith(without[..^1] + ",\"timeline\":[");
    }

    [Fact]
    public void Serialize_ChineseText_IsWrittenUnescaped()
    {
        var bytes = ResultJson.SerializeToUtf8Bytes(Yichang());

        var text = Encoding.UTF8.GetString(bytes);
        text.Should().Contain("补缴断缴月份的医保费").And.NotContain("\\u");
        bytes.Take(3).Should().NotEqual(Encoding.UTF8.GetPreamble(), "no byte-order mark");
    }

    [Fact]
    public void Serialize_QuotesAndControlCharacters_AreStillEscaped()
    {
        var result = new EvaluationResult { Region = "CN", Status = CoverageStatus.NotEnrolled, CaseId = "a\"b\\c\nd<e>" };

        ResultJson.Serialize(result).Should().StartWith("{\"caseId\":\"a\\\"b\\\\c\\nd<e>\"");
    }

    [Fact]
    public void SerializeToUtf8Bytes_UnderZhEnAndInvariantCultures_IsByteIdentical()
    {
        var outputs = new[] { "zh-CN", "en-US", string.Empty, "ar-SA", "fr-FR" }
            .Select(culture => CaseJsonTests.InCulture(culture, () => ResultJson.SerializeToUtf8Bytes(Yichang(), indented: true)))
            .Concat(new[] { "zh-CN", "en-US", string.Empty }.Select(culture => CaseJsonTests.InCulture(culture, () => ResultJson.SerializeToUtf8Bytes(Beijing()))))
            .ToList();

        outputs.Take(5).Should().AllSatisfy(b => b.Should().Equal(outputs[0]));
        outputs.Skip(5).Should().AllSatisfy(b => b.Should().Equal(outputs[5]));
        Encoding.UTF8.GetString(outputs[5]).Should().Contain("\"capRaise\":1000.50", "decimal point, never a comma");
    }

    [Fact]
    public void Write_RuleMetadataWrittenTwice_SameEscapedTextBothTimes()
    {
        // Trace and step basis texts are encoded once per string and reused: a second result with the same strings
        // must come out exactly like the first, quotes and control characters escaped, Chinese as is.
        var result = new EvaluationResult
        {
            Region = "CN",
            Status = CoverageStatus.Covered,
            Trace = [new TraceEntry("R-\"1\"", "名称\t二", "《依据》\\第一条")],
            Steps = [new StepResult("keepPaying", "按月续缴", null, [], [], null, "R-\"1\"")],
        };

        var first = ResultJson.Serialize(result);
        var second = ResultJson.Serialize(result);

        second.Should().Be(first);
        first.Should().Contain("""{"rule":"R-\"1\"","name":"名称\t二","basis":"《依据》\\第一条"}""")
            .And.Contain(""" "basis":"R-\"1\""}""".TrimStart());
    }

    [Fact]
    public void Write_ToAWriterWithTheDefaultEncoder_EscapesAsThatWriterDoes()
    {
        // A caller's writer with other escaping rules gets its own escaping everywhere, cached rule texts included.
        var result = Yichang();
        ResultJson.Serialize(result); // the rule texts are now cached for the contract's options
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            ResultJson.Write(writer, result);
        }

        var text = Encoding.UTF8.GetString(stream.ToArray());
        text.Should().NotContain("宜昌").And.NotContain("第十一条");
        using var parsed = JsonDocument.Parse(text);
        var trace = parsed.RootElement.GetProperty("trace")[0];
        trace.GetProperty("name").GetString().Should().Be("宜昌灵活就业断缴分档");
        trace.GetProperty("basis").GetString().Should().Be("《宜昌市城区灵活就业人员基本医疗保险办法》第十一条");
        parsed.RootElement.GetProperty("steps")[0].GetProperty("basis").GetString().Should().Be("YC-FLEX-BAND");
    }

    [Fact]
    public void Serialize_CompactTimeline_SameJsonAsTheIndentedOneWithoutWhiteSpace()
    {
        // A compact writer gets each timeline month as one ready-made value; it must be exactly what the writer writes
        // member by member (the indented form, rewritten compactly), for every state and both flags, and for months
        // whose years need padding or a sign.
        var yichang = Yichang();
        var result = new EvaluationResult
        {
            CaseId = yichang.CaseId,
            AsOf = yichang.AsOf,
            Region = yichang.Region,
            Status = yichang.Status,
            Gaps = yichang.Gaps,
            Steps = yichang.Steps,
            Trace = yichang.Trace,
            Timeline =
            [
                .. Enum.GetValues<MonthState>().Select((state, i) => new TimelineMonth(new YearMonth(2024, 1).PlusMonths(i), state, i % 2 == 0)),
                new TimelineMonth(new YearMonth(1, 1), MonthState.Paid, true),
                new TimelineMonth(new YearMonth(-12, 12), MonthState.Gap, false),
            ],
        };

        var compact = ResultJson.Serialize(result);
        var rewritten = System.Text.Json.Nodes.JsonNode.Parse(ResultJson.Serialize(result, indented: true))!
            .ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        compact.Should().Be(rewritten);
        compact.Should().Contain("""{"month":"0001-01","state":"paid","benefitsApply":true}""");
        compact.Should().EndWith("""{"month":"-0012-12","state":"gap","benefitsApply":false}]}""");
    }

    [Fact]
    public void Write_ToACallersWriter_WritesTheSameObject()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ResultJson.CreateWriterOptions()))
        {
            ResultJson.Write(writer, Beijing(), null);
        }

        Encoding.UTF8.GetString(stream.ToArray()).Should().Be(BeijingGolden);
    }

    [Fact]
    public void SerializeErrors_WritesTheErrorObject()
    {
        var errors = new[]
        {
            new InputError("contributions[2].month", ErrorCodes.MonthFormat, "“2025-3”不是 YYYY-MM 格式的月份。"),
            new InputError("$", ErrorCodes.JsonSyntax, "x"),
        };

        ResultJson.SerializeErrors(errors).Should().Be(
            "{\"errors\":[{\"path\":\"contributions[2].month\",\"code\":\"month.format\",\"message\":\"“2025-3”不是 YYYY-MM 格式的月份。\"}," +
            "{\"path\":\"$\",\"code\":\"json.syntax\",\"message\":\"x\"}]}");
    }

    [Fact]
    public void SerializeErrors_FromAParse_RoundTripsThroughJson()
    {
        var parse = CaseJson.Parse(CaseDocuments.With(r => r["asOf"] = "2025-3-1"), CaseReadOptions.Default);

        using var document = JsonDocument.Parse(ResultJson.SerializeErrors(parse.Errors, indented: true));

        var error = document.RootElement.GetProperty("errors")[0];
        error.GetProperty("path").GetString().Should().Be("asOf");
        error.GetProperty("code").GetString().Should().Be("date.format");
        error.GetProperty("message").GetString().Should().Be(parse.Errors[0].Message);
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        var act = () => ResultJson.Serialize(null!);

        act.Should().Throw<ArgumentNullException>();
    }
}
