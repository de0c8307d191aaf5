namespace Insurance.Rules.Engine.Tests;

/// <summary>
/// The session matches incrementally (deltas for inserts, retractions and Not blockers; full re-joins otherwise).
/// Whatever path it takes, after Fire() the facts maintained by truth maintenance must be exactly those a fresh
/// session computes from the same facts. Seeded random changes drive both.
/// </summary>
public sealed class SessionConsistencyTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 12; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Fire_RandomInsertsUpdatesAndRetracts_LinkedFactsMatchAFreshSession(int seed)
    {
        var factory = Engine.Compile(new HolderClaimRule(), new UnblockedPolicyRule(), new ClaimedPolicyRule(), new ClaimTotalRule(), new BigClaimRule());
        var random = new Random(seed);
        using var session = factory.CreateSession();
        var people = new List<Person>();
        var policies = new List<Policy>();
        var claims = new List<Claim>();
        var blocks = new List<Block>();
        var next = 0;

        for (var step = 0; step < 80; step++)
        {
            var choice = random.Next(10);
            switch (choice)
            {
                case 0 or 1 when people.Count < 4:
                    people.Add(Insert(session, new Person("p" + next++, random.Next(10, 60))));
                    break;
                case 2 or 3 when people.Count > 0:
                    policies.Add(Insert(session, new Policy("pol" + next++, people[random.Next(people.Count)])));
                    break;
                case 4 or 5 when policies.Count > 0:
                    claims.Add(Insert(session, new Claim("c" + next++, policies[random.Next(policies.Count)], random.Next(1, 200))));
                    break;
                case 6 when people.Count > 0:
                    blocks.Add(Insert(session, new Block(people[random.Next(people.Count)])));
                    break;
                case 7 when claims.Count > 0:
                {
                    var claim = claims[random.Next(claims.Count)];
                    claim.Amount = random.Next(1, 200);
                    session.Update(claim);
                    break;
                }

                case 8 when policies.Count > 0:
                {
                    var policy = policies[random.Next(policies.Count)];
                    policy.Suspended = !policy.Suspended;
                    session.Update(policy);
                    break;
                }

                case 9:
                    RetractOne(session, random, claims, blocks, policies);
                    break;
            }

            session.Fire();

            Findings(session).Should().Equal(FreshFindings(factory, session), $"seed {seed}, step {step}");
        }
    }

    private static T Insert<T>(ISession session, T fact)
        where T : class
    {
        session.Insert(fact);
        return fact;
    }

    private static void RetractOne(ISession session, Random random, List<Claim> claims, List<Block> blocks, List<Policy> policies)
    {
        switch (random.Next(3))
        {
            case 0 when claims.Count > 0:
                Remove(session, claims, random.Next(claims.Count));
                break;
            case 1 when blocks.Count > 0:
                Remove(session, blocks, random.Next(blocks.Count));
                break;
            case 2 when policies.Count > 0:
                Remove(session, policies, random.Next(policies.Count));
                break;
        }
    }

    private static void Remove<T>(ISession session, List<T> list, int index)
        where T : class
    {
        session.Retract(list[index]);
        list.RemoveAt(index);
    }

    private static List<string> Findings(ISession session)
        => session.Query<Finding>().Select(f => f.Text).Order(StringComparer.Ordinal).ToList();

    private static List<string> FreshFindings(ISessionFactory factory, ISession current)
    {
        using var fresh = factory.CreateSession();
        fresh.InsertAll(current.Query<object>().Where(f => f is not Finding));
        fresh.Fire();
        return Findings(fresh);
    }

    private sealed class HolderClaimRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            Policy policy = null!;
            Claim claim = null!;
            When()
                .Match(() => person)
                .Match(() => policy, p => p.Holder == person, p => !p.Suspended)
                .Match(() => claim, c => c.Policy == policy && c.Amount > 20);
            Then()
                .Do(ctx => ctx.InsertLinked(new Finding($"holder {person.Name} {policy.Id} {claim.Id} {claim.Amount}")));
        }
    }

    private sealed class UnblockedPolicyRule : Rule
    {
        public override void Define()
        {
            Policy policy = null!;
            When()
                .Match(() => policy)
                .Not<Block>(b => b.Owner == policy.Holder);
            Then()
                .Do(ctx => ctx.InsertLinked(new Finding($"unblocked {policy.Id} {policy.Suspended}")));
        }
    }

    private sealed class ClaimedPolicyRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            Policy policy = null!;
            When()
                .Match(() => person, p => p.Age >= 18)
                .Match(() => policy, p => p.Holder == person)
                .Exists<Claim>(c => c.Policy == policy, c => c.Amount >= 100);
            Then()
                .Do(ctx => ctx.InsertLinked(new Finding($"claimed {person.Name} {policy.Id} {policy.Suspended}")));
        }
    }

    private sealed class ClaimTotalRule : Rule
    {
        public override void Define()
        {
            Policy policy = null!;
            IReadOnlyList<Claim> claims = null!;
            decimal total = 0;
            When()
                .Match(() => policy)
                .Collect(() => claims, c => c.Policy == policy)
                .Let(() => total, () => claims.Sum(c => c.Amount))
                .Having(() => claims.Count != 1);
            Then()
                .Do(ctx => ctx.InsertLinked(new Finding($"total {policy.Id} {policy.Suspended} {claims.Count} {total}")));
        }
    }

    private sealed class BigClaimRule : Rule
    {
        public override void Define()
        {
            Claim claim = null!;
            Person person = null!;
            When()
                .Match(() => claim, c => c.Amount >= 150)
                .Match(() => person, p => claim.Policy.Holder == p)
                .Not<Block>(b => b.Owner == person);
            Then()
                .Do(ctx => ctx.InsertLinked(new Finding($"big {claim.Id} {claim.Amount} {person.Name}")));
        }
    }
}
