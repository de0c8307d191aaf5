namespace Insurance.Rules.Engine.Tests;

public sealed class LeftHandSideExpressionTests
{
    [Fact]
    public void Match_ThreePatternJoin_FiresOncePerConsistentCombinationInFactOrder()
    {
        using var session = Engine.Session(new ClaimOfHolderRule());
        var ann = new Person("ann");
        var bob = new Person("bob");
        var p1 = new Policy("P1", ann);
        var p2 = new Policy("P2", bob);
        var p3 = new Policy("P3", ann);
        session.InsertAll([ann, bob, p1, p2, p3]);
        session.InsertAll([
            new Claim("C1", p1, 100m),
            new Claim("C2", p2, 50m),
            new Claim("C3", p3, 0m), // fails the alpha condition Amount > 0 (boundary: zero)
            new Claim("C4", p1, 10m),
        ]);

        var fired = session.Fire();

        fired.Should().Be(3);
        session.Query<Finding>().Select(f => f.Text).Should().Equal("ann/P1/C1", "ann/P1/C4", "bob/P2/C2");
    }

    [Fact]
    public void Match_FactCompletingJoinAfterFire_OnlyNewCombinationFires()
    {
        using var session = Engine.Session(new ClaimOfHolderRule());
        var ann = new Person("ann");
        var p1 = new Policy("P1", ann);
        session.InsertAll([ann, p1, new Claim("C1", p1, 1m)]);
        session.Fire().Should().Be(1);

        session.Insert(new Claim("C2", p1, 1m));

        session.Fire().Should().Be(1);
        session.Query<Finding>().Select(f => f.Text).Should().Equal("ann/P1/C1", "ann/P1/C2");
    }

    [Fact]
    public void Match_BaseTypePattern_MatchesFactsOfEverySubtype()
    {
        using var session = Engine.Session(new AnyShapeRule());
        var log = Engine.RecordFirings(session);
        session.InsertAll([new Circle("c"), new Person("not a shape"), new Square("s")]);

        session.Fire();

        log.Should().Equal("AnyShapeRule(Circle { Name = c })", "AnyShapeRule(Square { Name = s })");
    }

    [Fact]
    public void Match_TwoPatternsOfSameType_IncludeSameFactUnlessExcluded()
    {
        using var session = Engine.Session(new PairRule(), new DistinctPairRule());
        var log = Engine.RecordFirings(session);
        session.InsertAll([new Person("ann"), new Person("bob")]);

        session.Fire();

        log.Should().Equal(
            "PairRule(ann, ann)", "PairRule(ann, bob)", "PairRule(bob, ann)", "PairRule(bob, bob)",
            "DistinctPairRule(ann, bob)", "DistinctPairRule(bob, ann)");
    }

    [Fact]
    public void Match_FactInsertedAfterFireIntoTwoPatternsOfSameType_EachNewPairFiresExactlyOnce()
    {
        using var session = Engine.Session(new PairRule());
        session.InsertAll([new Person("ann"), new Person("bob")]);
        session.Fire().Should().Be(4);
        var log = Engine.RecordFirings(session);

        session.Insert(new Person("cid"));

        session.Fire().Should().Be(5);
        log.Should().Equal("PairRule(ann, cid)", "PairRule(bob, cid)", "PairRule(cid, ann)", "PairRule(cid, bob)", "PairRule(cid, cid)");
    }

    [Fact]
    public void Not_BlockingFactInsertedThenRetracted_ActivationCancelledThenRecreated()
    {
        using var session = Engine.Session(new UnblockedPersonRule());
        var ann = new Person("ann");
        var bob = new Person("bob");
        session.InsertAll([ann, bob]);
        session.Fire().Should().Be(2);
        session.Query<Derived>().Select(d => d.Person).Should().Equal(ann, bob);

        var block = new Block(ann);
        session.Insert(block);
        session.Fire().Should().Be(0);
        session.Query<Derived>().Select(d => d.Person).Should().Equal(bob);

        session.Retract(block);
        session.Fire().Should().Be(1);
        session.Query<Derived>().Select(d => d.Person).Should().Equal(bob, ann);
    }

    [Fact]
    public void Not_BlockingFactOfOtherPerson_DoesNotCancel()
    {
        using var session = Engine.Session(new UnblockedPersonRule());
        var ann = new Person("ann");
        session.Insert(ann);
        session.Fire().Should().Be(1);

        session.Insert(new Block(new Person("someone else")));

        session.Fire().Should().Be(0);
        session.Query<Derived>().Should().ContainSingle();
    }

    [Fact]
    public void Exists_FactsComeAndGo_HoldsWhileAtLeastOneMatchesAndNeverMultiplies()
    {
        using var session = Engine.Session(new PolicyWithClaimsRule());
        var p1 = new Policy("P1", new Person("ann"));
        session.Insert(p1);
        session.Fire().Should().Be(0, "no claim yet");

        var c1 = new Claim("C1", p1, 1m);
        var c2 = new Claim("C2", p1, 1m);
        session.Insert(c1);
        session.Fire().Should().Be(1);
        session.Insert(c2);
        session.Fire().Should().Be(0, "a second claim does not create a second activation");
        session.Update(c2);
        session.Fire().Should().Be(0, "updating a fact seen only through Exists does not re-fire");

        session.Retract(c1);
        session.Fire().Should().Be(0);
        session.Query<Finding>().Should().ContainSingle("one claim still exists");

        session.Retract(c2);
        session.Fire().Should().Be(0);
        session.Query<Finding>().Should().BeEmpty("the last claim is gone, so the linked finding is retracted");

        session.Insert(new Claim("C3", p1, 1m));
        session.Fire().Should().Be(1);
        session.Query<Finding>().Should().ContainSingle();
    }

    [Fact]
    public void LetAndHaving_ComputedShare_FiltersAtBoundaryAndReachesAction()
    {
        using var session = Engine.Session(new LargeShareRule());
        var p1 = new Policy("P1", new Person("ann"));
        session.InsertAll([
            p1,
            new Claim("C1", p1, 100m),   // share 50: exactly on the threshold, kept
            new Claim("C2", p1, 99.98m), // share 49.99: just below, dropped
            new Claim("C3", p1, 200m),   // share 100, doubled 200
        ]);

        session.Fire();

        session.Query<Finding>().Select(f => f.Text).Should().Equal("C1:50:100", "C3:100:200");
    }

    [Fact]
    public void Let_UpdatedFact_ValueRecomputedForTheRefiring()
    {
        using var session = Engine.Session(new LargeShareRule());
        var p1 = new Policy("P1", new Person("ann"));
        var claim = new Claim("C1", p1, 100m);
        session.InsertAll([p1, claim]);
        session.Fire();

        claim.Amount = 300m;
        session.Update(claim);
        session.Fire().Should().Be(1);

        session.Query<Finding>().Select(f => f.Text).Should().Equal("C1:50:100", "C1:150:300");
    }

    [Fact]
    public void Having_ConditionBecomesFalseAfterUpdate_ActivationCancelled()
    {
        using var session = Engine.Session(new LargeShareRule());
        var cancelled = new List<string>();
        session.Events.ActivationCancelled += (_, e) => cancelled.Add(e.Rule.Name);
        var p1 = new Policy("P1", new Person("ann"));
        var claim = new Claim("C1", p1, 100m);
        session.InsertAll([p1, claim]);
        session.Fire();

        claim.Amount = 10m;
        session.Update(claim);

        session.Fire().Should().Be(0);
        cancelled.Should().Equal("LargeShareRule");
    }

    [Fact]
    public void Collect_FactsComeAndGo_ListRecomputedAndRuleRefires()
    {
        var log = new List<string>();
        using var session = Engine.Session(new ClaimsPerPolicyRule(log));
        var p1 = new Policy("P1", new Person("ann"));
        var p2 = new Policy("P2", new Person("bob"));
        session.Insert(p1);
        session.Fire();
        log.Should().Equal(["P1:"], "an empty list still matches");

        var c1 = new Claim("C1", p1, 1m);
        session.Insert(c1);
        session.Fire();
        session.Insert(new Claim("C2", p2, 1m)); // another policy's claim: P1's list is unchanged
        session.Fire().Should().Be(0);
        var c3 = new Claim("C3", p1, 1m);
        session.Insert(c3);
        session.Fire();
        session.Retract(c1);
        session.Fire();
        session.Update(c3); // a member changed: the list is recomputed and the rule fires again
        session.Fire();
        session.Retract(c3);
        session.Fire();

        log.Should().Equal("P1:", "P1:C1", "P1:C1+C3", "P1:C3", "P1:C3", "P1:");
    }

    [Fact]
    public void Collect_OtherPolicysClaimUpdated_ListUnchangedSoNoRefire()
    {
        var log = new List<string>();
        using var session = Engine.Session(new ClaimsPerPolicyRule(log));
        var p1 = new Policy("P1", new Person("ann"));
        var p2 = new Policy("P2", new Person("bob"));
        var foreign = new Claim("C9", p2, 1m);
        session.InsertAll([p1, new Claim("C1", p1, 1m), foreign]);
        session.Fire().Should().Be(1);

        // The rule is re-evaluated (a Claim changed) but P1's list has the same members with the same versions.
        session.Update(foreign);
        session.Fire().Should().Be(0);

        session.Update(p1);
        session.Fire().Should().Be(1, "the policy itself is a matched fact");
        log.Should().Equal("P1:C1", "P1:C1");
    }

    [Fact]
    public void Collect_WithoutPrecedingMatch_OneActivationWhoseListFollowsInsertionOrder()
    {
        using var session = Engine.Session(new AtLeastTwoItemsRule());
        var log = Engine.RecordFirings(session);
        var three = new Item(3);
        session.Insert(three);
        session.Fire().Should().Be(0, "Having needs two items");

        session.Insert(new Item(1));
        session.Fire().Should().Be(1);
        session.Insert(new Item(2));
        session.Fire().Should().Be(1);
        session.Retract(three);
        session.Fire().Should().Be(1);

        log.Should().Equal(
            "AtLeastTwoItemsRule([Item { Number = 3 }, Item { Number = 1 }])",
            "AtLeastTwoItemsRule([Item { Number = 3 }, Item { Number = 1 }, Item { Number = 2 }])",
            "AtLeastTwoItemsRule([Item { Number = 1 }, Item { Number = 2 }])");
    }

    [Fact]
    public void Collect_ListDropsBelowHaving_ActivationCancelledAndLinkedFactRetracted()
    {
        using var session = Engine.Session(new AtLeastTwoItemsRule());
        var one = new Item(1);
        session.InsertAll([one, new Item(2)]);
        session.Fire();
        session.Query<Finding>().Should().ContainSingle();

        session.Retract(one);
        session.Fire();

        session.Query<Finding>().Should().BeEmpty();
    }

    private sealed class ClaimOfHolderRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            Policy policy = null!;
            Claim claim = null!;
            When()
                .Match(() => person)
                .Match(() => policy, p => p.Holder == person)
                .Match(() => claim, c => c.Policy == policy, c => c.Amount > 0);
            Then()
                .Do(ctx => ctx.Insert(new Finding(person.Name + "/" + policy.Id + "/" + claim.Id)));
        }
    }

    private sealed class AnyShapeRule : Rule
    {
        public override void Define()
        {
            Shape shape = null!;
            When().Match(() => shape);
            Then().Do(ctx => ctx.Rule.Name.ToString());
        }
    }

    private sealed class PairRule : Rule
    {
        public override void Define()
        {
            Person first = null!;
            Person second = null!;
            When().Match(() => first).Match(() => second);
            Then().Do(ctx => first.ToString());
        }
    }

    private sealed class DistinctPairRule : Rule
    {
        public override void Define()
        {
            Person first = null!;
            Person second = null!;
            When().Match(() => first).Match(() => second, p => p != first);
            Then().Do(ctx => first.ToString());
        }
    }

    private sealed class UnblockedPersonRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When()
                .Match(() => person)
                .Not<Block>(b => b.Owner == person);
            Then()
                .Do(ctx => ctx.InsertLinked(new Derived(person, "unblocked")));
        }
    }

    private sealed class PolicyWithClaimsRule : Rule
    {
        public override void Define()
        {
            Policy policy = null!;
            When()
                .Match(() => policy)
                .Exists<Claim>(c => c.Policy == policy);
            Then()
                .Do(ctx => ctx.InsertLinked(new Finding("has claims: " + policy.Id)));
        }
    }

    private sealed class LargeShareRule : Rule
    {
        public override void Define()
        {
            Policy policy = null!;
            Claim claim = null!;
            decimal share = 0;
            decimal doubled = 0;
            When()
                .Match(() => policy)
                .Match(() => claim, c => c.Policy == policy)
                .Let(() => share, () => claim.Amount / 2)
                .Having(() => share >= 50m)
                .Let(() => doubled, () => share * 2);
            Then()
                .Do(ctx => ctx.Insert(new Finding(claim.Id + ":" + share + ":" + doubled)));
        }
    }

    private sealed class ClaimsPerPolicyRule(List<string> log) : Rule
    {
        public override void Define()
        {
            Policy policy = null!;
            IReadOnlyList<Claim> claims = null!;
            When()
                .Match(() => policy)
                .Collect(() => claims, c => c.Policy == policy);
            Then()
                .Do(ctx => log.Add(policy.Id + ":" + string.Join("+", claims.Select(c => c.Id))));
        }
    }

    private sealed class AtLeastTwoItemsRule : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Item> items = null!;
            When()
                .Collect(() => items)
                .Having(() => items.Count >= 2);
            Then()
                .Do(ctx => ctx.InsertLinked(new Finding("items: " + items.Count)));
        }
    }
}
