using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;
using NodaTime;

namespace Insurance.Rules.Tests.Mutation;

/// <summary>
/// CN-RESIDENT-WAIT arithmetic at its boundaries (3 vs 4 broken years and the 6-month floor, repair, repair with
/// nothing to repair), the newborn exemption, and the Beijing and Fujian periods on their last day and the day after.
/// </summary>
public sealed class ResidentCoverTests
{
    private static EvaluationResult Evaluate(string region, string years, string birth = "1980-04-12", string status = "resident", string extra = "")
    {
        var json = $$"""{"asOf":"2026-03-15","region":"{{region}}","participant":{"id":"r","birthDate":"{{birth}}","sex":"male","status":"{{status}}"},"contributions":[{{years}}]{{extra}}}""";
        var evaluation = EligibilityCalculator.Default.EvaluateJson(json, Language.En);
        evaluation.Errors.Should().BeEmpty();
        return evaluation.Result!;
    }

    private const string LatePayment2026 = """{"year":2026,"scheme":"resident","paidOn":"2026-03-10"}""";

    [Fact]
    public void Wait_ThreeBrokenYearsNoRepair_FixedPlusThreeIsSix()
    {
        // Insured 2021–2022, broken 2023–2025 (3 years), 2026 paid late on 2026-03-10.
        var r = Evaluate("420500", """{"year":2021,"scheme":"resident"},{"year":2022,"scheme":"resident"},""" + LatePayment2026);

        r.ResidentWaiting.Should().Be(new ResidentWaitingResult(3, 3, 0, 6));
        r.BenefitsResumeOn.Should().Be(new LocalDate(2026, 9, 10));
        r.Status.Should().Be(CoverageStatus.Waiting);
        r.ContinuityPreserved.Should().BeFalse();
    }

    [Fact]
    public void Wait_FourBrokenYearsNoRepair_FixedPlusFourIsSeven()
    {
        var r = Evaluate("420500", """{"year":2020,"scheme":"resident"},{"year":2021,"scheme":"resident"},""" + LatePayment2026);

        r.ResidentWaiting.Should().Be(new ResidentWaitingResult(3, 4, 0, 7));
        r.BenefitsResumeOn.Should().Be(new LocalDate(2026, 10, 10));
    }

    [Fact]
    public void Wait_ThreeBrokenYearsAllRepaired_NoFloorBelowFourYears()
    {
        var r = Evaluate("420500", """{"year":2021,"scheme":"resident"},{"year":2022,"scheme":"resident"},""" + LatePayment2026, extra: ""","plan":{"repairYears":3}""");

        r.ResidentWaiting.Should().Be(new ResidentWaitingResult(3, 3, 3, 3));
        r.BenefitsResumeOn.Should().Be(new LocalDate(2026, 6, 10));
    }

    [Fact]
    public void Wait_FourBrokenYearsAllRepaired_FloorOfSixMonths()
    {
        var r = Evaluate("420500", """{"year":2020,"scheme":"resident"},{"year":2021,"scheme":"resident"},""" + LatePayment2026, extra: ""","plan":{"repairYears":4}""");

        r.ResidentWaiting!.TotalMonths.Should().Be(6, "with ≥ 4 broken years, fixed + variable after repair is at least 6");
        r.ResidentWaiting.FixedMonths.Should().Be(3);
        r.ResidentWaiting.VariableMonths.Should().Be(4);
        r.BenefitsResumeOn.Should().Be(new LocalDate(2026, 9, 10));
    }

    [Fact]
    public void Wait_RepairPlannedWithoutBrokenYears_ReportedAsUnused()
    {
        var r = Evaluate("420500", """{"year":2025,"scheme":"resident"},""" + LatePayment2026, extra: ""","plan":{"repairYears":2}""");

        r.ResidentWaiting.Should().Be(new ResidentWaitingResult(3, 0, 0, 3));
        r.ContinuityPreserved.Should().BeTrue();
        r.Assumptions.Select(a => a.Code).Should().Contain("RESIDENT-REPAIR-UNUSED");
    }

    [Fact]
    public void Wait_NoRepairPlanned_NoUnusedRepairAssumption()
    {
        var r = Evaluate("420500", """{"year":2025,"scheme":"resident"},""" + LatePayment2026);

        r.Assumptions.Select(a => a.Code).Should().NotContain("RESIDENT-REPAIR-UNUSED");
    }

    [Fact]
    public void Newborn_PaidThreeWeeksAfterBirth_CoveredFromBirthWindowUnknown()
    {
        var r = Evaluate("420500", """{"year":2026,"scheme":"resident","paidOn":"2026-02-10"}""", birth: "2026-01-20", status: "newborn",
            extra: ""","events":[{"date":"2026-01-20","type":"born"}]""");

        r.Status.Should().Be(CoverageStatus.Covered);
        r.BenefitsResumeOn.Should().Be(new LocalDate(2026, 1, 20));
        r.ResidentWaiting.Should().Be(new ResidentWaitingResult(0, 0, 0, 0));
        r.Assumptions.Select(a => a.Code).Should().Contain("NEWBORN-WINDOW-UNKNOWN");
    }

    [Fact]
    public void Beijing_PaidAfterCentralisedPeriod_ThreeMonthsFromPaymentDate()
    {
        var r = Evaluate("110000", """{"year":2025,"scheme":"resident"},""" + LatePayment2026);

        r.ResidentWaiting.Should().Be(new ResidentWaitingResult(3, 0, 0, 3));
        r.BenefitsResumeOn.Should().Be(new LocalDate(2026, 6, 10));
        r.Trace.Select(t => t.Rule).Should().Contain("BJ-RESIDENT");
    }

    [Theory]
    [InlineData("2026-02-28", "2026-02-28", 0)] // last day of the extension: covered from the payment date
    [InlineData("2026-03-01", "2026-06-01", 3)] // the day after: the national waiting period
    public void Fujian_ExtensionLastDayAndDayAfter(string paidOn, string resume, int waiting)
    {
        var r = Evaluate("350000", $$"""{"year":2025,"scheme":"resident"},{"year":2026,"scheme":"resident","paidOn":"{{paidOn}}"}""");

        r.BenefitsResumeOn.Should().Be(LocalDatePattern(resume));
        r.WaitingMonths.Should().Be(waiting);
    }

    private static LocalDate LocalDatePattern(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
