using Insurance.Rules.Domain.Model;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Models;

public sealed class InsuranceCaseTests
{
    private static readonly Participant Person = new("E-1", new LocalDate(1980, 5, 1), Sex.Female, 50, ParticipantStatus.Employed, null, null);

    [Fact]
    public void Events_AnyInputOrder_AreOrderedByDateThenTypeKeepingTheOrderOfEqualOnes()
    {
        var ended = new CaseEvent(new LocalDate(2024, 6, 30), CaseEventType.EmploymentEnded);
        var started = new CaseEvent(new LocalDate(2024, 6, 30), CaseEventType.EmploymentStarted);
        var earlier = new CaseEvent(new LocalDate(2024, 1, 31), CaseEventType.MovedIn);
        var later = new CaseEvent(new LocalDate(2024, 7, 1), CaseEventType.EmploymentStarted);
        var endedAgain = new CaseEvent(new LocalDate(2024, 6, 30), CaseEventType.EmploymentEnded);
        var input = new[] { later, ended, started, endedAgain, earlier };

        var c = new InsuranceCase(new LocalDate(2025, 3, 10), "CN", Person, [], events: input);

        // Same date (2024-06-30): by type (started = 1 before ended = 2); two equal events keep their input order.
        c.Events.Should().Equal([earlier, started, ended, endedAgain, later], (a, b) => ReferenceEquals(a, b));
        input.Should().Equal([later, ended, started, endedAgain, earlier], (a, b) => ReferenceEquals(a, b), "the caller's array is not reordered");
    }

    [Fact]
    public void Events_None_IsEmpty()
        => new InsuranceCase(new LocalDate(2025, 3, 10), "CN", Person, []).Events.Should().BeEmpty();
}
