using Insurance.Rules.Domain.Packs;

namespace Insurance.Rules.Domain.Tests.Packs;

public partial class PackRegistryTests
{
    private const string TopLevelKeys = "region, name, nameEn, parent, aliases, values";

    // fixture (under TestData/Packs/Malformed), offending file, line, full message
    public static TheoryData<string, string, int, string> MalformedPacks => new()
    {
        {
            "syntax-error.yaml", "syntax-error.yaml", 9,
            "syntax-error.yaml:9: YAML syntax error: While scanning a multi-line double-quoted scalar, found wrong indentation."
        },
        {
            "unknown-top-level-key.yaml", "unknown-top-level-key.yaml", 5,
            $"unknown-top-level-key.yaml:5: valuez: unknown top-level key (allowed: {TopLevelKeys})"
        },
        {
            "unknown-value-key.yaml", "unknown-value-key.yaml", 10,
            "unknown-value-key.yaml:10: values.gap.flexible.rul: unknown value key (not in the key catalogue; did you mean 'gap.flexible.rule'?)"
        },
        {
            "wrong-type.yaml", "wrong-type.yaml", 11,
            "wrong-type.yaml:11: values.gap.longWaitMonths[1].value: expected a non-negative int, got 'four months'"
        },
        {
            "overlapping-ranges.yaml", "overlapping-ranges.yaml", 10,
            "overlapping-ranges.yaml:10: values.gap.flexible.rule[1]: effective range 2020-01-01..open overlaps 2015-01-01..open"
        },
        {
            "missing-source.yaml", "missing-source.yaml", 13,
            "missing-source.yaml:13: values.gap.longWaitMonths[0]: 'source' is required and must not be empty"
        },
        {
            "missing-effective-from.yaml", "missing-effective-from.yaml", 11,
            "missing-effective-from.yaml:11: values.gap.longWaitMonths[1]: 'effectiveFrom' is required"
        },
        {
            "unknown-parent.yaml", "unknown-parent.yaml", 4,
            "unknown-parent.yaml:4: parent: parent '430000' has no pack (load it first, or name an existing parent such as CN)"
        },
        {
            "parent-cycle", Path.Combine("parent-cycle", "420100.yaml"), 4,
            "420100.yaml:4: parent: parent cycle 420100 -> 420200 -> 420100"
        },
        {
            "duplicate-alias.yaml", "duplicate-alias.yaml", 7,
            "duplicate-alias.yaml:7: aliases[1]: alias 'yichang' is already used by 420500 (420500.yaml:9)"
        },
        {
            "duplicate-region", Path.Combine("duplicate-region", "b.yaml"), 2,
            "b.yaml:2: region: region 420100 is already defined in a.yaml"
        },
        {
            "invalid-region.yaml", "invalid-region.yaml", 1,
            "invalid-region.yaml:1: region: '710000' is not a valid region code (CN, or six digits starting with a province-level code)"
        },
        {
            "value-not-allowed.yaml", "value-not-allowed.yaml", 7,
            "value-not-allowed.yaml:7: values.gap.employee.rule[0].value: 'WH-GAP' is not one of: CN-TRANSFER, ZH-GAP, NB-REJOIN"
        },
        {
            "effective-to-before-from.yaml", "effective-to-before-from.yaml", 9,
            "effective-to-before-from.yaml:9: values.gap.longWaitMonths[0].effectiveTo: 2019-12-31 is before effectiveFrom 2020-01-01"
        },
        {
            "map-missing-key.yaml", "map-missing-key.yaml", 7,
            "map-missing-key.yaml:7: values.payment.window[0].value: missing map key(s): endDay"
        },
        {
            "missing-parent.yaml", "missing-parent.yaml", 1,
            "missing-parent.yaml:1: 'parent' is required (every pack except CN names its parent, e.g. parent: CN)"
        },
        {
            "unknown-entry-key.yaml", "unknown-entry-key.yaml", 9,
            "unknown-entry-key.yaml:9: values.gap.longWaitMonths[0].sources: unknown entry key (allowed: value, effectiveFrom, effectiveTo, source, note, assumption)"
        },
    };

    [Theory]
    [MemberData(nameof(MalformedPacks))]
    public void Load_MalformedPack_FailsWithFileLineAndMessage(string fixture, string offendingFile, int line, string message)
    {
        var ex = FluentActions.Invoking(() => PackRegistry.Load([TestPaths.Malformed(fixture)]))
            .Should().Throw<PackLoadException>().Which;

        ex.Message.Should().Be(message);
        ex.Line.Should().Be(line);
        ex.FilePath.Should().Be(TestPaths.Malformed(offendingFile));
    }

    [Fact]
    public void Load_MissingPath_FailsWithLineZero()
    {
        var path = TestPaths.Malformed("no-such-pack.yaml");
        var ex = FluentActions.Invoking(() => PackRegistry.Load([path])).Should().Throw<PackLoadException>().Which;
        ex.Line.Should().Be(0);
        ex.FilePath.Should().Be(path);
        ex.Message.Should().Be($"{path}: no such pack file or directory");
    }

    [Fact]
    public void Load_CityWithoutEmbeddedPacks_FailsForLackOfCn()
    {
        var path = TestPaths.User(Path.Combine("wuhan", "420100.yaml"));
        FluentActions.Invoking(() => PackRegistry.Load([path], includeEmbedded: false))
            .Should().Throw<PackLoadException>()
            .WithMessage("420100.yaml: no CN pack is loaded*");
    }

    [Theory]
    [InlineData("region: CN\nname: 全国\nnameEn: National\nparent: \"110000\"\n", 4, "t.yaml:4: parent: CN is the root pack and has no parent")]
    [InlineData("region: \"420100\"\nnameEn: Wuhan\nparent: CN\n", 1, "t.yaml:1: 'name' is required")]
    [InlineData("name: 武汉市\n", 1, "t.yaml:1: 'region' is required")]
    [InlineData("", 1, "t.yaml:1: the file is empty (expected a pack mapping)")]
    [InlineData("- a\n- b\n", 1, "t.yaml:1: the file must be a mapping with region, name, parent, aliases and values")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\naliases: [Wuhan]\n", 5,
        "t.yaml:5: aliases[0]: 'Wuhan' is not a valid alias (lower-case letters, digits and '-', starting with a letter; 'cn' is reserved)")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\naliases: [wuhan, wuhan]\n", 5,
        "t.yaml:5: aliases[1]: alias 'wuhan' is listed twice")]
    [InlineData("region: \"420100\"\nname: x\nname: y\n", 3, "t.yaml:3: YAML syntax error: Duplicate key name")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  flex.hukouRequired:\n    - { value: yes, effectiveFrom: 2000-01-01, source: s }\n", 7,
        "t.yaml:7: values.flex.hukouRequired[0].value: expected a bool (true or false), got 'yes'")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  gap.longWaitMonths:\n    - { value: -1, effectiveFrom: 2000-01-01, source: s }\n", 7,
        "t.yaml:7: values.gap.longWaitMonths[0].value: expected a non-negative int, got '-1'")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  gap.longWaitMonths:\n    - { value: 4, effectiveFrom: 2000-02-30, source: s }\n", 7,
        "t.yaml:7: values.gap.longWaitMonths[0].effectiveFrom: expected a date (yyyy-MM-dd), got '2000-02-30'")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  gap.longWaitMonths:\n    - { value: 4, effectiveFrom: 2000-01-01, source: s, assumption: my guess }\n", 7,
        "t.yaml:7: values.gap.longWaitMonths[0].assumption: 'my guess' is not an assumption code (upper-case words joined by '-', e.g. CN-TRANSFER-DEFAULT)")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  gap.longWaitMonths: 4\n", 6,
        "t.yaml:6: values.gap.longWaitMonths: expected a non-empty list of entries (- value: ..., effectiveFrom: ..., source: ...)")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  resident.centralPeriod:\n    - value: { from: \"9-01\", fromYearOffset: \"-1\", to: \"12-31\", toYearOffset: \"-1\" }\n      effectiveFrom: 2000-01-01\n      source: s\n", 7,
        "t.yaml:7: values.resident.centralPeriod[0].value.from: '9-01' does not match (0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01]|LAST)")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  steps.suspension.channels:\n    - value: [app, wechat]\n      effectiveFrom: 2000-01-01\n      source: s\n", 7,
        "t.yaml:7: values.steps.suspension.channels[0].value[1]: 'wechat' is not one of: counter, online, app, bank, employer")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  gap.longWaitMonths:\n    - value: 4\n      effectiveFrom: 2000-01-01\n", 7,
        "t.yaml:7: values.gap.longWaitMonths[0]: 'source' is required and must not be empty")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  gap.longWaitMonths:\n    - effectiveFrom: 2000-01-01\n      source: s\n", 7,
        "t.yaml:7: values.gap.longWaitMonths[0]: 'value' is required")]
    [InlineData("region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  gap.longWaitMonths:\n    - { value: 4, effectiveFrom: 2000-01-01, effectiveTo: 2019-12-31, source: s }\n    - { value: 5, effectiveFrom: 2019-12-31, source: s }\n", 8,
        "t.yaml:8: values.gap.longWaitMonths[1]: effective range 2019-12-31..open overlaps 2000-01-01..2019-12-31")] // ends and starts on the same day: overlap
    public void LoadFromText_MalformedPack_FailsWithLineAndMessage(string yaml, int line, string message)
    {
        var ex = FluentActions.Invoking(() => PackRegistry.LoadFromText("t.yaml", yaml))
            .Should().Throw<PackLoadException>().Which;
        ex.Message.Should().Be(message);
        ex.Line.Should().Be(line);
        ex.FilePath.Should().Be("text:t.yaml");
    }

    [Fact]
    public void LoadFromText_AdjacentRanges_DoNotOverlap()
    {
        // Boundary: one range ends 2019-12-31, the next starts 2020-01-01 (the day after).
        const string yaml = "region: \"420100\"\nname: x\nnameEn: x\nparent: CN\nvalues:\n  gap.longWaitMonths:\n"
            + "    - { value: 4, effectiveFrom: 2000-01-01, effectiveTo: 2019-12-31, source: s }\n"
            + "    - { value: 5, effectiveFrom: 2020-01-01, source: s }\n";
        var parameters = PackRegistry.LoadFromText("t.yaml", yaml).For("420100");
        parameters.GetInt(PackKeys.GapLongWaitMonths, new NodaTime.LocalDate(2019, 12, 31)).Should().Be(4);
        parameters.GetInt(PackKeys.GapLongWaitMonths, new NodaTime.LocalDate(2020, 1, 1)).Should().Be(5);
    }
}
