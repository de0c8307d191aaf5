using System.Text;
using System.Text.Json.Nodes;
using Insurance.Rules.PayrollIntegration;
using NodaTime;

namespace Insurance.Rules.Tests.Payroll;

public sealed class WorkListWriterTests
{
    private static WorkList List() => new(
        new LocalDate(2025, 3, 10),
        [
            new WorkItem
            {
                Priority = 1, Line = 4, EmployeeId = "E1", Name = "=cmd|'/c calc'!A1", Region = "420500", Status = "suspended",
                Actor = "employee", ActionCode = "payArrears", Action = "Pay, \"now\"", DueBy = new LocalDate(2025, 4, 30), DaysLeft = 51,
                BenefitsResumeOn = new LocalDate(2025, 6, 1), Basis = "CN-ARREARS-BACKPAY",
            },
            new WorkItem
            {
                Priority = 2, Line = 9, EmployeeId = "E2", Name = "李娜", Region = "990000", Status = "error", Actor = "hr", ActionCode = "fixData",
                Action = "Fix", Basis = string.Empty, Errors = [new RowError("region", "region.invalid", "bad")],
            },
        ],
        Rows: 3, Evaluated: 1, ErrorRows: 1, NoAction: 1);

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    public void Quote_Field_QuotesOnlyWhenNeeded(string field, string expected)
    {
        WorkListWriter.Quote(field).Should().Be(expected);
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("+1", "'+1")]
    [InlineData("-1", "'-1")]
    [InlineData("@x", "'@x")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Text_LeadingFormulaCharacter_IsDefused(string text, string expected)
    {
        WorkListWriter.Text(text).Should().Be(expected);
    }

    [Fact]
    public void WriteCsv_List_WritesHeaderAndOneLinePerItemWithDefusedText()
    {
        var writer = new StringWriter();

        WorkListWriter.WriteCsv(writer, List());

        var lines = writer.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(3);
        lines[0].Should().Be(string.Join(',', WorkListWriter.CsvColumns));
        lines[1].Should().Be("1,4,E1,'=cmd|'/c calc'!A1,420500,suspended,employee,payArrears,\"Pay, \"\"now\"\"\",2025-04-30,51,,,2025-06-01,CN-ARREARS-BACKPAY,");
        lines[2].Should().EndWith(",region:region.invalid");
    }

    [Fact]
    public void WriteJson_List_WritesSummaryAndItems()
    {
        using var stream = new MemoryStream();

        WorkListWriter.WriteJson(stream, List());

        var json = JsonNode.Parse(Encoding.UTF8.GetString(stream.ToArray()))!;
        json["asOf"]!.GetValue<string>().Should().Be("2025-03-10");
        json["summary"]!["items"]!.GetValue<int>().Should().Be(2);
        json["summary"]!["errorRows"]!.GetValue<int>().Should().Be(1);
        json["items"]![0]!["action"]!["code"]!.GetValue<string>().Should().Be("payArrears");
        json["items"]![0]!["name"]!.GetValue<string>().Should().Be("=cmd|'/c calc'!A1", "JSON is data, not a spreadsheet: no defusing");
        json["items"]![0]!["payBy"].Should().BeNull();
        json["items"]![1]!["name"]!.GetValue<string>().Should().Be("李娜");
        json["items"]![1]!["errors"]![0]!["column"]!.GetValue<string>().Should().Be("region");
    }
}
