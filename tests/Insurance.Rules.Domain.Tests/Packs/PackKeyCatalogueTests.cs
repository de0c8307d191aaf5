using System.Reflection;
using Insurance.Rules.Domain.Packs;

namespace Insurance.Rules.Domain.Tests.Packs;

public class PackKeyCatalogueTests
{
    [Fact]
    public void All_Keys_AreUniqueAndDescribed()
    {
        PackKeyCatalogue.All.Select(d => d.Key).Should().OnlyHaveUniqueItems();
        PackKeyCatalogue.All.Should().OnlyContain(d => d.Description.Length > 10);
    }

    [Fact]
    public void PackKeys_EveryConstant_IsInTheCatalogueAndEveryKeyHasAConstant()
    {
        var constants = typeof(PackKeys).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();
        constants.Should().BeEquivalentTo(PackKeyCatalogue.All.Select(d => d.Key));
    }

    [Theory]
    [InlineData("gap.flexible.rule", PackValueType.String)]
    [InlineData("gap.shortMaxMonths", PackValueType.Int)]
    [InlineData("incentive.raisePerYear", PackValueType.Decimal)]
    [InlineData("flex.hukouRequired", PackValueType.Bool)]
    [InlineData("payment.window", PackValueType.Map)]
    [InlineData("tj.documents.first", PackValueType.List)]
    public void Get_KnownKey_HasType(string key, PackValueType type) => PackKeyCatalogue.Get(key).Type.Should().Be(type);

    [Fact]
    public void All_PatternsOfItemsAndMapKeys_AreValidAnchoredExpressions()
    {
        // The expressions are built on first use (a cold start never needs them), so prove here that each one builds
        // (an invalid pattern throws) and is anchored at both ends.
        var checkedPatterns = 0;
        foreach (var definition in PackKeyCatalogue.All)
        {
            if (definition.ItemPattern is not null)
            {
                definition.ItemRegex!.ToString().Should().Be("^(?:" + definition.ItemPattern + ")$");
                checkedPatterns++;
            }
            else
            {
                definition.ItemRegex.Should().BeNull();
            }

            foreach (var mapKey in definition.MapKeys)
            {
                mapKey.Regex.ToString().Should().Be("^(?:" + mapKey.Pattern + ")$");
                checkedPatterns++;
            }
        }

        checkedPatterns.Should().BeGreaterThan(0);
    }

    [Fact]
    public void TryGet_UnknownKey_False() => PackKeyCatalogue.TryGet("gap.flexible.rul", out _).Should().BeFalse();

    [Fact]
    public void Get_UnknownKey_Throws()
        => FluentActions.Invoking(() => PackKeyCatalogue.Get("nope")).Should().Throw<ArgumentException>();

    [Fact]
    public void GapFlexibleRule_AllowedValues_AreTheRuleFamilies()
        => PackKeyCatalogue.Get(PackKeys.GapFlexibleRule).AllowedValues
            .Should().Equal("CN-TRANSFER", "YC-FLEX-BAND", "NB-REJOIN", "SD-FLEX", "CZ-FLEX");

    [Fact]
    public void PackAuthoringDoc_ListsEveryKey()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "pack-authoring.md"));
        foreach (var definition in PackKeyCatalogue.All)
        {
            doc.Should().Contain($"`{definition.Key}`", because: "the key table in docs/pack-authoring.md must list every key");
        }
    }

    [Fact]
    public void PackAuthoringDoc_WorkedExample_IsTheTestedWuhanPack()
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "pack-authoring.md")).ReplaceLineEndings("\n");
        var example = File.ReadAllText(TestPaths.User(Path.Combine("wuhan", "420100.yaml"))).ReplaceLineEndings("\n");
        doc.Should().Contain(example.TrimEnd('\n'), because: "the worked example must be the pack the tests load");
    }
}
