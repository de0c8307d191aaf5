using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Model;
using static Insurance.Rules.Domain.Tests.Ledger.LedgerCases;

namespace Insurance.Rules.Domain.Tests.Ledger;

public sealed partial class LedgerAnalysisTests
{
    [Fact]
    public void ResidentYears_ShuffledAndRepeated_AscendingOnePerYearEarliestPaidOn()
    {
        var a = LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Year(2024, paidOn: "2024-02-10"),
            Year(2022, paidOn: "2021-12-01"),
            Year(2024, paidOn: "2023-12-20", region: "330200"),
            Year(2023)));

        a.ResidentYears.Select(y => y.Year).Should().Equal(2022, 2023, 2024);
        a.ResidentYears[2].PaidOn.Should().Be(D("2023-12-20"));
        a.ResidentYears[2].Region.Should().Be("330200");
        a.ResidentYears[1].PaidOn.Should().BeNull();
        a.ResidentYears[0].Region.Should().Be(CaseRegion);
    }

    [Fact]
    public void ResidentYears_RepeatedWithAndWithoutPaidOn_OnTimeRecordWins()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Year(2024, paidOn: "2024-01-05"), Year(2024)));

        a.ResidentYears.Should().ContainSingle().Which.PaidOn.Should().BeNull();
    }

    [Fact]
    public void ResidentYears_NextYearPaidAheadKeptFutureYearWithoutPaymentIgnored()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-11-30", Year(2026, paidOn: "2025-11-30"), Year(2027), Year(2026, paidOn: "2025-12-01")));

        a.ResidentYears.Should().ContainSingle().Which.PaidOn.Should().Be(D("2025-11-30"));
        a.IsInsuredInYear(2027).Should().BeFalse();
    }

    [Fact]
    public void ResidentYears_ResidentMonthRecord_InsuresItsYear()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", ContributionRecord.ForRange(M("2023-11"), M("2024-02"), Scheme.Resident)));

        a.ResidentYears.Select(y => y.Year).Should().Equal(2023, 2024);
        a.EmployeeMonths.Should().BeEmpty();
    }

    [Fact]
    public void IsInsuredInYear_ResidentRecordOrEmployeeMonth_True()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Year(2019), Month("2021-12"), Range("2025-06", "2025-08")));

        a.IsInsuredInYear(2019).Should().BeTrue();
        a.IsInsuredInYear(2020).Should().BeFalse();
        a.IsInsuredInYear(2021).Should().BeTrue("one paid employee month (December) is enough");
        a.IsInsuredInYear(2025).Should().BeFalse("months after the asOf month are ignored");
        a.IsInsuredInYear(1900).Should().BeFalse();
    }

    [Fact]
    public void BrokenYearsBefore_LastInsured2022_TwoYearsBrokenFor2025()
    {
        // research-notes #38: last insured 2022, not insured 2023 or 2024 → 2 years broken.
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Year(2021), Year(2022)));

        a.BrokenYearsBefore(2025).Should().Be(2);
        a.BrokenYearsBefore(2023).Should().Be(0, "insured in the year immediately before");
        a.EverInsuredBefore(2025).Should().BeTrue();
    }

    [Fact]
    public void BrokenYearsBefore_FourYearsBroken_Four()
    {
        // research-notes #40: 4 years broken (the floor case).
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Year(2020)));

        a.BrokenYearsBefore(2025).Should().Be(4);
    }

    [Fact]
    public void BrokenYearsBefore_EmployeeMonthsCountAsInsured()
    {
        // Basic medical insurance of either scheme: employee months in 2023 stop the count.
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Year(2020), Range("2023-03", "2023-05")));

        a.BrokenYearsBefore(2025).Should().Be(1);
    }

    [Fact]
    public void BrokenYearsBefore_NeverInsuredBefore_ZeroFirstEnrolment()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Year(2025)));

        a.BrokenYearsBefore(2025).Should().Be(0);
        a.EverInsuredBefore(2025).Should().BeFalse();
        a.EverInsuredBefore(2026).Should().BeTrue();
    }

    [Fact]
    public void ConsecutiveResidentYearsThrough_RunEndsAtYearAndBreakResets()
    {
        // research-notes #46: continuous since 2021, then 2025 and 2026; 2019 is cut off by the 2020 break.
        var a = LedgerAnalysis.Analyze(Case(
            "2026-03-10",
            Year(2019), Year(2021), Year(2022), Year(2023), Year(2024), Year(2025), Year(2026, paidOn: "2025-12-01")));

        a.ConsecutiveResidentYearsThrough(2024).Should().Be(4);
        a.ConsecutiveResidentYearsThrough(2026).Should().Be(6);
        a.ConsecutiveResidentYearsThrough(2020).Should().Be(0);
        a.ConsecutiveResidentYearsThrough(2019).Should().Be(1);
        a.ConsecutiveResidentYearsThrough(2030).Should().Be(0);
    }

    [Fact]
    public void ConsecutiveResidentYearsThrough_EmployeeYearsNotCounted()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Year(2022), Range("2023-01", "2023-12"), Year(2024)));

        a.ConsecutiveResidentYearsThrough(2024).Should().Be(1);
        a.BrokenYearsBefore(2025).Should().Be(0);
    }
}
