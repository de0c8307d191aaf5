using Insurance.Rules.Engine.Tests.LoadableRules;

namespace Insurance.Rules.Engine.Tests;

public sealed class RuleRepositoryTests
{
    [Fact]
    public void Load_TagFilter_LoadsOnlyTaggedConstructibleRulesSortedByFullName()
    {
        var repository = new RuleRepository().Load([typeof(RuleRepositoryTests).Assembly], r => r.Tags.Contains(Tags.Load));

        // Ordinal full-name order, whatever the declaration order (Zeta is declared first): "…Holder+Nested…" sorts
        // between Alpha and InheritedTag; the abstract base, the rule without a parameterless constructor and the
        // open generic rule are skipped.
        repository.Rules.Select(r => r.Name).Should().Equal("AlphaLoadableRule", "NestedLoadableRule", "InheritedTagRule", "ZetaLoadableRule");
    }

    [Fact]
    public void Load_TagFilter_CompiledRulesFireInDeclarationOrder()
    {
        var factory = new RuleRepository().Load([typeof(RuleRepositoryTests).Assembly], r => r.Tags.Contains(Tags.Load)).Compile();
        using var session = factory.CreateSession();
        session.Insert(new Item(1));

        session.Fire();

        session.Query<Finding>().Select(f => f.Text).Should().Equal("alpha 1", "nested 1", "inherited 1", "zeta 1");
    }

    [Fact]
    public void Load_WithoutFilter_FindsEveryConstructibleRuleAndNoOther()
    {
        var repository = new RuleRepository().Load(typeof(RuleRepositoryTests).Assembly);

        var types = repository.Rules.Select(r => r.RuleType).ToList();
        types.Should().Contain([typeof(AlphaLoadableRule), typeof(OtherTagRule), typeof(ZetaLoadableRule)]);
        types.Should().Contain(typeof(Holder.NestedLoadableRule));
        types.Should().NotContain([typeof(NeedsArgumentRule), typeof(LoadableBaseRule), typeof(GenericLoadableRule<>)]);
        types.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Load_TwoFilterCalls_RulesKeepCallOrder()
    {
        var repository = new RuleRepository()
            .Load([typeof(RuleRepositoryTests).Assembly], r => r.Tags.Contains(Tags.Other))
            .Load([typeof(RuleRepositoryTests).Assembly], r => r.Name == "AlphaLoadableRule");

        repository.Rules.Select(r => r.Name).Should().Equal("OtherTagRule", "AlphaLoadableRule");
    }

    [Fact]
    public void Definition_AllAttributes_ReadIntoMetadata()
    {
        var factory = Engine.Compile(new FullyDescribedRule());

        var rule = factory.Rules.Should().ContainSingle().Subject;
        rule.Name.Should().Be("CN-TRANSFER-SHORT-GAP");
        rule.Description.Should().Be("A gap of at most 3 months keeps continuity.");
        rule.Tags.Should().Equal("CN", "transfer");
        rule.Priority.Should().Be(7);
        rule.BasisId.Should().Be("CN-TRANSFER-SHORT");
        rule.BasisSource.Should().Be("医保办发〔2021〕43号《基本医疗保险关系转移接续暂行办法》");
        rule.RuleType.Should().Be<FullyDescribedRule>();
    }

    [Fact]
    public void Definition_NoAttributes_NameIsClassNameAndDefaultsApply()
    {
        var repository = new RuleRepository().Add(new PlainRule());

        var rule = repository.Rules.Should().ContainSingle().Subject;
        rule.Name.Should().Be("PlainRule");
        rule.Description.Should().BeNull();
        rule.Tags.Should().BeEmpty();
        rule.Priority.Should().Be(0);
        rule.BasisId.Should().BeNull();
        rule.BasisSource.Should().BeNull();
    }

    [Fact]
    public void Definition_InheritedTag_CombinedWithOwnTag()
    {
        var repository = new RuleRepository().Add(new InheritedTagRule());

        repository.Rules.Single().Tags.Should().BeEquivalentTo(["extra", Tags.Load]);
    }

    [Fact]
    public void Compile_DefineCalledOncePerCompile_NotPerSession()
    {
        var rule = new CountingRule();
        var factory = Engine.Compile(rule);
        for (var i = 0; i < 3; i++)
        {
            using var session = factory.CreateSession();
            session.Insert(new Item(i));
            session.Fire();
        }

        rule.DefineCalls.Should().Be(1);
    }

    [Fact]
    public void Compile_AliasFieldOfRuleClass_NeverReadOrWrittenAtRunTime()
    {
        var rule = new FieldAliasRule();
        using var session = Engine.Session(rule);
        var ann = new Person("ann");
        session.InsertAll([ann, new Person("bob"), new Block(ann)]);

        session.Fire();

        session.Query<Finding>().Select(f => f.Text).Should().Equal("blocked ann");
        rule.PersonField.Should().BeNull("the engine reads variables from the match, not from the field");
    }

    [Fact]
    public void Compile_ConditionUsesVariableBoundLater_ThrowsNamingRuleAndVariable()
    {
        var act = () => Engine.Compile(new LaterVariableRule());

        var thrown = act.Should().Throw<RuleDefinitionException>().Which;
        thrown.RuleName.Should().Be("LaterVariableRule");
        thrown.Message.Should().Contain("'person'").And.Contain("before it is bound");
    }

    [Fact]
    public void Compile_CollectConditionUsesItsOwnList_Throws()
    {
        var act = () => Engine.Compile(new SelfReferencingCollectRule());

        act.Should().Throw<RuleDefinitionException>().WithMessage("*'claims'*before it is bound*");
    }

    [Fact]
    public void Compile_CapturedLocalThatIsNoVariable_ReadAsClosureValue()
    {
        // A captured local that no element binds is an ordinary closure value, exactly as in NRules; only declared
        // variables are rewritten.
        using var session = Engine.Session(new CapturedConstantRule());
        session.Insert(new Item(1));

        session.Fire();

        session.Query<Finding>().Single().Text.Should().Be("limit 3");
    }

    [Fact]
    public void Compile_NoActions_Throws()
        => FluentActions.Invoking(() => Engine.Compile(new NoThenRule()))
            .Should().Throw<RuleDefinitionException>().WithMessage("*no action*").Which.RuleName.Should().Be("NoThenRule");

    [Fact]
    public void Compile_NoPatterns_Throws()
        => FluentActions.Invoking(() => Engine.Compile(new OnlyHavingRule()))
            .Should().Throw<RuleDefinitionException>().WithMessage("*no pattern*");

    [Fact]
    public void Compile_AliasIsNotAVariable_Throws()
        => FluentActions.Invoking(() => Engine.Compile(new ComputedAliasRule()))
            .Should().Throw<RuleDefinitionException>().WithMessage("*alias*");

    [Fact]
    public void Compile_VariableBoundTwice_Throws()
        => FluentActions.Invoking(() => Engine.Compile(new BoundTwiceRule()))
            .Should().Throw<RuleDefinitionException>().WithMessage("*'person' is bound twice*");

    [Fact]
    public void Compile_DefineThrows_WrappedWithRuleName()
    {
        var thrown = FluentActions.Invoking(() => Engine.Compile(new ThrowingDefineRule()))
            .Should().Throw<RuleDefinitionException>().Which;

        thrown.RuleName.Should().Be("ThrowingDefineRule");
        thrown.InnerException.Should().BeOfType<NotSupportedException>();
    }

    [Fact]
    public void Compile_TwoRulesWithSameName_Throws()
        => FluentActions.Invoking(() => Engine.Compile(new SameNameOneRule(), new SameNameTwoRule()))
            .Should().Throw<RuleDefinitionException>().WithMessage("*same name*").Which.RuleName.Should().Be("Duplicate");

    [Fact]
    public void When_CalledOutsideDefine_Throws()
        => FluentActions.Invoking(() => new OutsideDefineRule().CallWhen())
            .Should().Throw<InvalidOperationException>();

    [Name("CN-TRANSFER-SHORT-GAP")]
    [Description("A gap of at most 3 months keeps continuity.")]
    [Tag("CN")]
    [Tag("transfer")]
    [Priority(7)]
    [Basis("CN-TRANSFER-SHORT", "医保办发〔2021〕43号《基本医疗保险关系转移接续暂行办法》")]
    private sealed class FullyDescribedRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => item.ToString());
        }
    }

    private sealed class PlainRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => item.ToString());
        }
    }

    private sealed class CountingRule : Rule
    {
        public int DefineCalls { get; private set; }

        public override void Define()
        {
            DefineCalls++;
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => item.ToString());
        }
    }

    private sealed class FieldAliasRule : Rule
    {
        private Person _person = null!;
        private Block _block = null!;

        public Person? PersonField => _person;

        public override void Define()
        {
            When()
                .Match(() => _person)
                .Match(() => _block, b => b.Owner == _person);
            Then()
                .Do(ctx => ctx.Insert(new Finding("blocked " + _person.Name + (_block == null ? "?" : string.Empty))));
        }
    }

    private sealed class LaterVariableRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            Policy policy = null!;
            When()
                .Match(() => policy, p => p.Holder == person)
                .Match(() => person);
            Then().Do(ctx => policy.ToString());
        }
    }

    private sealed class SelfReferencingCollectRule : Rule
    {
        public override void Define()
        {
            IReadOnlyList<Claim> claims = null!;
            When().Collect(() => claims, c => claims.Count > 0);
            Then().Do(ctx => claims.ToString());
        }
    }

    private sealed class CapturedConstantRule : Rule
    {
        public override void Define()
        {
            var limit = 3;
            Item item = null!;
            When().Match(() => item, i => i.Number < limit);
            Then().Do(ctx => ctx.Insert(new Finding("limit " + limit)));
        }
    }

    private sealed class NoThenRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
        }
    }

    private sealed class OnlyHavingRule : Rule
    {
        public override void Define()
        {
            When().Having(() => true);
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class ComputedAliasRule : Rule
    {
        public override void Define()
        {
            When().Match(() => new Item(1));
            Then().Do(ctx => ctx.Halt());
        }
    }

    private sealed class BoundTwiceRule : Rule
    {
        public override void Define()
        {
            Person person = null!;
            When().Match(() => person).Match(() => person);
            Then().Do(ctx => person.ToString());
        }
    }

    private sealed class ThrowingDefineRule : Rule
    {
        public override void Define() => throw new NotSupportedException("not today");
    }

    [Name("Duplicate")]
    private sealed class SameNameOneRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => item.ToString());
        }
    }

    [Name("Duplicate")]
    private sealed class SameNameTwoRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => item.ToString());
        }
    }

    private sealed class OutsideDefineRule : Rule
    {
        public override void Define()
        {
        }

        public ILeftHandSideExpression CallWhen() => When();
    }
}
