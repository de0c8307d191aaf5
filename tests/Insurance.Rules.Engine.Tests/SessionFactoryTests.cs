namespace Insurance.Rules.Engine.Tests;

public sealed class SessionFactoryTests
{
    [Fact]
    public void CreateSession_SharedByEightThreads_EverySessionGivesTheSameResult()
    {
        var factory = Engine.Compile(new EligibleRule(), new TotalRule(), new UnclaimedRule());
        var expected = Run(factory, 0);
        expected.Should().Contain("Eligible").And.Contain("Total").And.Contain("Unclaimed");

        const int Threads = 8;
        const int SessionsPerThread = 40;
        var results = new string[Threads][];
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var mine = new string[SessionsPerThread];
            for (var i = 0; i < SessionsPerThread; i++)
            {
                mine[i] = Run(factory, i);
            }

            results[t] = mine;
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        results.SelectMany(r => r).Should().HaveCount(Threads * SessionsPerThread).And.AllBeEquivalentTo(expected);
    }

    [Fact]
    public void CreateSession_Sessions_DoNotShareWorkingMemory()
    {
        var factory = Engine.Compile(new EligibleRule());
        using var first = factory.CreateSession();
        using var second = factory.CreateSession();
        first.Insert(new Person("ann", 40));

        first.Fire().Should().Be(1);
        second.Fire().Should().Be(0);
        second.Query<object>().Should().BeEmpty();
    }

    [Fact]
    public void Rules_FactoryIndependentOfLaterRepositoryChanges()
    {
        var repository = new RuleRepository().Add(new EligibleRule());
        var factory = repository.Compile();

        repository.Add(new TotalRule());

        factory.Rules.Select(r => r.Name).Should().Equal("EligibleRule");
        repository.Rules.Should().HaveCount(2);
    }

    [Fact]
    public void Prepare_NewFactory_MakesEveryExpressionReadyOnce()
    {
        var factory = (Runtime.SessionFactory)Engine.Compile(new EligibleRule(), new TotalRule(), new UnclaimedRule());
        var (total, before) = factory.LambdaReadiness;

        factory.Prepare();
        factory.Prepare();

        total.Should().BeGreaterThan(3, "conditions and actions of three rules");
        before.Should().Be(0, "expressions are made executable on first use, not by Compile()");
        factory.LambdaReadiness.Should().Be((total, total));
    }

    [Fact]
    public async Task Prepare_WhileSessionsRun_ChangesNoResult()
    {
        var reference = Run(Engine.Compile(new EligibleRule(), new TotalRule(), new UnclaimedRule()), 0);
        for (var round = 0; round < 20; round++)
        {
            var factory = Engine.Compile(new EligibleRule(), new TotalRule(), new UnclaimedRule());
            var preparing = Task.Run(factory.Prepare);
            var results = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ => Run(factory, 0)).ToList();
            await preparing;

            results.Should().AllBeEquivalentTo(reference, $"round {round}");
        }
    }

    // Builds the same case afresh (new fact instances) and returns the trace of what fired and what is left.
    private static string Run(ISessionFactory factory, int variant)
    {
        using var session = factory.CreateSession();
        var log = Engine.RecordFirings(session);
        var people = Enumerable.Range(0, 6).Select(i => new Person("p" + i, 15 + (i * 3))).ToList();
        var policies = people.Select(p => new Policy("pol-" + p.Name, p)).ToList();
        session.InsertAll(people);
        session.InsertAll(policies);
        session.InsertAll(policies.Where((_, i) => i % 2 == 0).Select(p => new Claim("c-" + p.Id, p, 10m + variant % 1)));
        session.Fire();
        return string.Join("\n", log) + "\n--\n" + string.Join("\n", session.Query<Finding>().Select(f => f.Text));
    }

    private sealed class EligibleRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person, p => p.Age >= 18);
            Then().Do(ctx => ctx.InsertLinked(new Finding("Eligible " + person.Name)));
        }
    }

    private sealed class TotalRule : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Claim> claims = null!;
            decimal total = 0;
            When().Collect(() => claims).Let(() => total, () => claims.Sum(c => c.Amount));
            Then().Do(ctx => ctx.InsertLinked(new Finding("Total " + total)));
        }
    }

    private sealed class UnclaimedRule : Rule
    {
        public override void Define()
        {
            Finding eligible = null!;
            Policy policy = null!;
            When()
                .Match(() => eligible, f => f.Text.StartsWith("Eligible "))
                .Match(() => policy, p => "Eligible " + p.Holder.Name == eligible.Text)
                .Not<Claim>(c => c.Policy == policy);
            Then().Do(ctx => ctx.Insert(new Finding("Unclaimed " + policy.Id)));
        }
    }
}
