using System.Text.Json.Nodes;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.PayrollIntegration;
using NodaTime;

namespace Insurance.Rules.Tests.Payroll;

public sealed class CaseBuilderTests
{
    private static readonly string[] Header =
        ["employeeId", "name", "birthDate", "sex", "region", "firstPaidMonth", "lastPaidMonth", "missingMonths", "payer", "leftOn",
         "employerStoppedOn", "status", "hukouRegion", "hukouType", "plannedPayOn", "originalRetirementAge"];

    private static EmployeeRow Row(Dictionary<string, string> values)
    {
        var columns = Header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i);
        var fields = Header.Select(h => values.GetValueOrDefault(h, string.Empty)).ToArray();
        return new EmployeeRow(7, columns, fields);
    }

    private static Dictionary<string, string> Valid() => new()
    {
        ["employeeId"] = "E1", ["birthDate"] = "1985-04-12", ["sex"] = "female", ["firstPaidMonth"] = "2024-01",
        ["lastPaidMonth"] = "2024-12", ["status"] = "employed",
    };

    private static CaseBuild Build(Dictionary<string, string> values, string? defaultRegion = "420500")
        => new CaseBuilder(new LocalDate(2025, 3, 10), defaultRegion, Language.En).Build(Row(values));

    private static JsonNode Json(CaseBuild build) => JsonNode.Parse(build.Json!)!;

    private static List<string> Ranges(JsonNode json)
        => json["contributions"]!.AsArray().Select(c => $"{c!["from"]}..{c["to"]}").ToList();

    [Fact]
    public void Build_ValidRow_WritesTheContractCase()
    {
        var values = Valid();
        values["leftOn"] = "2024-12-31";
        values["plannedPayOn"] = "2025-03-20";
        values["hukouRegion"] = "420502";
        values["hukouType"] = "非农业";
        values["originalRetirementAge"] = "55";

        var json = Json(Build(values));

        json["asOf"]!.GetValue<string>().Should().Be("2025-03-10");
        json["region"]!.GetValue<string>().Should().Be("420500", "the --region default fills an empty region");
        json["participant"]!["id"]!.GetValue<string>().Should().Be("E1");
        json["participant"]!["originalRetirementAge"]!.GetValue<int>().Should().Be(55);
        json["participant"]!["hukou"]!["type"]!.GetValue<string>().Should().Be("nonAgricultural");
        json["contributions"]![0]!["payer"]!.GetValue<string>().Should().Be("employer", "payer defaults to the employer");
        json["events"]![0]!["type"]!.GetValue<string>().Should().Be("employmentEnded");
        json["plan"]!["payOn"]!.GetValue<string>().Should().Be("2025-03-20");
    }

    [Fact]
    public void Build_MissingMonthsInside_SplitsThePaidRange()
    {
        var values = Valid();
        values["missingMonths"] = "2024-03; 2024-04";

        Ranges(Json(Build(values))).Should().Equal("2024-01..2024-02", "2024-05..2024-12");
    }

    [Fact]
    public void Build_MissingFirstAndLastMonth_ShrinksTheRangeAtBothEnds()
    {
        // Boundary: the missing months are exactly firstPaidMonth and lastPaidMonth.
        var values = Valid();
        values["missingMonths"] = "2024-01;2024-12";

        Ranges(Json(Build(values))).Should().Equal("2024-02..2024-11");
    }

    [Fact]
    public void Build_FirstEqualsLast_IsOneMonth()
    {
        var values = Valid();
        values["firstPaidMonth"] = "2024-12";

        Ranges(Json(Build(values))).Should().Equal("2024-12..2024-12");
    }

    [Fact]
    public void Build_LastBeforeFirst_IsARangeError()
    {
        // Boundary: one month before firstPaidMonth.
        var values = Valid();
        values["firstPaidMonth"] = "2025-01";

        var build = Build(values);

        build.Json.Should().BeNull();
        var error = build.Errors.Should().ContainSingle().Subject;
        error.Column.Should().Be("lastPaidMonth");
        error.Code.Should().Be("range.reversed");
    }

    [Theory]
    [InlineData("2023-12", "month.outsideRange")] // the month before firstPaidMonth
    [InlineData("2025-01", "month.outsideRange")] // the month after lastPaidMonth
    [InlineData("2024-13", "month.format")]
    public void Build_BadMissingMonth_IsAnErrorOnThatColumn(string month, string code)
    {
        var values = Valid();
        values["missingMonths"] = month;

        var error = Build(values).Errors.Should().ContainSingle().Subject;

        error.Column.Should().Be("missingMonths");
        error.Code.Should().Be(code);
    }

    [Fact]
    public void Build_RequiredFieldsEmpty_ReportsEachColumn()
    {
        var build = Build(new Dictionary<string, string>(), defaultRegion: null);

        build.Errors.Select(e => e.Column).Should().BeEquivalentTo(
            ["employeeId", "birthDate", "sex", "status", "region", "firstPaidMonth", "lastPaidMonth"]);
        build.Errors.Should().OnlyContain(e => e.Code == "field.required");
    }

    [Theory]
    [InlineData("男", "male")]
    [InlineData("F", "female")]
    [InlineData("Male", "male")]
    [InlineData("x", "x")]
    public void Build_SexAliases_AreNormalisedAndOthersPassThroughForTheValidator(string sex, string expected)
    {
        var values = Valid();
        values["sex"] = sex;

        Json(Build(values))["participant"]!["sex"]!.GetValue<string>().Should().Be(expected);
    }

    [Fact]
    public void Build_StatusAndPayerInAnyCase_UseTheContractNames()
    {
        var values = Valid();
        values["status"] = "UnemployedWithBenefits";
        values["payer"] = "INDIVIDUAL";

        var json = Json(Build(values));

        json["participant"]!["status"]!.GetValue<string>().Should().Be("unemployedWithBenefits");
        json["contributions"]![0]!["payer"]!.GetValue<string>().Should().Be("individual");
    }

    [Fact]
    public void Build_RetirementAgeNotANumber_IsATypeError()
    {
        var values = Valid();
        values["originalRetirementAge"] = "fifty";

        Build(values).Errors.Should().ContainSingle().Which.Code.Should().Be("field.type");
    }

    [Fact]
    public void ColumnFor_PathsOfTheCase_MapBackToTheirColumns()
    {
        var values = Valid();
        values["employerStoppedOn"] = "2024-11-01";
        values["missingMonths"] = "2024-06";
        values["region"] = "330200";

        var build = Build(values);

        build.ColumnFor("participant.birthDate").Should().Be("birthDate");
        build.ColumnFor("region").Should().Be("region");
        build.ColumnFor("events[0].date").Should().Be("employerStoppedOn", "the only event is the employer's stop");
        build.ColumnFor("contributions[0].from").Should().Be("firstPaidMonth");
        build.ColumnFor("contributions[0].to").Should().Be("missingMonths");
        build.ColumnFor("contributions[1].to").Should().Be("lastPaidMonth");
        build.ColumnFor("asOf").Should().Be("--as-of");
        build.ColumnFor("$").Should().Be("row");
        build.ColumnFor("participant.birthDateX").Should().Be("row", "a prefix matches only at a path boundary");
    }

    [Fact]
    public void ColumnFor_DefaultRegion_PointsToTheOption()
    {
        Build(Valid()).ColumnFor("region").Should().Be("--region");
    }
}
