using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Model;
using static Insurance.Rules.Domain.Tests.Ledger.LedgerCases;

namespace Insurance.Rules.Domain.Tests.Ledger;

public sealed partial class LedgerAnalysisTests
{
    private static Gap GapOf(IEnumerable<ContributionRecord> records, params CaseEvent[] events)
        => SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", records, events: events)));

    [Fact]
    public void Kind_IndividualBeforeAndAfter_OwnGap()
    {
        var g = GapOf([Range("2024-01", "2024-06", Payer.Individual), Range("2024-09", "2025-02", Payer.Individual)]);

        g.Kind.Should().Be(GapKind.OwnGap);
        g.PayerBefore.Should().Be(Payer.Individual);
        g.PayerAfter.Should().Be(Payer.Individual);
    }

    [Fact]
    public void Kind_NoPayerNoEvents_OwnGap()
    {
        var g = GapOf([Range("2024-01", "2024-06", payer: null), Range("2024-09", "2025-02", payer: null)]);

        g.Kind.Should().Be(GapKind.OwnGap);
    }

    [Fact]
    public void Kind_EmployerStoppedPayingInLPlus1_EmployerArrears()
    {
        // research-notes #28 (Shandong): the employer stops paying from March, pays the arrears in July.
        var g = GapOf(
            [
                Range("2023-01", "2024-02", Payer.Employer),
                Range("2024-03", "2024-06", payer: null, paidOn: "2024-07-10"),
                Range("2024-07", "2025-02", Payer.Employer),
            ],
            Event("2024-03-05", CaseEventType.EmployerStoppedPaying));

        g.Kind.Should().Be(GapKind.EmployerArrears);
        g.Months.Should().Be(4);
        g.PaymentDate.Should().Be(D("2024-07-01"));
    }

    [Fact]
    public void Kind_EmployerStoppedPayingOnLastDayOfL_EmployerArrears()
    {
        // Event on 2024-02-29 (leap day, month L): the employer stops after February; the gap is still open.
        var g = GapOf([Range("2023-01", "2024-02", Payer.Employer)], Event("2024-02-29", CaseEventType.EmployerStoppedPaying));

        g.Open.Should().BeTrue();
        g.Kind.Should().Be(GapKind.EmployerArrears);
    }

    [Fact]
    public void Kind_EmployerStoppedPayingBeforeL_IgnoredAsStale()
    {
        // The stop event is older than the last on-time month (month L−1): the employer paid on after it.
        var g = GapOf(
            [Range("2023-01", "2024-06", Payer.Employer), Range("2024-09", "2025-02", Payer.Individual)],
            Event("2024-05-31", CaseEventType.EmployerStoppedPaying));

        g.Kind.Should().Be(GapKind.LeftEmployment);
    }

    [Fact]
    public void Kind_EmployerStoppedPayingThenEmploymentEnded_LeftEmployment()
    {
        var g = GapOf(
            [Range("2023-01", "2024-06", Payer.Employer), Range("2024-10", "2025-02", Payer.Individual)],
            Event("2024-07-01", CaseEventType.EmployerStoppedPaying),
            Event("2024-08-15", CaseEventType.EmploymentEnded));

        g.Kind.Should().Be(GapKind.LeftEmployment);
    }

    [Fact]
    public void Kind_EmploymentEndedAfterGap_StopStillArrears()
    {
        // employmentEnded after the gap has ended does not cancel the stop.
        var g = GapOf(
            [Range("2023-01", "2024-06", Payer.Employer), Range("2024-07", "2024-08", Payer.Employer, paidOn: "2024-09-10"), Range("2024-09", "2025-02", Payer.Employer)],
            Event("2024-07-01", CaseEventType.EmployerStoppedPaying),
            Event("2024-12-31", CaseEventType.EmploymentEnded));

        g.Kind.Should().Be(GapKind.EmployerArrears);
    }

    [Fact]
    public void Kind_StopEventButPersonPaidL_NotArrears()
    {
        var g = GapOf(
            [Range("2024-01", "2024-06", Payer.Individual), Range("2024-09", "2025-02", Payer.Individual)],
            Event("2024-07-01", CaseEventType.EmployerStoppedPaying));

        g.Kind.Should().Be(GapKind.OwnGap);
    }

    [Fact]
    public void Kind_ArrearsPaidEventClosesGap_EmployerArrears()
    {
        var g = GapOf(
            [Range("2023-01", "2024-06", Payer.Employer), Range("2024-07", "2024-09", payer: null, paidOn: "2024-10-08"), Range("2024-10", "2025-02", Payer.Employer)],
            Event("2024-10-08", CaseEventType.ArrearsPaid));

        g.Kind.Should().Be(GapKind.EmployerArrears);
    }

    [Fact]
    public void Kind_ArrearsPaidBeforeGap_NotThisGap()
    {
        // Day before the gap starts: settles an earlier arrears, not this gap.
        var g = GapOf(
            [Range("2023-01", "2024-06", Payer.Employer), Range("2024-09", "2025-02", Payer.Individual)],
            Event("2024-06-30", CaseEventType.ArrearsPaid));

        g.Kind.Should().Be(GapKind.LeftEmployment);
    }

    [Fact]
    public void Kind_BackpaidByEmployerWithoutEvents_EmployerArrears()
    {
        var g = GapOf([Range("2023-01", "2024-06", Payer.Employer), Range("2024-07", "2024-09", Payer.Employer, paidOn: "2024-10-08"), Range("2024-10", "2025-02", Payer.Employer)]);

        g.Kind.Should().Be(GapKind.EmployerArrears);
        g.FullyBackpaid.Should().BeTrue();
    }

    [Fact]
    public void Kind_BackpaidPartlyByIndividual_NotEmployerArrears()
    {
        var g = GapOf(
        [
            Range("2023-01", "2024-06", Payer.Employer),
            Month("2024-07", Payer.Employer, paidOn: "2024-10-08"),
            Month("2024-08", Payer.Individual, paidOn: "2024-10-08"),
            Range("2024-09", "2025-02", Payer.Individual),
        ]);

        g.Kind.Should().Be(GapKind.LeftEmployment);
    }

    [Fact]
    public void Kind_EndedStartedPairEmployerBothSides_JobChange()
    {
        var g = GapOf(
            [Range("2023-01", "2024-06", Payer.Employer), Range("2024-09", "2025-02", Payer.Employer)],
            Event("2024-06-30", CaseEventType.EmploymentEnded),
            Event("2024-09-01", CaseEventType.EmploymentStarted));

        g.Kind.Should().Be(GapKind.JobChange);
    }

    [Fact]
    public void Kind_RegionChangeEmployerBothSides_JobChange()
    {
        // research-notes #21: moves city; regions before and after differ.
        var g = GapOf([Range("2023-01", "2024-06", Payer.Employer), Range("2024-09", "2025-02", Payer.Employer, region: "330200")]);

        g.Kind.Should().Be(GapKind.JobChange);
        g.RegionBefore.Should().Be(CaseRegion);
        g.RegionAfter.Should().Be("330200");
    }

    [Fact]
    public void Kind_PayersUnstatedEndedStartedPair_JobChange()
    {
        var g = GapOf(
            [Range("2023-01", "2024-06", payer: null), Range("2024-09", "2025-02", payer: null)],
            Event("2024-06-30", CaseEventType.EmploymentEnded),
            Event("2024-09-01", CaseEventType.EmploymentStarted));

        g.Kind.Should().Be(GapKind.JobChange);
    }

    [Fact]
    public void Kind_EmployerBeforeIndividualAfter_LeftEmployment()
    {
        // research-notes #37 (Yantai): paid to 2021-09 through the employer, resumes as a flexible worker 2022-01.
        var g = SingleGap(LedgerAnalysis.Analyze(Case(
            "2022-03-10",
            [Range("2019-01", "2021-09", Payer.Employer), Range("2022-01", "2022-02", Payer.Individual)],
            events: [Event("2021-09-30", CaseEventType.EmploymentEnded)])));

        g.Kind.Should().Be(GapKind.LeftEmployment);
        g.Months.Should().Be(3);
    }

    [Fact]
    public void Kind_EmployerBeforeOpenGap_LeftEmployment()
    {
        var g = GapOf([Range("2023-01", "2024-06", Payer.Employer)]);

        g.Kind.Should().Be(GapKind.LeftEmployment);
    }

    [Fact]
    public void Kind_PayerUnstatedEmploymentEndedNoNewEmployer_LeftEmployment()
    {
        var g = GapOf([Range("2023-01", "2024-06", payer: null)], Event("2024-07-15", CaseEventType.EmploymentEnded));

        g.Kind.Should().Be(GapKind.LeftEmployment);
    }

    [Fact]
    public void Kind_UnemploymentFundBefore_LeftEmployment()
    {
        var g = GapOf(
            [Range("2023-01", "2023-12", Payer.Employer), Range("2024-01", "2024-06", Payer.UnemploymentFund), Range("2024-10", "2025-02", Payer.Individual)],
            Event("2024-06-30", CaseEventType.UnemploymentBenefitsEnded));

        g.Kind.Should().Be(GapKind.LeftEmployment);
        g.PayerBefore.Should().Be(Payer.UnemploymentFund);
    }

    [Fact]
    public void Kind_PayerUnstatedUnemploymentBenefitsEnded_LeftEmployment()
    {
        var g = GapOf([Range("2024-01", "2024-06", payer: null)], Event("2024-06-30", CaseEventType.UnemploymentBenefitsEnded));

        g.Kind.Should().Be(GapKind.LeftEmployment);
    }

    [Fact]
    public void Kind_PayersUnstatedEndedWithoutNewEmployer_LeftEmployment()
    {
        // Same as the job-change pair above without employmentStarted: the person left and resumed on their own.
        var g = GapOf(
            [Range("2023-01", "2024-06", payer: null), Range("2024-09", "2025-02", payer: null)],
            Event("2024-06-30", CaseEventType.EmploymentEnded));

        g.Kind.Should().Be(GapKind.LeftEmployment);
    }

    [Fact]
    public void Kind_OpenGapWithResidentYear_SchemeSwitch()
    {
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", Range("2020-01", "2024-12", Payer.Employer), Year(2025, paidOn: "2025-01-05"))));

        g.Kind.Should().Be(GapKind.SchemeSwitch);
        g.ContinuousMonthsBefore.Should().Be(60);
    }

    [Fact]
    public void Kind_ResidentYearOutsideGapYears_NotSchemeSwitch()
    {
        var g = SingleGap(LedgerAnalysis.Analyze(Case("2025-03-10", Range("2023-01", "2025-01", Payer.Individual), Year(2022))));

        g.Kind.Should().Be(GapKind.OwnGap);
    }

    [Fact]
    public void Kind_ResidentInterludeThenEmployeeAgain_ClassifiedByPayers()
    {
        // Documented simplification: SchemeSwitch is only for open gaps.
        var g = GapOf([Range("2022-01", "2023-12", Payer.Individual), Year(2024), Range("2025-01", "2025-02", Payer.Individual)]);

        g.Kind.Should().Be(GapKind.OwnGap);
    }
}
