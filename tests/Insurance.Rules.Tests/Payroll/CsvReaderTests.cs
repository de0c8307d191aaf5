using Insurance.Rules.PayrollIntegration;

namespace Insurance.Rules.Tests.Payroll;

public sealed class CsvReaderTests
{
    private static IReadOnlyList<CsvRecord> Read(string text) => CsvReader.ReadAll(new StringReader(text));

    [Fact]
    public void ReadAll_QuotedFieldWithCommaQuoteAndLineBreak_UnquotesAndKeepsTheStartLine()
    {
        var records = Read("a,b\n\"x, \"\"y\"\"\nz\",2\nlast,3\n");

        records.Should().HaveCount(3);
        records[1].Fields.Should().Equal("x, \"y\"\nz", "2");
        records[1].Line.Should().Be(2);
        records[2].Line.Should().Be(4, "the quoted line break counts as a line");
    }

    [Fact]
    public void ReadAll_ByteOrderMarkBlankAndCommentLines_AreSkipped()
    {
        var records = Read("\uFEFF# comment\r\nid,name\r\n\r\n   \r\n# another\r\n1,A\r\n");

        records.Select(r => r.Fields[0]).Should().Equal("id", "1");
        records.Select(r => r.Line).Should().Equal(2, 6);
    }

    [Fact]
    public void ReadAll_TrailingEmptyFieldAndNoFinalNewline_KeepsEveryField()
    {
        var records = Read("a,b,\n,,");

        records[0].Fields.Should().Equal("a", "b", string.Empty);
        records[1].Fields.Should().Equal(string.Empty, string.Empty, string.Empty);
    }

    [Fact]
    public void ReadAll_UnterminatedQuote_ReportsTheRecordAsMalformed()
    {
        var records = Read("a,b\n1,\"open\n2,3\n");

        records.Should().HaveCount(2);
        records[1].Line.Should().Be(2);
        records[1].Error.Should().Contain("not closed");
    }

    [Fact]
    public void ReadAll_EmptyText_GivesNoRecords()
    {
        Read(string.Empty).Should().BeEmpty();
    }
}
