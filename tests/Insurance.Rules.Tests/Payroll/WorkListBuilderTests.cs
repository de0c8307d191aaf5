using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.PayrollIntegration;
using NodaTime;

namespace Insurance.Rules.Tests.Payroll;

public sealed class WorkListBuilderTests
{
    private static readonly LocalDate AsOf = new(2025, 3, 10);

    private static EmployeeRow Row(string id) => new(3, new Dictionary<string, int> { ["employeeId"] = 0, ["name"] = 1 }, [id, "Name " + id]);

    private static WorkItem Item(string id, string status, LocalDate? due = null, LocalDate? payBy = null) => new()
    {
        Line = 1, EmployeeId = id, Name = id, Region = "420500", Status = status, Actor = "employee", ActionCode = "x", Action = "x",
        DueBy = due, PayBy = payBy, Basis = "B",
    };

    private static StepResult Step(string code, LocalDate? due, params Channel[] channels) => new(code, code + " title", due, [], channels, null, "BASIS");

    private static EvaluationResult Result(CoverageStatus status, params StepResult[] steps) => new()
    {
        CaseId = "E", AsOf = AsOf, Region = "420500", Status = status, Steps = steps,
        BenefitsResumeOn = new LocalDate(2025, 6, 1),
        Deadlines = [new DeadlineResult(new LocalDate(2025, 4, 30), "YC-FLEX-NEW", new LocalDate(2025, 11, 1)), new DeadlineResult(new LocalDate(2025, 4, 2), "YC-FLEX-BAND.180", new LocalDate(2025, 7, 1))],
    };

    [Fact]
    public void Sort_MixedItems_ErrorsFirstThenEarliestDateThenSeverityThenUndated()
    {
        var items = new[]
        {
            Item("U1", "lapsed"),
            Item("D2", "suspended", due: new LocalDate(2025, 4, 30)),
            Item("D1", "waiting", payBy: new LocalDate(2025, 4, 2)),
            Item("ERR", "error"),
            Item("D3", "lapsed", due: new LocalDate(2025, 4, 30)),
            Item("U2", "suspended"),
        };

        var sorted = WorkListBuilder.Sort(items);

        sorted.Select(i => i.EmployeeId).Should().Equal("ERR", "D1", "D3", "D2", "U1", "U2");
        sorted.Select(i => i.Priority).Should().Equal(1, 2, 3, 4, 5, 6);
    }

    [Fact]
    public void Sort_SameEmployeeSameKey_KeepsStepOrder()
    {
        var first = Item("E", "suspended") with { ActionCode = "first" };
        var second = Item("E", "suspended") with { ActionCode = "second" };

        WorkListBuilder.Sort([first, second]).Select(i => i.ActionCode).Should().Equal("first", "second");
    }

    [Fact]
    public void ForResult_CoveredWithoutSteps_GivesNoItem()
    {
        WorkListBuilder.ForResult(Row("E1"), Result(CoverageStatus.Covered), Language.En).Should().BeEmpty();
    }

    [Fact]
    public void ForResult_WaitingWithoutSteps_GivesOneInformOnlyItemWithTheResumptionDate()
    {
        var item = WorkListBuilder.ForResult(Row("E1"), Result(CoverageStatus.Waiting), Language.En).Should().ContainSingle().Subject;

        item.ActionCode.Should().Be("informOnly");
        item.Actor.Should().Be("none");
        item.Action.Should().Contain("2025-06-01");
        item.BenefitsResumeOn.Should().Be(new LocalDate(2025, 6, 1));
    }

    [Fact]
    public void ForResult_Steps_OneItemEachWithActorDaysLeftAndEarliestDeadline()
    {
        var result = Result(
            CoverageStatus.Suspended,
            Step("employerPayArrears", null, Channel.Employer),
            Step("payArrears", AsOf.PlusDays(-1), Channel.Online), // the day before asOf: overdue by one day
            Step("enrol", AsOf, Channel.Counter));                // due on asOf: zero days left

        var items = WorkListBuilder.ForResult(Row("E7"), result, Language.En);

        items.Select(i => i.Actor).Should().Equal("employer", "employee", "employee");
        items.Select(i => i.DaysLeft).Should().Equal(null, -1, 0);
        items.Should().OnlyContain(i => i.PayBy == new LocalDate(2025, 4, 2) && i.ResumeOnIfLate == new LocalDate(2025, 7, 1));
        items.Should().OnlyContain(i => i.EmployeeId == "E7" && i.Name == "Name E7" && i.Status == "suspended");
    }

    [Fact]
    public void ForErrors_Row_GivesAFixDataItemListingEveryProblem()
    {
        var item = WorkListBuilder.ForErrors(Row("E9"), "420500", [new RowError("sex", "enum.unknown", "bad sex"), new RowError("status", "enum.unknown", "bad status")], Language.En);

        item.Status.Should().Be("error");
        item.ActionCode.Should().Be("fixData");
        item.Action.Should().Be("Fix the payroll row: sex: bad sex; status: bad status");
    }

    [Theory]
    [InlineData("lapsed", "suspended")]
    [InlineData("suspended", "notEnrolled")]
    [InlineData("notEnrolled", "waiting")]
    [InlineData("waiting", "covered")]
    [InlineData("covered", "retiredCovered")]
    public void Severity_Statuses_AreRankedWorstFirst(string worse, string better)
    {
        WorkListBuilder.Severity(worse).Should().BeLessThan(WorkListBuilder.Severity(better));
    }
}
