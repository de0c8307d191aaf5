namespace Insurance.Rules.Engine.Tests;

public sealed class SessionTests
{
    [Fact]
    public void Fire_DifferentPriorities_HigherPriorityFiresFirstWhateverTheDeclarationOrder()
    {
        var log = new List<string>();
        using var session = Engine.Session(new DefaultPriorityRule(log), new HighPriorityRule(log), new NegativePriorityRule(log));
        session.Insert(new Item(1));

        session.Fire();

        log.Should().Equal("HighPriorityRule:1", "DefaultPriorityRule:1", "NegativePriorityRule:1");
    }

    [Fact]
    public void Fire_EqualPriority_DeclarationOrderThenFactInsertionOrder()
    {
        var log = new List<string>();
        using var session = Engine.Session(new SecondDeclaredRule(log), new FirstDeclaredRule(log));
        session.InsertAll([new Item(1), new Item(2), new Item(3)]);

        session.Fire();

        // SecondDeclaredRule was added first, so it is first in declaration order despite its name.
        log.Should().Equal(
            "SecondDeclaredRule:1", "SecondDeclaredRule:2", "SecondDeclaredRule:3",
            "FirstDeclaredRule:1", "FirstDeclaredRule:2", "FirstDeclaredRule:3");
    }

    [Fact]
    public void Fire_ReversedInsertionOrder_ActivationsOfARuleFollowTheNewInsertionOrder()
    {
        var log = new List<string>();
        using var session = Engine.Session(new SecondDeclaredRule(log), new FirstDeclaredRule(log));
        session.InsertAll([new Item(3), new Item(2), new Item(1)]);

        session.Fire();

        log.Should().Equal(
            "SecondDeclaredRule:3", "SecondDeclaredRule:2", "SecondDeclaredRule:1",
            "FirstDeclaredRule:3", "FirstDeclaredRule:2", "FirstDeclaredRule:1");
    }

    [Fact]
    public void Fire_RepeatedRuns_SameOrderEveryTime()
    {
        var factory = Engine.Compile(new ClaimRecorderRule(), new PersonRecorderRule(), new PolicyRecorderRule());
        string? first = null;
        for (var run = 0; run < 25; run++)
        {
            using var session = factory.CreateSession();
            var log = Engine.RecordFirings(session);
            var people = Enumerable.Range(0, 5).Select(i => new Person("p" + i)).ToList();
            var policies = people.Select(p => new Policy("pol-" + p.Name, p)).ToList();
            session.InsertAll(policies.Cast<object>().Concat(people).Concat(policies.Select(p => new Claim("c-" + p.Id, p, 1m))));
            session.Fire();
            var trace = string.Join(";", log);
            first ??= trace;
            trace.Should().Be(first);
        }

        first.Should().StartWith("ClaimRecorderRule(pol-p0, c-pol-p0);ClaimRecorderRule(pol-p1, c-pol-p1)");
    }

    [Fact]
    public void Fire_JoinActivations_OrderedByFactSequenceInPatternOrder()
    {
        using var session = Engine.Session(new ClaimRecorderRule());
        var recorded = Engine.RecordFirings(session);
        var ann = new Person("ann");
        var late = new Policy("late", ann);
        var early = new Policy("early", ann);
        // early is inserted after late, but late's claim is inserted last: the first pattern's fact decides first.
        session.InsertAll([late, early, new Claim("c-early", early, 1m), new Claim("c-late", late, 1m)]);

        session.Fire();

        recorded.Should().Equal("ClaimRecorderRule(late, c-late)", "ClaimRecorderRule(early, c-early)");
    }

    [Fact]
    public void Fire_HigherPriorityActivationCreatedByAFiring_FiresBeforeRemainingLowerOnes()
    {
        var log = new List<string>();
        using var session = Engine.Session(new InsertFindingRule(), new HighPriorityFindingRule(log));
        var recorded = Engine.RecordFirings(session);
        session.InsertAll([new Item(1), new Item(2)]);

        session.Fire();

        recorded.Should().Equal(
            "InsertFindingRule(Item { Number = 1 })",
            "HighPriorityFindingRule(Finding { Text = 1 })",
            "InsertFindingRule(Item { Number = 2 })",
            "HighPriorityFindingRule(Finding { Text = 2 })");
    }

    [Fact]
    public void Retract_HalfOfManyMatchedFacts_ExactlyTheirLinkedFactsGo()
    {
        // Enough activations to grow and rehash the activation table, then remove from the middle of it.
        using var session = Engine.Session(new LinkedPerItemRule());
        var items = Enumerable.Range(0, 300).Select(i => new Item(i)).ToList();
        session.InsertAll(items);
        session.Fire().Should().Be(300);

        foreach (var item in items.Where(i => i.Number % 2 == 0))
        {
            session.Retract(item);
        }

        session.Fire().Should().Be(0);
        session.Query<Finding>().Select(f => f.Text).Should().Equal(items.Where(i => i.Number % 2 == 1).Select(i => i.Number.ToString()));
    }

    [Fact]
    public void Fire_CalledAgainWithoutChanges_ActivationDoesNotFireTwice()
    {
        var log = new List<string>();
        using var session = Engine.Session(new DefaultPriorityRule(log));
        session.Insert(new Item(1));

        session.Fire().Should().Be(1);
        session.Fire().Should().Be(0);
        session.Fire().Should().Be(0);

        log.Should().Equal("DefaultPriorityRule:1");
    }

    [Fact]
    public void Update_MatchedFactStillMatching_ActivationFiresAgain()
    {
        var log = new List<string>();
        using var session = Engine.Session(new DefaultPriorityRule(log));
        var item = new Item(7);
        session.Insert(item);
        session.Fire();

        session.Update(item);

        session.Fire().Should().Be(1);
        log.Should().Equal("DefaultPriorityRule:7", "DefaultPriorityRule:7");
    }

    [Fact]
    public void Update_FactNotInAnyPatternOfTheRule_DoesNotRefire()
    {
        var log = new List<string>();
        using var session = Engine.Session(new DefaultPriorityRule(log));
        var block = new Block(new Person("ann"));
        session.InsertAll([new Item(1), block]);
        session.Fire();

        session.Update(block);

        session.Fire().Should().Be(0);
    }

    [Fact]
    public void Update_SelfUpdatingRule_FiresUntilItStopsMatching()
    {
        using var session = Engine.Session(new CountToThreeRule());
        var counter = new Counter("c");
        session.Insert(counter);

        var fired = session.Fire();

        fired.Should().Be(3, "it fires at 0, 1 and 2; at exactly 3 the condition Value < 3 is false");
        counter.Value.Should().Be(3);
    }

    [Fact]
    public void Fire_RulesLoopBeyondLimit_ThrowsNamingTheLoopingRulesMostFrequentFirst()
    {
        using var session = Engine.Session(new OnceRule(), new PingRule(), new PongRule());
        session.InsertAll([new Item(1), new Counter("c")]);

        var act = () => session.Fire(52);

        var thrown = act.Should().Throw<RuleFiringLimitException>().Which;
        thrown.Limit.Should().Be(52);
        // Once fires first (declared first, fires once: not a looping rule), then Ping and Pong alternate:
        // 26 Ping and 25 Pong fill the other 51 firings.
        thrown.RuleNames.Should().Equal("PingRule", "PongRule");
        thrown.Message.Should().Contain("PingRule (26×)").And.Contain("PongRule (25×)");
    }

    [Fact]
    public void Fire_SingleLoopingRule_LimitExceptionNamesItAndSessionStaysUsable()
    {
        using var session = Engine.Session(new OnceRule(), new LoopRule());
        var counter = new Counter("c");
        session.InsertAll([new Item(1), counter]);

        var act = () => session.Fire(10);

        act.Should().Throw<RuleFiringLimitException>().Which.RuleNames.Should().Equal("LoopRule");
        counter.Value.Should().Be(9, "10 firings: Once, then LoopRule nine times");
        session.Query<Counter>().Should().ContainSingle();
        act.Should().Throw<RuleFiringLimitException>("the session is not faulted: it continues the loop");
        counter.Value.Should().Be(19);
    }

    [Fact]
    public void Fire_LimitReachedExactlyWithNothingPending_DoesNotThrow()
    {
        var log = new List<string>();
        using var session = Engine.Session(new DefaultPriorityRule(log));
        session.InsertAll([new Item(1), new Item(2)]);

        session.Fire(2).Should().Be(2);
    }

    [Fact]
    public void Fire_JoinConditionThrows_RuleConditionExceptionWithRuleNameFactsAndInner()
    {
        using var session = Engine.Session(new ExplodingJoinRule());
        var policy = new Policy("P1", new Person("ann"));
        var boom = new Claim("boom", policy, 1m);
        session.InsertAll([policy, boom]);

        var act = () => session.Fire();

        var thrown = act.Should().Throw<RuleConditionException>().Which;
        thrown.RuleName.Should().Be("ExplodingJoinRule");
        thrown.Facts.Should().Equal(policy, boom);
        thrown.InnerException.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("boom");
    }

    [Fact]
    public void Fire_SingleFactConditionThrows_RuleConditionExceptionCarriesTheFact()
    {
        using var session = Engine.Session(new ExplodingFilterRule());
        var boom = new Claim("boom", new Policy("P1", new Person("ann")), 1m);
        session.Insert(boom);

        var act = () => session.Fire();

        var thrown = act.Should().Throw<RuleConditionException>().Which;
        thrown.RuleName.Should().Be("ExplodingFilterRule");
        thrown.Facts.Should().Equal(boom);
        thrown.InnerException.Should().BeOfType<InvalidOperationException>();
    }

    [Fact]
    public void Fire_ActionThrows_RuleActionExceptionAndSessionFaulted()
    {
        using var session = Engine.Session(new ExplodingActionRule());
        var item = new Item(1);
        session.Insert(item);

        var act = () => session.Fire();

        var thrown = act.Should().Throw<RuleActionException>().Which;
        thrown.RuleName.Should().Be("ExplodingActionRule");
        thrown.Facts.Should().Equal(item);
        thrown.InnerException.Should().BeOfType<ArithmeticException>();
        session.Invoking(s => s.Insert(new Item(2))).Should().Throw<InvalidOperationException>().WithMessage("*faulted*");
        session.Invoking(s => s.Fire()).Should().Throw<InvalidOperationException>().WithMessage("*faulted*");
        session.Query<Item>().Should().Equal(item);
    }

    [Fact]
    public void Halt_InAction_StopsAfterCurrentActionAndNextFireContinues()
    {
        using var session = Engine.Session(new HaltingRule());
        session.InsertAll([new Item(1), new Item(2), new Item(3)]);

        session.Fire().Should().Be(1);
        session.Query<Finding>().Select(f => f.Text).Should().Equal("1");
        session.Fire().Should().Be(1);
        session.Fire().Should().Be(1);
        session.Fire().Should().Be(0);
        session.Query<Finding>().Select(f => f.Text).Should().Equal("1", "2", "3");
    }

    [Fact]
    public void Insert_SameInstanceTwice_Throws()
    {
        using var session = Engine.Session(new OnceRule());
        var item = new Item(1);
        session.Insert(item);

        session.Invoking(s => s.Insert(item)).Should().Throw<InvalidOperationException>().WithMessage("*already in working memory*");
    }

    [Fact]
    public void Insert_EqualRecordInstances_AreDistinctFacts()
    {
        var log = new List<string>();
        using var session = Engine.Session(new DefaultPriorityRule(log));
        var first = new Item(1);
        var second = new Item(1);
        first.Should().Be(second, "the records are equal by value");

        session.InsertAll([first, second]);

        session.Fire().Should().Be(2);
        session.Query<Item>().Should().HaveCount(2);
        session.Retract(second);
        session.Query<Item>().Should().ContainSingle().Which.Should().BeSameAs(first);
    }

    [Fact]
    public void UpdateAndRetract_UnknownFact_ThrowButTryRetractReturnsFalse()
    {
        using var session = Engine.Session(new OnceRule());
        var item = new Item(1);

        session.Invoking(s => s.Update(item)).Should().Throw<InvalidOperationException>().WithMessage("*not in working memory*");
        session.Invoking(s => s.Retract(item)).Should().Throw<InvalidOperationException>();
        session.TryRetract(item).Should().BeFalse();
        session.Insert(item);
        session.TryRetract(item).Should().BeTrue();
        session.TryRetract(item).Should().BeFalse();
    }

    [Fact]
    public void Retract_BeforeFire_PendingMatchNeverFires()
    {
        var log = new List<string>();
        using var session = Engine.Session(new DefaultPriorityRule(log));
        var item = new Item(1);
        session.Insert(item);
        session.Retract(item);

        session.Fire().Should().Be(0);
        log.Should().BeEmpty();
    }

    [Fact]
    public void Retract_FactOfPendingActivationByHigherPriorityRule_ActivationCancelled()
    {
        var log = new List<string>();
        using var session = Engine.Session(new DefaultPriorityRule(log), new RetractItemsFirstRule());
        session.InsertAll([new Item(1), new Item(2)]);

        session.Fire().Should().Be(2, "the retracting rule fires for both items; the default rule never does");

        log.Should().BeEmpty();
    }

    [Fact]
    public void Query_FactsOfSeveralTypes_AssignableOnesInInsertionOrder()
    {
        using var session = Engine.Session(new OnceRule());
        var square = new Square("s");
        var circle = new Circle("c");
        var square2 = new Square("s2");
        session.InsertAll([square, new Item(1), circle, square2]);
        session.Retract(square2);

        session.Query<Shape>().Should().Equal(square, circle);
        session.Query<object>().Should().HaveCount(3);
    }

    [Fact]
    public void Fire_LimitBelowOne_Throws()
    {
        using var session = Engine.Session(new OnceRule());

        session.Invoking(s => s.Fire(0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Dispose_ThenInsert_ThrowsObjectDisposed()
    {
        var session = Engine.Session(new OnceRule());
        session.Dispose();

        session.Invoking(s => s.Insert(new Item(1))).Should().Throw<ObjectDisposedException>();
    }

    [Fact]
    public void Context_UsedAfterItsActionReturned_Throws()
    {
        using var session = Engine.Session(new ContextLeakingRule());
        session.Insert(new Item(1));
        session.Fire();

        var leaked = ContextLeakingRule.Leaked!;

        leaked.Invoking(c => c.Insert(new Item(2))).Should().Throw<InvalidOperationException>();
    }

    internal static void Bump(IContext context, Counter counter)
    {
        counter.Value++;
        context.Update(counter);
    }

    internal static bool Explode(Claim claim)
        => claim.Id == "boom" ? throw new InvalidOperationException("boom") : true;

    internal static bool Explode(Claim claim, Policy policy)
        => claim.Policy == policy && Explode(claim);

    private abstract class LoggingRule(List<string> log) : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => log.Add(ctx.Rule.Name + ":" + item.Number));
        }
    }

    private sealed class DefaultPriorityRule(List<string> log) : LoggingRule(log);

    [Priority(10)]
    private sealed class HighPriorityRule(List<string> log) : LoggingRule(log);

    [Priority(-1)]
    private sealed class NegativePriorityRule(List<string> log) : LoggingRule(log);

    private sealed class FirstDeclaredRule(List<string> log) : LoggingRule(log);

    private sealed class SecondDeclaredRule(List<string> log) : LoggingRule(log);

    private sealed class ClaimRecorderRule : Rule
    {
        public override void Define()
        {
            Policy policy = null!;
            Claim claim = null!;
            When().Match(() => policy).Match(() => claim, c => c.Policy == policy);
            Then().Do(ctx => ctx.Rule.ToString());
        }
    }

    private sealed class PersonRecorderRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person);
            Then().Do(ctx => person.ToString());
        }
    }

    private sealed class PolicyRecorderRule : Rule
    {
        public override void Define()
        {
            Policy policy = null!;
            When().Match(() => policy).Exists<Claim>(c => c.Policy == policy);
            Then().Do(ctx => policy.ToString());
        }
    }

    private sealed class CountToThreeRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value < 3);
            Then().Do(ctx => Bump(ctx, counter));
        }
    }

    private sealed class OnceRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => item.ToString());
        }
    }

    private sealed class LoopRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter);
            Then().Do(ctx => Bump(ctx, counter));
        }
    }

    private sealed class PingRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value % 2 == 0);
            Then().Do(ctx => Bump(ctx, counter));
        }
    }

    private sealed class PongRule : Rule
    {
        public override void Define()
        {
            Counter counter = null!;
            When().Match(() => counter, c => c.Value % 2 == 1);
            Then().Do(ctx => Bump(ctx, counter));
        }
    }

    private sealed class ExplodingJoinRule : Rule
    {
        public override void Define()
        {
            Policy policy = null!;
            Claim claim = null!;
            When().Match(() => policy).Match(() => claim, c => c.Policy == policy && Explode(c, policy));
            Then().Do(ctx => claim.ToString());
        }
    }

    private sealed class ExplodingFilterRule : Rule
    {
        public override void Define()
        {
            Claim claim = null!;
            When().Match(() => claim, c => Explode(c));
            Then().Do(ctx => claim.ToString());
        }
    }

    private sealed class ExplodingActionRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => Fail(item));
        }

        private static void Fail(Item item) => throw new ArithmeticException("cannot handle " + item);
    }

    private sealed class HaltingRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then()
                .Do(ctx => ctx.Insert(new Finding(item.Number.ToString())))
                .Do(ctx => ctx.Halt());
        }
    }

    private sealed class InsertFindingRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => ctx.Insert(new Finding(item.Number.ToString())));
        }
    }

    [Priority(1)]
    private sealed class HighPriorityFindingRule(List<string> log) : Rule
    {
        public override void Define()
        {
            Finding finding = null!;
            When().Match(() => finding);
            Then().Do(ctx => log.Add(finding.Text));
        }
    }

    private sealed class LinkedPerItemRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => ctx.InsertLinked(new Finding(item.Number.ToString())));
        }
    }

    [Priority(5)]
    private sealed class RetractItemsFirstRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => ctx.Retract(item));
        }
    }

    private sealed class ContextLeakingRule : Rule
    {
        public static IContext? Leaked { get; private set; }

        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => Leak(ctx));
        }

        private static void Leak(IContext context) => Leaked = context;
    }

    [Fact]
    public void Query_SealedBaseAndInterfaceTypes_FindsExactlyTheFactsOfThatType()
    {
        // A sealed type is matched by its exact type, anything else as 'is' does: a base type finds its subclasses, an
        // interface its implementers, object everything alive; a retracted fact is gone from every query.
        using var session = Engine.Session();
        var circle = new Circle("c");
        var square = new Square("s");
        var retracted = new Circle("gone");
        var ann = new Person("ann");
        session.Insert(circle);
        session.Insert(ann);
        session.Insert(square);
        session.Insert(retracted);
        session.Retract(retracted);

        session.Query<Circle>().Should().Equal(circle);
        session.Query<Shape>().Should().Equal(circle, square);
        session.Query<IEquatable<Shape>>().Should().Equal(circle, square);
        session.Query<object>().Should().Equal(circle, ann, square);
        session.Query<Item>().Should().BeEmpty();
    }
}
