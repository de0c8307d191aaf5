namespace Insurance.Rules.Engine.Tests.Faults;

/// <summary>
/// Engine faults the session tests leave open (docs/engine.md "Firing limit, errors and faults"): a cycle of several
/// rules under the default limit, the state after a condition fault, a throwing event handler, and the factory
/// staying usable after any fault.
/// </summary>
public sealed class SessionFaultTests
{
    [Fact]
    public void Fire_CycleOfThreeRulesUnderDefaultLimit_StopsAt10000NamingOnlyTheCycle()
    {
        using var session = Engine.Session(new StageZeroRule(), new StageOneRule(), new StageTwoRule(), new MarkOnceRule());
        var token = new Token();
        session.InsertAll([token, new Marker()]);

        var act = () => session.Fire();

        var thrown = act.Should().Throw<RuleFiringLimitException>().Which;
        thrown.Limit.Should().Be(10_000);
        thrown.RuleNames.Should().BeEquivalentTo(["StageZeroRule", "StageOneRule", "StageTwoRule"], "MarkOnceRule is not part of the loop");
        thrown.Message.Should().Contain("StageZeroRule").And.Contain("StageOneRule").And.Contain("StageTwoRule").And.NotContain("MarkOnceRule");
        token.Moves.Should().Be(10_000, "each update makes the cycle's next activation the most recent, so it runs ahead of the marker's every time");
    }

    [Fact]
    public void Fire_AfterLimit_SessionNotFaultedAndContinuesTheCycle()
    {
        using var session = Engine.Session(new StageZeroRule(), new StageOneRule(), new StageTwoRule());
        var token = new Token();
        session.Insert(token);

        session.Invoking(s => s.Fire(30)).Should().Throw<RuleFiringLimitException>();

        token.Moves.Should().Be(30);
        session.Invoking(s => s.Fire(3)).Should().Throw<RuleFiringLimitException>("the limit leaves the session consistent, the loop goes on");
        token.Moves.Should().Be(33);
        session.Query<Token>().Should().ContainSingle();
    }

    [Fact]
    public void Fire_ConditionThrows_SessionFaultedQueryStillWorksFactoryUnaffected()
    {
        var factory = Engine.Compile(new FragileConditionRule());
        using var session = factory.CreateSession();
        var bad = new Marker { Broken = true };
        session.Insert(bad);

        var thrown = session.Invoking(s => s.Fire()).Should().Throw<RuleConditionException>().Which;

        thrown.RuleName.Should().Be("FragileConditionRule");
        thrown.Facts.Should().Equal(bad);
        thrown.InnerException.Should().BeOfType<FormatException>();
        session.Invoking(s => s.Insert(new Marker())).Should().Throw<InvalidOperationException>().WithMessage("*faulted*");
        session.Invoking(s => s.Fire()).Should().Throw<InvalidOperationException>().WithMessage("*faulted*");
        session.Query<Marker>().Should().Equal(bad);

        using var fresh = factory.CreateSession();
        fresh.Insert(new Marker());
        fresh.Fire().Should().Be(1, "a fault never reaches the factory");
    }

    [Fact]
    public void Fire_RuleFiredHandlerThrows_ExceptionReachesCallerAndSessionFaulted()
    {
        var factory = Engine.Compile(new MarkOnceRule());
        using var session = factory.CreateSession();
        session.Events.RuleFired += (_, _) => throw new NotSupportedException("handler failed");
        session.Insert(new Marker());

        var thrown = session.Invoking(s => s.Fire()).Should().Throw<Exception>().Which;

        Chain(thrown).Should().Contain(e => e is NotSupportedException && e.Message == "handler failed");
        session.Invoking(s => s.Fire()).Should().Throw<InvalidOperationException>().WithMessage("*faulted*");

        using var fresh = factory.CreateSession();
        fresh.Insert(new Marker());
        fresh.Fire().Should().Be(1);
    }

    [Fact]
    public void Fire_ActionThrows_FaultNamesRuleAndTheActivationFactsOnly()
    {
        using var session = Engine.Session(new FragileActionRule());
        var good = new Marker();
        var bad = new Marker { Broken = true };
        session.InsertAll([good, bad]);

        var thrown = session.Invoking(s => s.Fire()).Should().Throw<RuleActionException>().Which;

        thrown.RuleName.Should().Be("FragileActionRule");
        thrown.Facts.Should().Equal(bad);
        thrown.InnerException.Should().BeOfType<InvalidOperationException>().Which.Message.Should().Be("marker is broken");
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private sealed class Token
    {
        public int Stage { get; set; }

        public int Moves { get; set; }

        public override string ToString() => $"Token(stage {Stage})";
    }

    private sealed class Marker
    {
        public bool Broken { get; init; }

        public override string ToString() => Broken ? "Marker(broken)" : "Marker";
    }

    private static void Move(IContext ctx, Token token, int next)
    {
        token.Stage = next;
        token.Moves++;
        ctx.Update(token);
    }

    private sealed class StageZeroRule : Rule
    {
        public override void Define()
        {
            Token token = null!;
            When().Match(() => token, t => t.Stage == 0);
            Then().Do(ctx => Move(ctx, token, 1));
        }
    }

    private sealed class StageOneRule : Rule
    {
        public override void Define()
        {
            Token token = null!;
            When().Match(() => token, t => t.Stage == 1);
            Then().Do(ctx => Move(ctx, token, 2));
        }
    }

    private sealed class StageTwoRule : Rule
    {
        public override void Define()
        {
            Token token = null!;
            When().Match(() => token, t => t.Stage == 2);
            Then().Do(ctx => Move(ctx, token, 0));
        }
    }

    private sealed class MarkOnceRule : Rule
    {
        public override void Define()
        {
            Marker marker = null!;
            When().Match(() => marker);
            Then().Do(_ => marker.ToString());
        }
    }

    private sealed class FragileConditionRule : Rule
    {
        public override void Define()
        {
            Marker marker = null!;
            When().Match(() => marker, m => Check(m));
            Then().Do(_ => marker.ToString());
        }

        private static bool Check(Marker m) => m.Broken ? throw new FormatException("cannot read marker") : true;
    }

    private sealed class FragileActionRule : Rule
    {
        public override void Define()
        {
            Marker marker = null!;
            When().Match(() => marker);
            Then().Do(_ => Use(marker));
        }

        private static void Use(Marker m)
        {
            if (m.Broken)
            {
                throw new InvalidOperationException("marker is broken");
            }
        }
    }
}
