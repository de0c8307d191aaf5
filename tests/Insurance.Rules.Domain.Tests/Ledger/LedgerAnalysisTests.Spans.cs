using Insurance.Rules.Domain.Ledger;
using static Insurance.Rules.Domain.Tests.Ledger.LedgerCases;

namespace Insurance.Rules.Domain.Tests.Ledger;

public sealed partial class LedgerAnalysisTests
{
    [Fact]
    public void Spans_OnTimeRunsSplitByGapsAndBackpaidMonths()
    {
        var a = LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2023-01", "2023-06"),
            Range("2023-07", "2023-08", paidOn: "2023-10-01"), // backpaid: breaks the on-time run
            Range("2023-09", "2024-03"),
            Range("2024-06", "2025-03")));

        a.Spans.Select(s => (s.From, s.To, s.Months)).Should().Equal(
            (M("2023-01"), M("2023-06"), 6),
            (M("2023-09"), M("2024-03"), 7),
            (M("2024-06"), M("2025-03"), 10));
    }

    [Fact]
    public void Spans_AsOfMonthUnpaid_SpanEndsAtLastPaidMonth()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Range("2024-01", "2025-02")));

        a.Spans.Should().ContainSingle().Which.To.Should().Be(M("2025-02"));
    }

    [Fact]
    public void ContinuousMonthsEndingAt_CountsBackpaidMonthsAndStopsAtUnpaid()
    {
        var a = LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2022-01", "2022-12"),
            Range("2023-02", "2023-06"),
            Range("2023-07", "2023-09", paidOn: "2023-12-01"),
            Range("2023-10", "2024-12")));

        a.ContinuousMonthsEndingAt(M("2022-12")).Should().Be(12);
        a.ContinuousMonthsEndingAt(M("2023-01")).Should().Be(0, "January 2023 is unpaid");
        a.ContinuousMonthsEndingAt(M("2023-02")).Should().Be(1);
        a.ContinuousMonthsEndingAt(M("2024-12")).Should().Be(23, "Feb 2023 – Dec 2024, backpaid months included");
        a.ContinuousMonthsEndingAt(M("2025-01")).Should().Be(0);
        a.ContinuousMonthsEndingAt(M("2021-12")).Should().Be(0);
    }

    [Theory]
    [InlineData("2023-01", 24)] // exactly 24 months before the switch (CN-SWITCH threshold)
    [InlineData("2023-02", 23)] // one short
    public void ContinuousMonthsBefore_GapCarriesRunEndingAtL(string firstMonth, int expected)
    {
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", Range(firstMonth, "2024-12"))));

        g.ContinuousMonthsBefore.Should().Be(expected);
    }
}
