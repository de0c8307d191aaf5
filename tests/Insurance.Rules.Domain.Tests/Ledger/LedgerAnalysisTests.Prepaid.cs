using Insurance.Rules.Domain.Ledger;
using static Insurance.Rules.Domain.Tests.Ledger.LedgerCases;

namespace Insurance.Rules.Domain.Tests.Ledger;

public sealed partial class LedgerAnalysisTests
{
    [Fact]
    public void Gaps_LaterMonthPrepaidBeforeTheArrears_PaymentDateIsThePrepayment()
    {
        // Paid to 2025-11; 2025-12..2026-02 backpaid on 2026-03-18; 2026-03..05 prepaid on 2026-02-01.
        // The person paid again on 2026-02-01 (P = 2026-02), before the backpayment.
        var a = LedgerAnalysis.Analyze(Case(
            "2026-06-11",
            Range("2025-10", "2025-11"),
            Range("2025-12", "2026-02", paidOn: "2026-03-18"),
            Range("2026-03", "2026-05", paidOn: "2026-02-01")));

        var g = a.Gaps.Should().ContainSingle().Subject;
        g.PaymentDate.Should().Be(D("2026-02-01"));
        g.PaymentMonth.Should().Be(M("2026-02"));
    }

    [Fact]
    public void Gaps_BackpaymentMovedEarlier_NeverMovesThePaymentDateLater()
    {
        // Same history with the backpayment on 2026-03-06 instead: still closed on the 2026-02-01 prepayment.
        var a = LedgerAnalysis.Analyze(Case(
            "2026-06-11",
            Range("2025-10", "2025-11"),
            Range("2025-12", "2026-02", paidOn: "2026-03-06"),
            Range("2026-03", "2026-05", paidOn: "2026-02-01")));

        a.Gaps.Should().ContainSingle().Which.PaymentDate.Should().Be(D("2026-02-01"));
    }
}
