using System.Text;
using Insurance.Rules.Domain.Packs;

namespace Insurance.Rules.Tests.Snapshots;

/// <summary>
/// The shipped packs' snapshot (rules/packs/packs.snapshot) is generated from their YAML and must stay equal to what
/// the YAML gives; a stale or damaged snapshot must be ignored, never believed.
/// </summary>
public sealed class PackSnapshotTests
{
    private static readonly IReadOnlyList<PackRegistry.PackSource> Sources = PackRegistry.EmbeddedSources();

    [Fact]
    public void PacksSnapshot_MatchesTheGeneratedSnapshot()
    {
        var path = RepoPaths.Combine("rules", "packs", "packs.snapshot");
        var generated = PackSnapshot.Write(PackRegistry.ParseYaml(Sources), PackSnapshot.SourceHash(Sources));
        if (Environment.GetEnvironmentVariable("INSURANCE_RULES_UPDATE_DOCS") == "1")
        {
            File.WriteAllBytes(path, generated);
        }

        File.Exists(path).Should().BeTrue("rules/packs/packs.snapshot is generated: run the tests with INSURANCE_RULES_UPDATE_DOCS=1");
        File.ReadAllBytes(path).SequenceEqual(generated).Should().BeTrue(
            "rules/packs/packs.snapshot must be regenerated after a pack or pack-parser change (INSURANCE_RULES_UPDATE_DOCS=1)");
    }

    [Fact]
    public void LoadEmbedded_ShippedPacks_AreReadFromTheSnapshot()
    {
        PackRegistry.LoadEmbedded().Packs.Should().NotBeEmpty();
        PackRegistry.EmbeddedFromSnapshot.Should().BeTrue("the embedded snapshot matches the embedded YAML, so start-up must use it");
    }

    [Fact]
    public void TryRead_EmbeddedSnapshot_GivesExactlyTheYamlDocuments()
    {
        var fromYaml = PackRegistry.ParseYaml(Sources);
        var fromSnapshot = PackSnapshot.TryRead(new MemoryStream(EmbeddedSnapshot()), PackSnapshot.SourceHash(Sources));

        fromSnapshot.Should().HaveCount(fromYaml.Count);
        Dump(fromSnapshot!).Should().Be(Dump(fromYaml));
        fromYaml.Sum(d => d.Values.Sum(v => v.Value.Count)).Should().BeGreaterThan(100, "the comparison must cover the packs' values");
    }

    [Fact]
    public void TryRead_SnapshotOfOtherSources_IsIgnored()
    {
        var hash = PackSnapshot.SourceHash(Sources);
        PackSnapshot.TryRead(new MemoryStream(EmbeddedSnapshot()), hash + 1).Should().BeNull();

        // One changed byte in one pack file changes the hash.
        var edited = Sources.Select(s => new PackRegistry.PackSource(s.Name, s.Bytes.ToArray())).ToList();
        edited[^1].Bytes[^2] ^= 0x20;
        PackSnapshot.SourceHash(edited).Should().NotBe(hash);
    }

    [Fact]
    public void TryRead_TruncatedOrExtendedSnapshot_IsIgnoredWithoutThrowing()
    {
        var bytes = EmbeddedSnapshot();
        var hash = PackSnapshot.SourceHash(Sources);
        for (var length = 0; length < bytes.Length; length += 37)
        {
            PackSnapshot.TryRead(new MemoryStream(bytes[..length]), hash).Should().BeNull($"cut at {length} of {bytes.Length} bytes");
        }

        PackSnapshot.TryRead(new MemoryStream(bytes[..^1]), hash).Should().BeNull("last byte missing");
        PackSnapshot.TryRead(new MemoryStream([.. bytes, 0]), hash).Should().BeNull("a byte after the end marker");
        PackSnapshot.TryRead(new MemoryStream(bytes), hash).Should().NotBeNull("the intact snapshot reads");
    }

    [Fact]
    public void TryRead_DamagedSnapshot_NeverThrows()
    {
        var bytes = EmbeddedSnapshot();
        var hash = PackSnapshot.SourceHash(Sources);
        var random = new Random(20261122);
        for (var i = 0; i < 500; i++)
        {
            var damaged = bytes.ToArray();
            damaged[random.Next(damaged.Length)] = (byte)random.Next(256);
            var read = () => PackSnapshot.TryRead(new MemoryStream(damaged), hash);
            read.Should().NotThrow($"damage #{i}");
        }
    }

    [Fact]
    public void Write_UserPack_IsRefused()
    {
        var documents = PackRegistry.ParseYaml(Sources).ToList();
        using var reader = new StringReader("region: '420500'\nvalues:\n");
        documents.Add(PackFileParser.Parse(reader, PackSourceFile.Text("user")));

        var write = () => PackSnapshot.Write(documents, 1);
        write.Should().Throw<InvalidOperationException>().WithMessage("*not user*");
    }

    private static byte[] EmbeddedSnapshot()
    {
        using var stream = typeof(PackRegistry).Assembly.GetManifestResourceStream(PackSnapshot.ResourceName);
        stream.Should().NotBeNull("the snapshot is embedded in Insurance.Rules.Domain");
        var bytes = new byte[stream!.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>Every field of every document and value, with the runtime type of each value.</summary>
    private static string Dump(IReadOnlyList<PackDocument> documents)
    {
        var sb = new StringBuilder();
        foreach (var d in documents)
        {
            sb.AppendLine($"{d.File} root={d.RootLine} region={d.Region}@{d.RegionLine} name={d.Name} nameEn={d.NameEn} parent={d.Parent}@{d.ParentLine}");
            foreach (var a in d.Aliases)
            {
                sb.AppendLine($"  alias {a}");
            }

            foreach (var (key, entries) in d.Values)
            {
                foreach (var v in entries)
                {
                    sb.AppendLine($"  {key}: {v.Key} {v.Type} {v.Value.GetType().FullName} {PackValue.FormatValue(v.Value)} "
                        + $"{v.RangeText} src={v.Source} note={v.Note} asm={v.Assumption} region={v.RegionCode} origin={v.Origin} "
                        + $"line={v.Line} user={v.IsUserSupplied} override={v.IsUserOverride}");
                }
            }
        }

        return sb.ToString();
    }
}
