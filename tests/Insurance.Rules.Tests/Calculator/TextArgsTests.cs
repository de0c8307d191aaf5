using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Pipeline;

namespace Insurance.Rules.Tests.Calculator;

/// <summary>
/// The arguments a step or assumption text is filled with: the rule's first (null as empty text), then <c>where</c>,
/// then a carrying pack value's <c>value</c>, <c>source</c> and <c>key</c>, each name answered by the first that has it.
/// </summary>
public sealed class TextArgsTests
{
    private static readonly PackValue AnyPackValue = PackRegistry.LoadEmbedded().For("420500").Chain[0].Values.First().Value[0];

    [Fact]
    public void For_Step_RuleArgumentsThenWhere_NullAsEmptyText()
    {
        var args = TextArgs.For(new Dictionary<string, object?> { ["months"] = 4, ["none"] = null }, "宜昌市医保窗口");

        args["months"].Should().Be(4);
        args["none"].Should().Be(string.Empty);
        args["where"].Should().Be("宜昌市医保窗口");
        args.TryGetValue("value", out _).Should().BeFalse("a step carries no pack value");
        args.Keys.Should().Equal("months", "none", "where");
        args.Count.Should().Be(3);
    }

    [Fact]
    public void For_StepWithoutWhere_WhereIsEmptyText()
    {
        TextArgs.For(null)["where"].Should().Be(string.Empty);
    }

    [Fact]
    public void For_AssumptionWithPackValue_RuleArgumentsWinOverWhereAndPackNames()
    {
        var args = TextArgs.For(new Dictionary<string, object?> { ["where"] = "given", ["value"] = "rule's" }, AnyPackValue);

        args["where"].Should().Be("given", "the rule's argument comes first");
        args["value"].Should().Be("rule's");
        args["source"].Should().Be(AnyPackValue.Source);
        args["key"].Should().Be(AnyPackValue.Key);
        args.Keys.Should().Equal("where", "value", "source", "key");
        args.ToDictionary(p => p.Key, p => p.Value).Should().HaveCount(4);
        var missing = () => args["other"];
        missing.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void For_AssumptionWithoutArguments_PackValueAnswers()
    {
        var args = TextArgs.For(null, AnyPackValue);

        args["value"].Should().Be(AnyPackValue.Value);
        args.ContainsKey("source").Should().BeTrue();
        args.ContainsKey("where").Should().BeTrue();
    }
}
