using Insurance.Rules.Domain.Packs;

namespace Insurance.Rules.Tests.Calculator;

/// <summary>
/// The constructor loads packs and texts on a pool thread while it compiles the rules; what it builds and what it
/// throws must be what a sequential build gives.
/// </summary>
public sealed class EligibilityCalculatorConstructionTests
{
    private static readonly string Malformed = RepoPaths.Combine("tests", "Insurance.Rules.Domain.Tests", "TestData", "Packs", "Malformed", "invalid-region.yaml");
    private static readonly string Wuhan = RepoPaths.Combine("tests", "Insurance.Rules.Domain.Tests", "TestData", "Packs", "User", "wuhan");

    [Fact]
    public void Constructor_MalformedUserPack_ThrowsThePackErrorItself()
    {
        var options = new CalculatorOptions();
        options.ExtraPackPaths.Add(Malformed);

        var build = () => new EligibilityCalculator(options);

        // Not wrapped (no AggregateException or TargetInvocationException from the other thread).
        build.Should().ThrowExactly<PackLoadException>().Which.Message.Should().Contain("invalid-region.yaml:1");
    }

    [Fact]
    public void Constructor_UserPacks_AreThoseOfThisCalculatorOnly()
    {
        var options = new CalculatorOptions();
        options.ExtraPackPaths.Add(Wuhan);

        var withWuhan = new EligibilityCalculator(options);
        var plain = new EligibilityCalculator();

        withWuhan.Packs.Find("420100")?.NameEn.Should().Be("Wuhan");
        plain.Packs.Find("420100").Should().BeNull();
        withWuhan.Rules.Should().HaveCount(plain.Rules.Count).And.NotBeEmpty();
        withWuhan.Texts.Codes.Should().BeEquivalentTo(plain.Texts.Codes);
    }

    [Fact]
    public void Constructor_ManyAtOnce_AllComplete()
    {
        // More constructions than pool threads at start: each one does the pack work itself if no pool thread has
        // taken it by the time its rules are compiled.
        var built = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(16)
            .Select(_ => new EligibilityCalculator())
            .ToList();

        built.Should().HaveCount(16).And.OnlyContain(c => c.Packs.Packs.Count == EligibilityCalculator.Default.Packs.Packs.Count);
    }

    [Fact]
    public async Task Prepare_AlongsideTheFirstEvaluations_ChangesNoResult()
    {
        var cases = Directory.GetFiles(RepoPaths.Combine("samples", "cases"), "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var reference = cases.Select(c => Insurance.Rules.Domain.Json.ResultJson.Serialize(EligibilityCalculator.Default.EvaluateJson(c).Result!)).ToList();

        var fresh = new EligibilityCalculator();
        var preparing = Task.Run(fresh.Prepare);
        var results = cases.Select(c => Insurance.Rules.Domain.Json.ResultJson.Serialize(fresh.EvaluateJson(c).Result!)).ToList();
        await preparing;
        fresh.Prepare();

        cases.Should().HaveCountGreaterThan(5);
        results.Should().Equal(reference);
    }
}
