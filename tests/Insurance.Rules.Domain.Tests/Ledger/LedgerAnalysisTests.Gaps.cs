using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Model;
using NodaTime;
using static Insurance.Rules.Domain.Tests.Ledger.LedgerCases;

namespace Insurance.Rules.Domain.Tests.Ledger;

public sealed partial class LedgerAnalysisTests
{
    private static Gap SingleGap(LedgerAnalysis a) => a.Gaps.Should().ContainSingle().Subject;

    [Fact]
    public void Gaps_AsOfMonthUnpaidAlone_NoGap()
    {
        // Paid through February; March is the asOf month and not yet due.
        var a = LedgerAnalysis.Analyze(Case("2025-03-31", Range("2024-01", "2025-02")));

        a.Gaps.Should().BeEmpty();
    }

    [Fact]
    public void Gaps_LastDueMonthUnpaidOnFirstDayOfAsOfMonth_OpenGapOfOneMonth()
    {
        // asOf on the first day of March: February is due and unpaid.
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-01", Range("2024-01", "2025-01"))));

        g.Open.Should().BeTrue();
        g.From.Should().Be(M("2025-02"));
        g.To.Should().Be(M("2025-02"));
        g.Months.Should().Be(1);
        g.PaymentDate.Should().Be(D("2025-03-01"));
        g.Days.Should().Be(28);
    }

    [Fact]
    public void Gaps_MonthsBeforeFirstOnTimeMonth_NoGap()
    {
        // The first months were backpaid, and there is unpaid time before them: neither is a gap.
        var a = LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2023-05", "2023-07", paidOn: "2023-09-10"),
            Range("2023-09", "2025-02")));

        a.Gaps.Should().BeEmpty();
        a.Spans.Should().ContainSingle().Which.From.Should().Be(M("2023-09"));
    }

    [Fact]
    public void Gaps_JuneThenSeptember_TwoMonthGap()
    {
        // research-notes #21: last paid June, first payment in the new city for September: Jul–Aug = 2 months.
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", Range("2024-01", "2024-06"), Range("2024-09", "2025-02"))));

        g.LastOnTimeMonth.Should().Be(M("2024-06"));
        g.From.Should().Be(M("2024-07"));
        g.To.Should().Be(M("2024-08"));
        g.Months.Should().Be(2);
    }

    [Fact]
    public void Gaps_ExactlyThreeMonths_MarchToJuly()
    {
        // research-notes #23, boundary "exactly 3 months": last paid March, resumes July → Apr–Jun.
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", Range("2024-01", "2024-03"), Range("2024-07", "2025-02"))));

        g.Months.Should().Be(3);
        g.From.Should().Be(M("2024-04"));
        g.To.Should().Be(M("2024-06"));
        g.PaymentMonth.Should().Be(M("2024-07"));
        g.PaymentDate.Should().Be(D("2024-07-01"), "an on-time record without paidOn counts as paid on the first day of its month");
        g.Open.Should().BeFalse();
        g.PaymentKind.Should().Be(PaymentKind.Actual);
        g.UnpaidMonths.Should().Equal(M("2024-04"), M("2024-05"), M("2024-06"));
        g.BackpaidMonths.Should().BeEmpty();
        g.FullyBackpaid.Should().BeFalse();
    }

    [Fact]
    public void Gaps_FourMonths_JuneToNovember()
    {
        // research-notes #22: first new payment for November → Jul–Oct = 4 months (one over the 3-month band).
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", Range("2024-01", "2024-06"), Range("2024-11", "2025-02"))));

        g.Months.Should().Be(4);
        g.To.Should().Be(M("2024-10"));
    }

    [Fact]
    public void Gaps_ClosedByBackpayment_PaymentDateFromBackpaidPaidOn()
    {
        // Jul–Aug backpaid on 2024-09-03; September itself paid (on time) later in the month.
        var g = SingleGap(LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2024-01", "2024-06"),
            Range("2024-07", "2024-08", paidOn: "2024-09-03"),
            Range("2024-09", "2025-02", paidOn: "2024-09-20"))));

        g.PaymentDate.Should().Be(D("2024-09-03"));
        g.PaymentMonth.Should().Be(M("2024-09"));
        g.Months.Should().Be(2);
        g.BackpaidMonths.Should().Equal(M("2024-07"), M("2024-08"));
        g.UnpaidMonths.Should().BeEmpty();
        g.FullyBackpaid.Should().BeTrue();
    }

    [Fact]
    public void Gaps_FirstMonthAfterPaidBeforeBackpayment_PaymentDateFromFirstMonthAfter()
    {
        var g = SingleGap(LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2024-01", "2024-06"),
            Range("2024-07", "2024-08", paidOn: "2024-09-25"),
            Month("2024-09", paidOn: "2024-09-02"),
            Range("2024-10", "2025-02"))));

        g.PaymentDate.Should().Be(D("2024-09-02"));
    }

    [Fact]
    public void Gaps_BackpaidLaterThanResumption_PaymentDateIsResumption()
    {
        // Resumed in October (on time, no paidOn → 2024-10-01); the gap was backpaid only in December.
        var g = SingleGap(LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2024-01", "2024-06"),
            Range("2024-07", "2024-09", paidOn: "2024-12-05"),
            Range("2024-10", "2025-02"))));

        g.PaymentDate.Should().Be(D("2024-10-01"));
        g.FullyBackpaid.Should().BeTrue();
    }

    [Fact]
    public void Gaps_TrailingRunAllBackpaid_ClosedByTheBackpayment()
    {
        // Nov–Jan backpaid on 2025-02-03; nothing paid after them yet (February due, March not due).
        var g = SingleGap(LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2024-01", "2024-10"),
            Range("2024-11", "2025-02", paidOn: "2025-03-03"))));

        g.Open.Should().BeFalse();
        g.PaymentKind.Should().Be(PaymentKind.Actual);
        g.PaymentDate.Should().Be(D("2025-03-03"));
        g.Months.Should().Be(4);
        g.FullyBackpaid.Should().BeTrue();
    }

    [Fact]
    public void Gaps_OpenWithoutPlan_AssumedPaidOnAsOf()
    {
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", Range("2024-01", "2024-10"))));

        g.Open.Should().BeTrue();
        g.PaymentKind.Should().Be(PaymentKind.AssumedAsOf);
        g.PaymentDate.Should().Be(D("2025-03-10"));
        g.PaymentMonth.Should().Be(M("2025-03"));
        g.From.Should().Be(M("2024-11"));
        g.To.Should().Be(M("2025-02"));
        g.Months.Should().Be(4);
        g.UnpaidMonths.Should().Equal(M("2024-11"), M("2024-12"), M("2025-01"), M("2025-02"));
        g.PayerAfter.Should().BeNull();
        g.RegionAfter.Should().BeNull();
    }

    [Fact]
    public void Gaps_OpenWithPlanInAsOfMonth_PlannedSameMonths()
    {
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", [Range("2024-01", "2024-10")], payOn: "2025-03-20")));

        g.PaymentKind.Should().Be(PaymentKind.Planned);
        g.PaymentDate.Should().Be(D("2025-03-20"));
        g.Months.Should().Be(4);
        g.Days.Should().Be(139);
    }

    [Fact]
    public void Gaps_OpenWithPlanInLaterMonth_GapExtendsToMonthBeforePayment()
    {
        // Paying on 2025-05-06 leaves March and April unpaid too: P = May, gap Nov–Apr = 6 months.
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", [Range("2024-01", "2024-10")], payOn: "2025-05-06")));

        g.PaymentMonth.Should().Be(M("2025-05"));
        g.To.Should().Be(M("2025-04"));
        g.Months.Should().Be(6);
        g.UnpaidMonths.Should().HaveCount(6).And.EndWith(M("2025-04"));
    }

    [Fact]
    public void Gaps_PlanBeforeAsOf_AsOfAssumed()
    {
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", [Range("2024-01", "2024-10")], payOn: "2025-03-09")));

        g.PaymentKind.Should().Be(PaymentKind.AssumedAsOf);
        g.PaymentDate.Should().Be(D("2025-03-10"));
    }

    [Fact]
    public void Gaps_OpenWithPlanOnAsOf_Planned()
    {
        // Boundary: a plan date equal to asOf is a plan.
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", [Range("2024-01", "2024-10")], payOn: "2025-03-10")));

        g.PaymentKind.Should().Be(PaymentKind.Planned);
    }

    [Fact]
    public void Gaps_PartlyBackpaidNothingAfter_StillOpen()
    {
        // November backpaid, December–February unpaid: a due month is unpaid and nothing after the run is paid.
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", Range("2024-01", "2024-10"), Month("2024-11", paidOn: "2025-01-10"))));

        g.Open.Should().BeTrue();
        g.PaymentDate.Should().Be(D("2025-03-10"));
        g.BackpaidMonths.Should().Equal(M("2024-11"));
        g.UnpaidMonths.Should().Equal(M("2024-12"), M("2025-01"), M("2025-02"));
        g.Months.Should().Be(4);
    }

    [Fact]
    public void Gaps_OpenClosedByAsOfMonthPayment_Closed()
    {
        // The asOf month itself is paid (on time): it closes the gap before it.
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", Range("2024-01", "2024-10"), Month("2025-03", paidOn: "2025-03-05"))));

        g.Open.Should().BeFalse();
        g.PaymentDate.Should().Be(D("2025-03-05"));
        g.Months.Should().Be(4);
    }

    [Fact]
    public void Gaps_Several_AscendingWithIndexAndOwnL()
    {
        var a = LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2023-01", "2023-03"),
            Range("2023-05", "2023-10"),
            Range("2024-01", "2024-12")));

        a.Gaps.Select(g => (g.Index, g.LastOnTimeMonth, g.Months)).Should().Equal(
            (0, M("2023-03"), 1),
            (1, M("2023-10"), 2),
            (2, M("2024-12"), 2));
        a.Gaps[2].Open.Should().BeTrue();
    }

    [Fact]
    public void Gaps_BackpaidMonthAfterOnTimeMonth_IsAGap()
    {
        // A backpaid month following an on-time month is a gap month even if paid.
        var g = SingleGap(LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2024-01", "2024-05"),
            Month("2024-06", paidOn: "2024-07-02"),
            Range("2024-07", "2025-02"))));

        g.Months.Should().Be(1);
        g.BackpaidMonths.Should().Equal(M("2024-06"));
        g.PaymentDate.Should().Be(D("2024-07-01"), "July's on-time payment (first day) precedes the 2024-07-02 backpayment");
        g.Days.Should().Be(30);
    }

    [Theory]
    [InlineData("2024-08-29", 59)] // day before
    [InlineData("2024-08-30", 60)] // on the 60-day limit (含)
    [InlineData("2024-08-31", 61)] // day after, month end
    public void Days_SixtyVersusSixtyOne_CountedFromFirstDayOfLPlus1(string paidOn, int days)
    {
        // research-notes #24/#25 (Yichang): S = 2024-07-01 (first unpaid month July).
        var g = SingleGap(LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2024-01", "2024-06"),
            Month("2024-07", paidOn: paidOn),
            Range("2024-09", "2025-02"))));

        g.SuspensionStart.Should().Be(D("2024-07-01"));
        g.PaymentDate.Should().Be(D(paidOn));
        g.Days.Should().Be(days);
        g.Days.Should().Be(Period.Between(g.SuspensionStart, g.PaymentDate, PeriodUnits.Days).Days);
    }

    [Theory]
    [InlineData("2024-12-28", 180)] // on the 180-day limit
    [InlineData("2024-12-29", 181)] // day after
    public void Days_OneEightyVersusOneEightyOne_CountedFromS(string paidOn, int days)
    {
        var g = SingleGap(LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2024-01", "2024-06"),
            Range("2024-07", "2024-11", paidOn: paidOn),
            Range("2024-12", "2025-02", paidOn: paidOn))));

        g.Months.Should().Be(5);
        g.Days.Should().Be(days);
    }

    [Fact]
    public void Days_PaymentOnMonthEndJanuary31_CalendarDays()
    {
        // Month end: S = 2024-12-01, paid 2025-01-31 → 31 + 30 = 61 days.
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", Range("2024-01", "2024-11"), Range("2024-12", "2025-02", paidOn: "2025-01-31"))));

        g.SuspensionStart.Should().Be(D("2024-12-01"));
        g.Days.Should().Be(61);
    }

    [Theory]
    [InlineData("2024-02-28", 58)]
    [InlineData("2024-02-29", 59)] // leap day
    [InlineData("2024-03-01", 60)] // 60 days reach into March only in a leap year
    public void Days_LeapYearPayment_LeapDayCounted(string paidOn, int days)
    {
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2024-06-10", Range("2023-06", "2023-12"), Range("2024-01", "2024-05", paidOn: paidOn))));

        g.SuspensionStart.Should().Be(D("2024-01-01"));
        g.Days.Should().Be(days);
    }

    [Fact]
    public void Days_NonLeapYearMarchFirst_FiftyNine()
    {
        // Compare with the leap-year case above: 2023-01-01 → 2023-03-01 is 59 days.
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2023-06-10", Range("2022-06", "2022-12"), Range("2023-01", "2023-05", paidOn: "2023-03-01"))));

        g.Days.Should().Be(59);
    }

    [Fact]
    public void SuspensionStart_SecondUnpaidMonth_FirstDayOfLPlus2()
    {
        // research-notes #34 (Ningbo): 2 months of arrears (Jul–Aug) cleared in September.
        var options = new LedgerOptions { SuspendFromSecondUnpaidMonth = true };
        var c = Case("2025-03-10", Range("2024-01", "2024-06"), Range("2024-07", "2024-09", paidOn: "2024-09-15"), Range("2024-10", "2025-02"));

        var ningbo = SingleGap(LedgerAnalysis.Analyze(c, options));
        var national = SingleGap(LedgerAnalysis.Analyze(c));

        ningbo.SuspensionStart.Should().Be(D("2024-08-01"));
        ningbo.Days.Should().Be(45);
        national.SuspensionStart.Should().Be(D("2024-07-01"));
        national.Days.Should().Be(76);
        ningbo.Months.Should().Be(national.Months).And.Be(2);
    }

    [Fact]
    public void Days_PaymentBeforeS_Negative()
    {
        // September unpaid; October paid ahead on 2024-09-20, which closes the gap. With secondUnpaidMonth, S is
        // 2024-10-01, after the payment date: the day count goes negative (the national S gives 19 days).
        var c = Case("2025-03-10", Range("2024-01", "2024-08"), Month("2024-10", paidOn: "2024-09-20"), Range("2024-11", "2025-02"));

        var ningbo = SingleGap(LedgerAnalysis.Analyze(c, new LedgerOptions { SuspendFromSecondUnpaidMonth = true }));
        var national = SingleGap(LedgerAnalysis.Analyze(c));

        ningbo.PaymentDate.Should().Be(D("2024-09-20"));
        ningbo.SuspensionStart.Should().Be(D("2024-10-01"));
        ningbo.Days.Should().Be(-11);
        national.Days.Should().Be(19);
    }

    [Fact]
    public void Gaps_TianjinGrace_PaymentInGraceWindowIsNoGap()
    {
        // Months paid by the 15th of the next month are on time in Tianjin: no gap; the national reading sees one.
        var c = Case("2025-03-10", Range("2024-01", "2024-06"), Month("2024-07", paidOn: "2024-08-15"), Range("2024-08", "2025-02"));

        LedgerAnalysis.Analyze(c, new LedgerOptions { GraceDayOfNextMonth = 15 }).Gaps.Should().BeEmpty();
        SingleGap(LedgerAnalysis.Analyze(c)).BackpaidMonths.Should().Equal(M("2024-07"));
    }
}
