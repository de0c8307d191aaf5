using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.Domain.Validation;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Json;

public sealed class CaseJsonTests
{
    [Fact]
    public void Parse_ContractExample_BuildsTheModel()
    {
        var result = CaseJson.Parse(CaseDocuments.Valid, CaseReadOptions.Default);

        result.Errors.Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        var c = result.Case!;
        c.AsOf.Should().Be(new LocalDate(2025, 3, 10));
        c.Region.Should().Be("420500");
        c.Participant.Id.Should().Be("E-1001");
        c.Participant.BirthDate.Should().Be(new LocalDate(1985, 4, 12));
        c.Participant.Sex.Should().Be(Sex.Female);
        c.Participant.OriginalRetirementAge.Should().Be(55);
        c.Participant.Status.Should().Be(ParticipantStatus.Flexible);
        c.Participant.Hukou!.Region.Should().Be("420500");
        c.Participant.Hukou.Type.Should().Be(HukouType.NonAgricultural);
        c.Participant.ResidencePermitRegion.Should().BeNull();

        c.Contributions.Should().HaveCount(3);
        var range = c.Contributions[0];
        (range.From, range.To, range.Scheme, range.Payer, range.PaidOn).Should().Be(
            (new YearMonth(2015, 1), new YearMonth(2024, 6), Scheme.Employee, (Payer?)Payer.Employer, (LocalDate?)null));
        var month = c.Contributions[1];
        (month.From, month.To, month.Payer, month.PaidOn).Should().Be(
            (new YearMonth(2024, 10), new YearMonth(2024, 10), (Payer?)Payer.Individual, (LocalDate?)new LocalDate(2024, 10, 20)));
        var year = c.Contributions[2];
        (year.Year, year.Scheme, year.Payer, year.PaidOn, year.From).Should().Be(
            (2024, Scheme.Resident, (Payer?)null, (LocalDate?)new LocalDate(2023, 12, 5), (YearMonth?)null));

        c.DeemedMonths.Should().Be(0);
        c.Events.Should().ContainSingle().Which.Should().Match<CaseEvent>(
            e => e.Date == new LocalDate(2024, 6, 30) && e.Type == CaseEventType.EmploymentEnded);
        c.Plan.PayOn.Should().Be(new LocalDate(2025, 3, 20));
        c.Plan.RepairYears.Should().Be(0);
    }

    [Fact]
    public void Parse_OnlyRequiredFields_UsesDefaults()
    {
        const string json = """
            { "asOf": "2025-03-10", "region": "CN",
              "participant": { "birthDate": "1970-01-01", "sex": "male", "status": "unemployed" } }
            """;

        var c = CaseJson.Parse(json, CaseReadOptions.Default).Case!;

        c.Contributions.Should().BeEmpty();
        c.Events.Should().BeEmpty();
        c.DeemedMonths.Should().Be(0);
        c.Plan.Should().BeSameAs(Plan.None);
        c.Participant.Id.Should().BeNull();
        c.Participant.OriginalRetirementAge.Should().BeNull();
        c.Participant.Hukou.Should().BeNull();
    }

    [Fact]
    public void Parse_NullOptionalFields_AreAbsent()
    {
        var json = CaseDocuments.With(r =>
        {
            r["contributions"] = null;
            r["events"] = null;
            r["plan"] = null;
            r["deemedMonths"] = null;
            r.Participant()["hukou"] = null;
            r.Participant()["originalRetirementAge"] = null;
        });

        var result = CaseJson.Parse(json, CaseReadOptions.Default);

        result.Errors.Should().BeEmpty();
        result.Case!.Contributions.Should().BeEmpty();
        result.Case.Participant.Hukou.Should().BeNull();
    }

    [Fact]
    public void Parse_BornOnAsOf_IsValid()
    {
        // Boundary: birth on the evaluation date itself (a newborn) is allowed; the day after is not.
        var json = CaseDocuments.With(r =>
        {
            r.Participant()["birthDate"] = "2025-03-10";
            r.Participant()["status"] = "newborn";
        });

        CaseJson.Parse(json, CaseReadOptions.Default).Errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2024-02-29")] // leap day
    [InlineData("1900-01-01")] // first supported day
    [InlineData("2000-02-29")] // leap day in a century divisible by 400
    public void Parse_BoundaryDates_AreValid(string birthDate)
    {
        var json = CaseDocuments.With(r => r.Participant()["birthDate"] = birthDate);

        CaseJson.Parse(json, CaseReadOptions.Default).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Parse_SingleMonthRange_IsValid()
    {
        // Boundary: from == to is a one-month range, not a reversed one.
        var json = CaseDocuments.With(r => r.Contribution(0)["to"] = "2015-01");

        var c = CaseJson.Parse(json, CaseReadOptions.Default).Case!;

        c.Contributions[0].Months().Should().Equal(new YearMonth(2015, 1));
    }

    [Fact]
    public void Parse_LastSupportedDay_IsValid()
    {
        var json = CaseDocuments.With(r => r.Plan()["payOn"] = "2100-12-31");

        CaseJson.Parse(json, CaseReadOptions.Default).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Parse_RegionAlias_IsResolvedEverywhere()
    {
        var asked = new List<string>();
        var options = new CaseReadOptions
        {
            ResolveRegionAlias = alias =>
            {
                asked.Add(alias);
                return alias switch { "yichang" => "420500", "tianjin" => "120000", _ => null };
            },
        };
        var json = CaseDocuments.With(r =>
        {
            r["region"] = "yichang";
            r.Participant()["hukou"]!["region"] = "yichang";
            r.Participant()["residencePermitRegion"] = "tianjin";
            r.Contribution(1)["region"] = "yichang";
        });

        var c = CaseJson.Parse(json, options).Case!;

        c.Region.Should().Be("420500");
        c.Participant.Hukou!.Region.Should().Be("420500");
        c.Participant.ResidencePermitRegion.Should().Be("120000");
        c.Contributions[1].Region.Should().Be("420500");
        asked.Should().BeEquivalentTo(["yichang", "tianjin"], "each distinct alias is resolved once");
    }

    [Fact]
    public void Parse_AliasResolvingToAnInvalidCode_IsAnInvalidRegion()
    {
        var options = new CaseReadOptions { ResolveRegionAlias = _ => "999999" };

        var result = CaseJson.Parse(CaseDocuments.With(r => r["region"] = "atlantis"), options);

        result.Errors.Should().ContainSingle().Which.Should().Match<InputError>(e => e.Path == "region" && e.Code == ErrorCodes.RegionInvalid);
    }

    [Fact]
    public void Parse_CodesNeverAskTheAliasResolver()
    {
        var options = new CaseReadOptions { ResolveRegionAlias = a => throw new InvalidOperationException(a) };

        CaseJson.Parse(CaseDocuments.Valid, options).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Parse_ChineseLanguage_GivesChineseMessages()
    {
        var json = CaseDocuments.With(r => r["asOf"] = "2025-02-30");

        var zh = CaseJson.Parse(json, new CaseReadOptions { Language = Language.ZhCN });
        var en = CaseJson.Parse(json, CaseDocuments.English);

        zh.Errors.Single().Message.Should().Be("日期“2025-02-30”不存在。");
        en.Errors.Single().Message.Should().Be("The date '2025-02-30' does not exist.");
        zh.Errors.Single().Code.Should().Be(en.Errors.Single().Code);
    }

    [Fact]
    public void Parse_ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CaseDocuments.Valid)).ToArray();

        CaseJson.Parse(bytes, CaseReadOptions.Default).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Parse_ChineseTextInStrings_IsKept()
    {
        var json = CaseDocuments.With(r => r.Participant()["id"] = "宜昌-张三");

        CaseJson.Parse(Encoding.UTF8.GetBytes(json), CaseReadOptions.Default).Case!.Participant.Id.Should().Be("宜昌-张三");
    }

    [Fact]
    public void Parse_EventsOutOfOrder_AreOrderedByDate()
    {
        var json = CaseDocuments.With(r =>
        {
            r["events"] = new JsonArray(
                new JsonObject { ["date"] = "2024-09-01", ["type"] = "employmentStarted" },
                new JsonObject { ["date"] = "2024-06-30", ["type"] = "employmentEnded" });
        });

        var c = CaseJson.Parse(json, CaseReadOptions.Default).Case!;

        c.Events.Select(e => e.Type).Should().Equal(CaseEventType.EmploymentEnded, CaseEventType.EmploymentStarted);
    }

    [Fact]
    public void Parse_InParallelWithDifferentOptions_KeepsEachDocumentsOwnLanguageAndAliases()
    {
        // The semantic validators are shared; per-document data (language, aliases, limits) must not leak.
        var bad = CaseDocuments.With(r => { r["region"] = "atlantis"; r["deemedMonths"] = -1; });
        var results = Enumerable.Range(0, 200).AsParallel().Select(i =>
        {
            var english = i % 2 == 0;
            var options = new CaseReadOptions
            {
                Language = english ? Language.En : Language.ZhCN,
                ResolveRegionAlias = english ? _ => "420500" : null,
            };
            return (english, CaseJson.Parse(bad, options));
        }).ToList();

        foreach (var (english, result) in results)
        {
            if (english)
            {
                result.Errors.Should().ContainSingle().Which.Message.Should().Be("'deemedMonths' must not be negative (it is -1).");
            }
            else
            {
                result.Errors.Select(e => e.Code).Should().Equal(ErrorCodes.RegionUnknown, ErrorCodes.NumberNegative);
                result.Errors[1].Message.Should().Be("deemedMonths 不能为负数(实际为 -1)。");
            }
        }
    }

    [Fact]
    public void Parse_NullOptions_Throws()
    {
        var act = () => CaseJson.Parse(CaseDocuments.Valid, null!);

        act.Should().Throw<ArgumentNullException>();
    }

    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        foreach (var file in CaseDocuments.SampleFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Samples_AreThere()
    {
        CaseDocuments.SampleFiles().Should().HaveCountGreaterThanOrEqualTo(6);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Parse_Sample_IsValid(string file)
    {
        var result = CaseJson.Parse(File.ReadAllBytes(Path.Combine(CaseDocuments.SamplesDirectory, file)), CaseDocuments.English);

        result.Errors.Should().BeEmpty();
        result.Case!.Contributions.Should().NotBeEmpty("every sample carries a contribution history");
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Serialize_Sample_RoundTripsToTheSameCase(string file)
    {
        var first = CaseJson.Parse(File.ReadAllBytes(Path.Combine(CaseDocuments.SamplesDirectory, file)), CaseReadOptions.Default).Case!;

        var json = CaseJson.Serialize(first);
        var second = CaseJson.Parse(json, CaseReadOptions.Default);

        second.Errors.Should().BeEmpty();
        Describe(second.Case!).Should().Be(Describe(first));
        CaseJson.Serialize(second.Case!).Should().Be(json, "serialising is deterministic");
    }

    [Fact]
    public void Parse_YichangSample_HasTheOpenGapHistory()
    {
        var c = ParseSample("yichang-flexible-open-gap.json");

        c.Region.Should().Be("420500");
        c.Participant.Status.Should().Be(ParticipantStatus.Flexible);
        c.Contributions.SelectMany(r => r.Months()).Max().Should().Be(new YearMonth(2024, 10), "the gap runs from 2024-11 and is open");
        c.Plan.PayOn.Should().Be(new LocalDate(2025, 3, 20));
    }

    [Theory]
    [InlineData("ningbo-flexible-gap-3-months.json", 2024, 2, 3)] // exactly 3 months
    [InlineData("ningbo-flexible-gap-4-months.json", 2024, 1, 4)] // 4 months
    public void Parse_NingboGapSamples_HaveTheStatedGapLength(string file, int lastYear, int lastMonth, int gapMonths)
    {
        var c = ParseSample(file);

        var months = c.Contributions.SelectMany(r => r.Months()).Order().ToList();
        var last = new YearMonth(lastYear, lastMonth);
        var next = months.First(m => m > last);
        months.Should().Contain(last);
        Period.Between(last.OnDayOfMonth(1), next.OnDayOfMonth(1), PeriodUnits.Months).Months.Should().Be(gapMonths + 1);
    }

    [Fact]
    public void Parse_BeijingSample_HasResidentYears()
    {
        var c = ParseSample("beijing-resident-late-payment.json");

        c.Contributions.Should().OnlyContain(r => r.IsYear && r.Scheme == Scheme.Resident && r.Payer == null);
        c.Contributions.Select(r => r.Year).Should().Equal(2024, 2025, 2026);
        c.Contributions[2].PaidOn.Should().Be(new LocalDate(2026, 3, 15), "paid after the centralised period ended on 2026-02-28");
    }

    [Fact]
    public void Parse_ZhuhaiSample_KeepsTheOtherRegionOfEarlierRecords()
    {
        var c = ParseSample("zhuhai-near-retirement.json");

        c.Contributions[0].Region.Should().Be("420100");
        c.Contributions[1].Region.Should().BeNull("the case region applies");
    }

    [Fact]
    public void Serialize_ContractExample_WritesTheContractShape()
    {
        var c = CaseJson.Parse(CaseDocuments.Valid, CaseReadOptions.Default).Case!;

        var json = CaseJson.Serialize(c);

        json.Should().Be(
            "{\"asOf\":\"2025-03-10\",\"region\":\"420500\",\"participant\":{\"id\":\"E-1001\",\"birthDate\":\"1985-04-12\"," +
            "\"sex\":\"female\",\"originalRetirementAge\":55,\"status\":\"flexible\",\"hukou\":{\"region\":\"420500\",\"type\":\"nonAgricultural\"}," +
            "\"residencePermitRegion\":null},\"contributions\":[{\"from\":\"2015-01\",\"to\":\"2024-06\",\"scheme\":\"employee\",\"payer\":\"employer\"}," +
            "{\"month\":\"2024-10\",\"scheme\":\"employee\",\"payer\":\"individual\",\"paidOn\":\"2024-10-20\"}," +
            "{\"year\":2024,\"scheme\":\"resident\",\"paidOn\":\"2023-12-05\"}],\"deemedMonths\":0," +
            "\"events\":[{\"date\":\"2024-06-30\",\"type\":\"employmentEnded\"}],\"plan\":{\"payOn\":\"2025-03-20\",\"repairYears\":0}}");
    }

    [Fact]
    public void Serialize_ModelBuiltInCode_RoundTrips()
    {
        var c = new InsuranceCase(
            new LocalDate(2024, 2, 29),
            "330200",
            new Participant("中文-1", new LocalDate(1960, 2, 29), Sex.Male, 60, ParticipantStatus.UnemployedWithBenefits, null, "120000"),
            [
                ContributionRecord.ForRange(new YearMonth(2000, 1), new YearMonth(2023, 12), Scheme.Employee, Payer.UnemploymentFund, region: "440400"),
                ContributionRecord.ForYear(2024, new LocalDate(2024, 2, 1)),
            ],
            deemedMonths: 12,
            events: [new CaseEvent(new LocalDate(2023, 12, 31), CaseEventType.UnemploymentBenefitsStarted)],
            plan: new Plan(null, 2));

        var json = CaseJson.Serialize(c, indented: true);
        var back = CaseJson.Parse(json, CaseReadOptions.Default);

        back.Errors.Should().BeEmpty();
        Describe(back.Case!).Should().Be(Describe(c));
        json.Should().Contain("中文-1").And.Contain("\n  \"region\": \"330200\"").And.NotContain("\r");
    }

    [Fact]
    public void Serialize_SameCaseUnderAnyCulture_GivesTheSameText()
    {
        var c = CaseJson.Parse(CaseDocuments.Valid, CaseReadOptions.Default).Case!;

        var texts = new[] { "zh-CN", "en-US", "ar-SA", string.Empty }.Select(name => InCulture(name, () => CaseJson.Serialize(c)));

        texts.Distinct().Should().ContainSingle();
    }

    private static Model.InsuranceCase ParseSample(string file)
    {
        var result = CaseJson.Parse(File.ReadAllBytes(Path.Combine(CaseDocuments.SamplesDirectory, file)), CaseReadOptions.Default);
        result.Errors.Should().BeEmpty();
        return result.Case!;
    }

    // A field-by-field description of a case, so two cases can be compared as text.
    private static string Describe(InsuranceCase c)
    {
        var p = c.Participant;
        var sb = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"{c.AsOf:uuuu-MM-dd}|{c.Region}|{p.Id}|{p.BirthDate:uuuu-MM-dd}|{p.Sex}|{p.OriginalRetirementAge}|{p.Status}|")
            .Append(CultureInfo.InvariantCulture, $"{p.Hukou?.Region}/{p.Hukou?.Type}|{p.ResidencePermitRegion}|{c.DeemedMonths}|{c.Plan.PayOn}|{c.Plan.RepairYears}\n");
        foreach (var r in c.Contributions)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{r.From}|{r.To}|{r.Year}|{r.Scheme}|{r.Payer}|{r.PaidOn}|{r.Region}\n");
        }

        foreach (var e in c.Events)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{e.Date}|{e.Type}\n");
        }

        return sb.ToString();
    }

    internal static T InCulture<T>(string name, Func<T> action)
    {
        var (culture, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }
}
