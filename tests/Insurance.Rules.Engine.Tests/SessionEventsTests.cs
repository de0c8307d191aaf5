namespace Insurance.Rules.Engine.Tests;

public sealed class SessionEventsTests
{
    [Fact]
    public void Events_InsertFireBlock_FullSequenceInOrder()
    {
        using var session = Engine.Session(new UnblockedRule());
        var events = Record(session);
        var ann = new Person("ann");

        session.Insert(ann);
        session.Fire();
        session.Insert(new Block(ann));
        session.Fire();

        events.Should().Equal(
            "FactInserted ann",
            "ActivationCreated UnblockedRule(ann)",
            "RuleFiring UnblockedRule(ann)",
            "FactInserted Derived { Person = ann, Kind = unblocked }",
            "RuleFired UnblockedRule(ann)",
            "FactInserted Block { Owner = ann }",
            "ActivationCancelled UnblockedRule(ann)",
            "FactRetracted Derived { Person = ann, Kind = unblocked }");
    }

    [Fact]
    public void Events_UpdateRefires_ActivationCreatedAgainWithFactUpdated()
    {
        using var session = Engine.Session(new UnblockedRule());
        var ann = new Person("ann");
        session.Insert(ann);
        session.Fire();
        var events = Record(session);

        session.Update(ann);
        session.Fire();

        events.Should().Equal(
            "FactUpdated ann",
            "ActivationCreated UnblockedRule(ann)",
            "RuleFiring UnblockedRule(ann)",
            "FactRetracted Derived { Person = ann, Kind = unblocked }",
            "FactInserted Derived { Person = ann, Kind = unblocked }",
            "RuleFired UnblockedRule(ann)");
    }

    [Fact]
    public void Events_WhyDidRuleNotFire_CreatedThenCancelledVersusNeverCreated()
    {
        using var session = Engine.Session(new BlockEveryoneFirstRule(), new UnblockedRule(), new ClaimantRule());
        var created = new List<string>();
        var cancelled = new List<string>();
        var fired = new List<string>();
        session.Events.ActivationCreated += (_, e) => created.Add(e.Rule.Name);
        session.Events.ActivationCancelled += (_, e) => cancelled.Add(e.Rule.Name);
        session.Events.RuleFired += (_, e) => fired.Add(e.Rule.Name);
        session.Insert(new Person("ann"));

        session.Fire();

        // UnblockedRule matched, but the higher-priority rule blocked ann before it could fire.
        created.Should().Contain("UnblockedRule");
        cancelled.Should().Equal("UnblockedRule");
        fired.Should().Equal("BlockEveryoneFirstRule");
        // ClaimantRule never matched at all: no activation was ever created.
        created.Should().NotContain("ClaimantRule");
    }

    [Fact]
    public void Events_Collect_FactsContainTheCollectedList()
    {
        using var session = Engine.Session(new ClaimantRule());
        IReadOnlyList<object>? facts = null;
        session.Events.RuleFired += (_, e) => facts = e.Facts;
        var ann = new Person("ann");
        var policy = new Policy("P1", ann);
        var claim = new Claim("C1", policy, 5m);
        session.InsertAll([ann, policy, claim]);

        session.Fire();

        facts.Should().HaveCount(2, "the rule matches a person and collects claims");
        facts![0].Should().BeSameAs(ann);
        facts[1].Should().BeAssignableTo<IReadOnlyList<Claim>>().Which.Should().Equal(claim);
    }

    [Fact]
    public void Events_NoListeners_FiringStillWorks()
    {
        using var session = Engine.Session(new UnblockedRule());
        session.Insert(new Person("ann"));

        session.Fire().Should().Be(1);
    }

    private static List<string> Record(ISession session)
    {
        var events = new List<string>();
        var e = session.Events;
        e.FactInserted += (_, a) => events.Add("FactInserted " + a.Fact);
        e.FactUpdated += (_, a) => events.Add("FactUpdated " + a.Fact);
        e.FactRetracted += (_, a) => events.Add("FactRetracted " + a.Fact);
        e.ActivationCreated += (_, a) => events.Add($"ActivationCreated {a.Rule.Name}({string.Join(", ", a.Facts)})");
        e.ActivationCancelled += (_, a) => events.Add($"ActivationCancelled {a.Rule.Name}({string.Join(", ", a.Facts)})");
        e.RuleFiring += (_, a) => events.Add($"RuleFiring {a.Rule.Name}({string.Join(", ", a.Facts)})");
        e.RuleFired += (_, a) => events.Add($"RuleFired {a.Rule.Name}({string.Join(", ", a.Facts)})");
        return events;
    }

    private sealed class UnblockedRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person).Not<Block>(b => b.Owner == person);
            Then().Do(ctx => ctx.InsertLinked(new Derived(person, "unblocked")));
        }
    }

    [Priority(100)]
    private sealed class BlockEveryoneFirstRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person);
            Then().Do(ctx => ctx.Insert(new Block(person)));
        }
    }

    private sealed class ClaimantRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            IReadOnlyList<Claim> claims = null!;
            When()
                .Match(() => person)
                .Collect(() => claims, c => c.Policy.Holder == person)
                .Having(() => claims.Count > 0);
            Then().Do(ctx => person.ToString());
        }
    }
}
