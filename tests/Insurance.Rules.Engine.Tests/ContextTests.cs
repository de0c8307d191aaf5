namespace Insurance.Rules.Engine.Tests;

/// <summary>Truth maintenance: facts inserted with <see cref="IContext.InsertLinked"/>.</summary>
public sealed class ContextTests
{
    [Fact]
    public void InsertLinked_MatchedFactRetracted_LinkedFactRetracted()
    {
        using var session = Engine.Session(new AdultRule());
        var ann = new Person("ann", 40);
        session.Insert(ann);
        session.Fire();
        session.Query<Derived>().Should().ContainSingle();

        session.Retract(ann);
        session.Fire();

        session.Query<Derived>().Should().BeEmpty();
    }

    [Fact]
    public void InsertLinked_ChainOfLinkedFacts_RetractionCascades()
    {
        using var session = Engine.Session(new AdultRule(), new CardRule());
        var retracted = new List<object>();
        session.Events.FactRetracted += (_, e) => retracted.Add(e.Fact);
        var ann = new Person("ann", 40);
        session.Insert(ann);
        session.Fire().Should().Be(2);
        var derived = session.Query<Derived>().Single();
        var card = session.Query<Card>().Single();

        ann.Age = 17; // day before the 18th birthday, so to speak: no longer an adult
        session.Update(ann);
        session.Fire().Should().Be(0);

        session.Query<Derived>().Should().BeEmpty();
        session.Query<Card>().Should().BeEmpty();
        retracted.Should().Equal(derived, card);
    }

    [Fact]
    public void InsertLinked_AgeExactlyEighteen_StillAdult()
    {
        using var session = Engine.Session(new AdultRule());
        session.Insert(new Person("ann", 18));

        session.Fire();

        session.Query<Derived>().Should().ContainSingle();
    }

    [Fact]
    public void InsertLinked_ActivationRefiresAfterUpdate_PreviousLinkedFactRetractedFirst()
    {
        using var session = Engine.Session(new AdultRule());
        var events = new List<string>();
        session.Events.FactRetracted += (_, e) => events.Add("retracted " + e.Fact);
        session.Events.FactInserted += (_, e) => events.Add("inserted " + e.Fact);
        var ann = new Person("ann", 40);
        session.Insert(ann);
        session.Fire();
        var before = session.Query<Derived>().Single();
        events.Clear();

        ann.Age = 41;
        session.Update(ann);
        session.Fire().Should().Be(1);

        var after = session.Query<Derived>().Single();
        after.Should().NotBeSameAs(before);
        events.Should().Equal("retracted " + before, "inserted " + after);
    }

    [Fact]
    public void InsertLinked_LinkedFactRetractedByHand_LaterCancellationDoesNotFail()
    {
        using var session = Engine.Session(new AdultRule());
        var ann = new Person("ann", 40);
        session.Insert(ann);
        session.Fire();
        session.Retract(session.Query<Derived>().Single());

        session.Retract(ann);

        session.Fire().Should().Be(0);
        session.Query<object>().Should().BeEmpty();
    }

    [Fact]
    public void Insert_PlainInsertFromAction_SurvivesCancellation()
    {
        using var session = Engine.Session(new PlainInsertRule());
        var ann = new Person("ann", 40);
        session.Insert(ann);
        session.Fire();

        session.Retract(ann);
        session.Fire();

        session.Query<Finding>().Should().ContainSingle("only InsertLinked facts are maintained");
    }

    [Fact]
    public void InsertLinked_LinkedFactBlocksItsOwnRule_ReportedAsLoopAtOnce()
    {
        // The classic truth-maintenance trap: the rule fires, its linked fact makes its own Not false, the activation
        // is cancelled and the fact retracted, the Not holds again and the rule fires again, forever. The engine
        // recognises the cause and reports it at the first turn instead of after the firing limit.
        using var session = Engine.Session(new SelfBlockingRule());
        session.Insert(new Person("ann"));

        var act = () => session.Fire(20);

        var thrown = act.Should().Throw<RuleFiringLimitException>().Which;
        thrown.RuleNames.Should().Equal("SelfBlockingRule");
        thrown.Message.Should().Contain("blocks itself");
        session.Invoking(s => s.Fire()).Should().Throw<InvalidOperationException>().WithMessage("*faulted*");
    }

    [Fact]
    public void Insert_FactBlockingItsOwnRule_FiresOnceAndSettles()
    {
        using var session = Engine.Session(new SelfBlockingWithPlainInsertRule());
        session.Insert(new Person("ann"));

        session.Fire().Should().Be(1);
        session.Fire().Should().Be(0);
        session.Query<Block>().Should().ContainSingle();
    }

    private sealed class AdultRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person, p => p.Age >= 18);
            Then().Do(ctx => ctx.InsertLinked(new Derived(person, "adult")));
        }
    }

    private sealed class CardRule : Rule
    {
        public override void Define()
        {
            Derived derived = null!;
            When().Match(() => derived, d => d.Kind == "adult");
            Then().Do(ctx => ctx.InsertLinked(new Card(derived)));
        }
    }

    private sealed class PlainInsertRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person);
            Then().Do(ctx => ctx.Insert(new Finding("seen " + person.Name)));
        }
    }

    private sealed class SelfBlockingWithPlainInsertRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person).Not<Block>(b => b.Owner == person);
            Then().Do(ctx => ctx.Insert(new Block(person)));
        }
    }

    private sealed class SelfBlockingRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person).Not<Block>(b => b.Owner == person);
            Then().Do(ctx => ctx.InsertLinked(new Block(person)));
        }
    }
}
