using System.Text.Json.Nodes;
using Insurance.Rules.PayrollIntegration;
using Insurance.Rules.Tests.DependencyInjection;

namespace Insurance.Rules.Tests.Payroll;

/// <summary>The payroll sample end to end on its shipped employees.csv (as-of 2025-03-10, default region 420500).</summary>
public sealed class PayrollAppTests : IDisposable
{
    private static readonly string SampleCsv = RepoPaths.Combine("samples", "PayrollIntegration", "employees.csv");
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private async Task<(int Exit, string Csv, JsonNode? Json, string Err)> Run(params string[] extra)
    {
        var csvPath = Path.Combine(temp.Path, Guid.NewGuid().ToString("N") + ".csv");
        var jsonPath = Path.ChangeExtension(csvPath, ".json");
        string[] args = [SampleCsv, "--as-of", "2025-03-10", "--region", "420500", "--lang", "en", "--out", csvPath, "--json", jsonPath, .. extra];
        var err = new StringWriter();
        var exit = await PayrollApp.RunAsync(args, TextReader.Null, TextWriter.Null, err);
        var csv = File.Exists(csvPath) ? await File.ReadAllTextAsync(csvPath) : string.Empty;
        var json = File.Exists(jsonPath) ? JsonNode.Parse(await File.ReadAllTextAsync(jsonPath)) : null;
        return (exit, csv, json, err.ToString());
    }

    private static List<JsonNode> Items(JsonNode json, string employeeId)
        => json["items"]!.AsArray().Select(i => i!).Where(i => i["employeeId"]!.GetValue<string>() == employeeId && i["status"]!.GetValue<string>() != "error").ToList();

    private static JsonNode Action(JsonNode json, string employeeId, string code)
        => Items(json, employeeId).Single(i => i["action"]!["code"]!.GetValue<string>() == code);

    private static string? Str(JsonNode node, string name) => node[name]?.GetValue<string>();

    [Fact]
    public async Task RunAsync_SampleFile_ProcessesEveryRowAndSummarises()
    {
        var (exit, csv, json, err) = await Run();

        exit.Should().Be(PayrollApp.Ok);
        var summary = json!["summary"]!;
        summary["rows"]!.GetValue<int>().Should().Be(22);
        summary["evaluated"]!.GetValue<int>().Should().Be(16);
        summary["errorRows"]!.GetValue<int>().Should().Be(6);
        summary["noAction"]!.GetValue<int>().Should().Be(4);
        var items = summary["items"]!.GetValue<int>();
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(items + 1, "a header and one line per item");
        err.Should().Contain("22 row(s): 16 evaluated, 6 with errors");
    }

    [Fact]
    public async Task RunAsync_SampleFile_BadRowsComeFirstWithTheColumnAtFault()
    {
        var (_, _, json, _) = await Run();

        var errors = json!["items"]!.AsArray().Take(6).Select(i => (
            Id: Str(i!, "employeeId"),
            Status: Str(i!, "status"),
            Problems: string.Join(' ', i!["errors"]!.AsArray().Select(e => $"{Str(e!, "column")}:{Str(e!, "code")}")))).ToList();
        errors.Should().OnlyContain(e => e.Status == "error");
        errors.Select(e => $"{e.Id} {e.Problems}").Should().BeEquivalentTo(
        [
            "E004 employeeId:row.duplicateId",
            "E016 birthDate:date.invalid",
            "E017 region:region.invalid",
            "E018 lastPaidMonth:range.reversed",
            "E019 sex:enum.unknown status:enum.unknown",
            "E021 row:row.fieldCount",
        ]);
    }

    [Fact]
    public async Task RunAsync_SampleFile_ItemsAreOrderedByUrgencyDate()
    {
        var (_, _, json, _) = await Run();

        var dates = json!["items"]!.AsArray().Skip(6)
            .Select(i => Str(i!, "dueBy") ?? Str(i!, "payBy"))
            .ToList();
        var dated = dates.TakeWhile(d => d is not null).ToList();
        dated.Should().BeInAscendingOrder(StringComparer.Ordinal);
        dates.Skip(dated.Count).Should().OnlyContain(d => d == null, "undated items come after every dated one");
        Str(json["items"]![6]!, "employeeId").Should().Be("E015", "the most overdue step leads");
    }

    [Fact]
    public async Task RunAsync_SampleFile_YichangFlexibleWorkerPaysByApril30AndResumesJune1()
    {
        // E001: open gap from 2024-11, planned payment 2025-03-20 → 139 days → 61–180 band, default reading P+3.
        var (_, _, json, _) = await Run();

        var item = Action(json!, "E001", "payArrears");
        Str(item, "status").Should().Be("suspended");
        Str(item, "dueBy").Should().Be("2025-04-30");
        Str(item, "benefitsResumeOn").Should().Be("2025-06-01");
        Str(item, "resumeOnIfLate").Should().Be("2025-11-01", "after day 180 it becomes a new enrolment (P+6)");
    }

    [Fact]
    public async Task RunAsync_VariantExcludePaymentMonth_MovesTheYichangResumptionToJuly1()
    {
        var (exit, _, json, _) = await Run("--variant", "yc.variant=excludePaymentMonth");

        exit.Should().Be(PayrollApp.Ok);
        Str(Action(json!, "E001", "payArrears"), "benefitsResumeOn").Should().Be("2025-07-01");
    }

    [Fact]
    public async Task RunAsync_SampleFile_YichangDay60DeadlineIsApril2()
    {
        // E002: unpaid since 2025-02 → S = 2025-02-01; day 60 = 2025-04-02 keeps the best band.
        var (_, _, json, _) = await Run();

        Str(Action(json!, "E002", "payArrears"), "payBy").Should().Be("2025-04-02");
    }

    [Fact]
    public async Task RunAsync_SampleFile_EmployerArrearsAreTheEmployersJob()
    {
        var (_, _, json, _) = await Run();

        var item = Action(json!, "E005", "employerPayArrears");
        Str(item, "actor").Should().Be("employer");
        Str(item, "status").Should().Be("lapsed");
        Str(item, "benefitsResumeOn").Should().Be("2025-09-01");
    }

    [Fact]
    public async Task RunAsync_SampleFile_OverdueEnrolmentHasNegativeDaysLeft()
    {
        // E015 left on 2024-08-31: the 3-month enrolment window closed 2024-11-30, 100 days before asOf.
        var (_, _, json, _) = await Run();

        var item = Action(json!, "E015", "enrolAfterLeaving");
        Str(item, "dueBy").Should().Be("2024-11-30");
        item["daysLeft"]!.GetValue<int>().Should().Be(-100);
    }

    [Fact]
    public async Task RunAsync_SampleFile_WaitingEmployeeGetsAnInformOnlyItem()
    {
        var (_, _, json, _) = await Run();

        var item = Items(json!, "E020").Should().ContainSingle().Subject;
        Str(item["action"]!, "code").Should().Be("informOnly");
        Str(item, "status").Should().Be("waiting");
        Str(item, "benefitsResumeOn").Should().Be("2025-07-01");
    }

    [Fact]
    public async Task RunAsync_SampleFile_CoveredEmployeesAreNotListed()
    {
        var (_, csv, json, _) = await Run();

        foreach (var id in new[] { "E006", "E007", "E010", "E013" })
        {
            Items(json!, id).Should().BeEmpty($"{id} is covered with nothing to do");
            csv.Should().NotContain("," + id + ",");
        }
    }

    [Fact]
    public async Task RunAsync_SameInputTwice_WritesIdenticalOutput()
    {
        var first = await Run();
        var second = await Run();

        second.Csv.Should().Be(first.Csv, "evaluation runs on all cores but keeps the input order");
    }

    [Fact]
    public async Task RunAsync_FormulaInAName_IsDefusedInTheCsv()
    {
        var (_, csv, _, _) = await Run();

        csv.Should().Contain(",\"'=HYPERLINK(\"\"http://x\"\")\",");
    }

    [Theory]
    [InlineData(new[] { "--as-of" }, "--as-of needs a date")]
    [InlineData(new[] { "--lang", "fr" }, "--lang takes zh or en")]
    [InlineData(new[] { "--variant", "yc.variant" }, "key=value")]
    [InlineData(new[] { "--bogus" }, "unexpected argument '--bogus'")]
    public async Task RunAsync_BadArguments_ExitTwoWithUsage(string[] extra, string message)
    {
        var err = new StringWriter();

        var exit = await PayrollApp.RunAsync([SampleCsv, "--as-of", "2025-03-10", .. extra], TextReader.Null, TextWriter.Null, err);

        exit.Should().Be(PayrollApp.InvalidInput);
        err.ToString().Should().Contain(message).And.Contain("usage:");
    }

    [Fact]
    public async Task RunAsync_NoAsOf_ExitsTwoBecauseTheClockIsNeverRead()
    {
        var err = new StringWriter();

        var exit = await PayrollApp.RunAsync([SampleCsv], TextReader.Null, TextWriter.Null, err);

        exit.Should().Be(PayrollApp.InvalidInput);
        err.ToString().Should().Contain("--as-of is required");
    }

    [Fact]
    public async Task RunAsync_UnknownVariantValue_ExitsTwoNamingTheAllowedValues()
    {
        var (exit, _, _, err) = await Run("--variant", "yc.variant=2099");

        exit.Should().Be(PayrollApp.InvalidInput);
        err.Should().Contain("allowed: default, excludePaymentMonth, 2022");
    }

    [Fact]
    public async Task RunAsync_HeaderWithoutRequiredColumns_ExitsTwoListingThem()
    {
        var err = new StringWriter();
        var stdin = new StringReader("employeeId,name\nE1,A\n");

        var exit = await PayrollApp.RunAsync(["-", "--as-of", "2025-03-10", "--lang", "en"], stdin, TextWriter.Null, err);

        exit.Should().Be(PayrollApp.InvalidInput);
        err.ToString().Should().Contain("birthDate, sex, firstPaidMonth, lastPaidMonth, status");
    }

    [Fact]
    public async Task RunAsync_StdinToStdout_WritesTheCsvToStandardOutputAndWarnsAboutUnknownColumns()
    {
        var stdin = new StringReader("""
            employeeId,birthDate,sex,region,firstPaidMonth,lastPaidMonth,status,department
            E1,1985-04-12,female,420500,2015-01,2024-10,flexible,Sales
            """);
        var stdout = new StringWriter();
        var err = new StringWriter();

        var exit = await PayrollApp.RunAsync(["-", "--as-of", "2025-03-10", "--lang", "en"], stdin, stdout, err);

        exit.Should().Be(PayrollApp.Ok);
        stdout.ToString().Should().StartWith("priority,line,employeeId").And.Contain(",E1,");
        err.ToString().Should().Contain("ignored unknown column(s): department");
    }

    [Fact]
    public async Task RunAsync_MissingFile_ExitsTwo()
    {
        var err = new StringWriter();

        var exit = await PayrollApp.RunAsync([Path.Combine(temp.Path, "none.csv"), "--as-of", "2025-03-10"], TextReader.Null, TextWriter.Null, err);

        exit.Should().Be(PayrollApp.InvalidInput);
        err.ToString().Should().Contain("file not found");
    }
}
