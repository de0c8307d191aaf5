using Insurance.Rules.Domain.Packs;

namespace Insurance.Rules.Domain.Tests.Mutation;

/// <summary>
/// The malformed-pack kinds the Packs tests did not pin to an exact message (file, line and text). Each message
/// names the place and what is expected there, so a pack author can fix the file without reading code.
/// </summary>
public sealed class PackLoadMessageTests
{
    private const string Head = "region: \"420100\"\nname: x\nnameEn: x\nparent: CN\n";

    public static TheoryData<string, int, string> Malformed => new()
    {
        { "region: \"420100\"\nname: 武汉市\nparent: CN\n", 1, "t.yaml:1: 'nameEn' is required" },
        { "region: \"420100\"\nname: x\nnameEn: x\nparent: \"12\"\n", 4, "t.yaml:4: parent: '12' is not a valid region code" },
        { Head + "---\nregion: \"420200\"\n", 6, "t.yaml:6: only one YAML document per pack file" },
        { Head + "aliases: wuhan\n", 5, "t.yaml:5: aliases: expected a list of aliases, e.g. [yichang]" },
        { Head + "values: [a, b]\n", 5, "t.yaml:5: values: expected a mapping of value keys to lists of entries" },
        { Head + "values:\n  gap.longWaitMonths:\n    - 4\n", 7, "t.yaml:7: values.gap.longWaitMonths[0]: expected an entry mapping (value, effectiveFrom, source, ...)" },
        { Head + "values:\n  yc.variant:\n    - { value: \" \", effectiveFrom: 2000-01-01, source: s }\n", 7, "t.yaml:7: values.yc.variant[0].value: expected a non-empty string" },
        { Head + "values:\n  incentive.raisePerYear:\n    - { value: -5, effectiveFrom: 2000-01-01, source: s }\n", 7, "t.yaml:7: values.incentive.raisePerYear[0].value: expected a non-negative decimal, got '-5'" },
        { Head + "values:\n  incentive.raisePerYear:\n    - { value: 1.5e3, effectiveFrom: 2000-01-01, source: s }\n", 7, "t.yaml:7: values.incentive.raisePerYear[0].value: expected a non-negative decimal, got '1.5e3'" },
        { Head + "values:\n  payment.window:\n    - { value: 26, effectiveFrom: 2000-01-01, source: s }\n", 7, "t.yaml:7: values.payment.window[0].value: expected a map with keys startDay, endDay, got '26'" },
        { Head + "values:\n  steps.suspension.channels:\n    - { value: [], effectiveFrom: 2000-01-01, source: s }\n", 7, "t.yaml:7: values.steps.suspension.channels[0].value: expected a non-empty list, got a list" },
        { Head + "values:\n  steps.suspension.channels:\n    - { value: app, effectiveFrom: 2000-01-01, source: s }\n", 7, "t.yaml:7: values.steps.suspension.channels[0].value: expected a non-empty list, got 'app'" },
        { Head + "values:\n  gap.longWaitMonths:\n    - { value: [4], effectiveFrom: 2000-01-01, source: s }\n", 7, "t.yaml:7: values.gap.longWaitMonths[0].value: expected a non-negative int, got a list" },
        { Head + "values:\n  gap.longWaitMonths:\n    - { value: { n: 4 }, effectiveFrom: 2000-01-01, source: s }\n", 7, "t.yaml:7: values.gap.longWaitMonths[0].value: expected a non-negative int, got a mapping" },
        { Head + "values:\n  gap.longWaitMonths:\n    - { value: 4, effectiveFrom: 2000-01-01, source: [a] }\n", 7, "t.yaml:7: values.gap.longWaitMonths[0].source: expected text, got a list" },
        { Head + "values:\n  gap.longWaitMonths:\n    - { value: 4, effectiveFrom: 2000-01-01, effectiveTo: 2001-13-01, source: s }\n", 7, "t.yaml:7: values.gap.longWaitMonths[0].effectiveTo: expected a date (yyyy-MM-dd), got '2001-13-01'" },
        { Head + "values:\n  gap.longWaitMonths:\n    - { value: four, effectiveFrom: 2000-01-01, source: s }\n", 7, "t.yaml:7: values.gap.longWaitMonths[0].value: expected a non-negative int, got 'four'" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void LoadFromText_MalformedPack_ExactMessageAndLine(string yaml, int line, string message)
    {
        var ex = FluentActions.Invoking(() => PackRegistry.LoadFromText("t.yaml", yaml))
            .Should().Throw<PackLoadException>().Which;

        ex.Message.Should().Be(message);
        ex.Line.Should().Be(line);
    }

    [Fact]
    public void LoadFromText_CityWithoutCn_ExactMessage()
    {
        var ex = FluentActions.Invoking(() => PackRegistry.LoadFromText("t.yaml", Head, includeEmbedded: false))
            .Should().Throw<PackLoadException>().Which;

        ex.Message.Should().Be("t.yaml: no CN pack is loaded: every pack chain ends with the national baseline (include the embedded packs or supply a CN pack)");
        ex.Line.Should().Be(0);
    }
}
