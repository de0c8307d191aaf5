using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Tests.Snapshots;

/// <summary>The policy texts' snapshot (rules/Insurance.Rules.Policies/Texts/texts.snapshot) stays equal to texts.yaml.</summary>
public sealed class TextSnapshotTests
{
    private static readonly string YamlPath = RepoPaths.Combine("rules", "Insurance.Rules.Policies", "Texts", "texts.yaml");
    private static readonly string SnapshotPath = RepoPaths.Combine("rules", "Insurance.Rules.Policies", "Texts", "texts.snapshot");

    [Fact]
    public void TextsSnapshot_MatchesTheGeneratedSnapshot()
    {
        var generated = Generate();
        if (Environment.GetEnvironmentVariable("INSURANCE_RULES_UPDATE_DOCS") == "1")
        {
            File.WriteAllBytes(SnapshotPath, generated);
        }

        File.Exists(SnapshotPath).Should().BeTrue("texts.snapshot is generated: run the tests with INSURANCE_RULES_UPDATE_DOCS=1");
        File.ReadAllBytes(SnapshotPath).SequenceEqual(generated).Should().BeTrue(
            "texts.snapshot must be regenerated after texts.yaml changes (INSURANCE_RULES_UPDATE_DOCS=1)");
    }

    [Fact]
    public void Load_PolicyTexts_AreReadFromTheSnapshotAndEqualTheYaml()
    {
        var loaded = PolicyTexts.Load();
        var fromYaml = TextCatalog.FromYaml(File.ReadAllText(YamlPath), PolicyTexts.ResourceName);

        loaded.FromSnapshot.Should().BeTrue("the embedded snapshot matches the embedded YAML, so start-up must use it");
        fromYaml.FromSnapshot.Should().BeFalse();
        loaded.SourceName.Should().Be(fromYaml.SourceName);
        loaded.Entries().OrderBy(e => e.Code, StringComparer.Ordinal)
            .Should().Equal(fromYaml.Entries().OrderBy(e => e.Code, StringComparer.Ordinal));
        loaded.Codes.Count.Should().BeGreaterThan(30, "the comparison must cover the catalogue");
    }

    [Fact]
    public void TryRead_OtherSourcesOrDamage_IsIgnored()
    {
        var bytes = File.ReadAllBytes(SnapshotPath);
        var hash = TextSnapshot.SourceHash(File.ReadAllBytes(YamlPath));

        TextSnapshot.TryRead(new MemoryStream(bytes), hash).Should().HaveCount(PolicyTexts.Load().Codes.Count, "the intact snapshot gives every entry");
        TextSnapshot.TryRead(new MemoryStream(bytes), hash ^ 1).Should().BeNull("made from other YAML");
        TextSnapshot.TryRead(new MemoryStream(bytes[..^1]), hash).Should().BeNull("truncated");
        TextSnapshot.TryRead(new MemoryStream(bytes[..(bytes.Length / 2)]), hash).Should().BeNull("cut in half");
        TextSnapshot.TryRead(new MemoryStream([.. bytes, 1]), hash).Should().BeNull("a byte after the end");
    }

    private static byte[] Generate()
    {
        var yaml = File.ReadAllBytes(YamlPath);
        var catalog = TextCatalog.FromYaml(File.ReadAllText(YamlPath), PolicyTexts.ResourceName);
        return TextSnapshot.Write(catalog.Entries(), TextSnapshot.SourceHash(yaml));
    }
}
