using System.Text;

namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// The loaded region packs: the ones shipped in this assembly (<c>rules/packs/*.yaml</c>) plus any user pack files.
/// Immutable and safe to share between threads. <see cref="For"/> gives the parameters for a region with the
/// FACTS.md §0 fallback (own pack → province pack → CN).
/// </summary>
public sealed class PackRegistry
{
    private const string ResourcePrefix = "Insurance.Rules.Packs.";
    private const string ResourceSuffix = ".yaml";

    // Region parameters kept per resolved code, at most (a batch may name any number of codes without a pack).
    private const int MaxKeptParameters = 4096;

    private static readonly Lazy<IReadOnlyList<PackDocument>> EmbeddedDocuments = new(ReadEmbeddedDocuments);
    private static readonly Lazy<PackRegistry> Embedded = new(() => new PackRegistry(PackAssembler.Assemble(EmbeddedDocuments.Value, [])));

    private readonly Dictionary<string, RegionPack> byCode;
    private readonly Dictionary<string, string> aliasToCode;

    // The parameters made so far, by resolved code: immutable, so every case of a region shares them.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, RegionParameters> parameters = new(StringComparer.Ordinal);

    private PackRegistry(IReadOnlyList<RegionPack> packs)
    {
        Packs = packs;
        // Plain dictionaries and loops: a handful of packs, and a one-case process builds this on its critical path.
        byCode = new Dictionary<string, RegionPack>(packs.Count, StringComparer.Ordinal);
        aliasToCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            byCode.Add(pack.Code, pack);
            foreach (var alias in pack.Aliases)
            {
                aliasToCode.Add(alias, pack.Code);
            }
        }
    }

    /// <summary>The packs, shipped ones first (by file name), then user-added regions in load order.</summary>
    public IReadOnlyList<RegionPack> Packs { get; }

    /// <summary>The packs shipped in the assembly. Loaded once and shared.</summary>
    /// <exception cref="PackLoadException">When a shipped pack is malformed (a build defect).</exception>
    public static PackRegistry LoadEmbedded() => Embedded.Value;

    /// <summary>
    /// Loads user pack files (a directory contributes its <c>*.yaml</c> and <c>*.yml</c> files, in name order) on top
    /// of the shipped packs. A user file for a region that is not shipped adds it; a user file for a shipped region
    /// overrides it: each key it sets replaces the shipped entries of that key, other keys stay, aliases are added,
    /// and name, nameEn and parent may be omitted (kept from the shipped pack).
    /// </summary>
    /// <param name="extraPackFilesOrDirectories">Pack files or directories of pack files.</param>
    /// <param name="includeEmbedded">False to load only the given files (they must then include a CN pack).</param>
    /// <exception cref="PackLoadException">When a file is missing or malformed, or the packs do not fit together.</exception>
    public static PackRegistry Load(IEnumerable<string> extraPackFilesOrDirectories, bool includeEmbedded = true)
    {
        ArgumentNullException.ThrowIfNull(extraPackFilesOrDirectories);
        var user = new List<PackDocument>();
        foreach (var path in ExpandPaths(extraPackFilesOrDirectories))
        {
            var file = PackSourceFile.Disk(path);
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            user.Add(PackFileParser.Parse(reader, file));
        }

        return Build(user, includeEmbedded);
    }

    /// <summary>
    /// Loads one user pack given as YAML text (for tests and hosts that keep packs elsewhere), on top of the shipped
    /// packs, with the same rules as <see cref="Load"/>.
    /// </summary>
    /// <param name="name">A name for the text, used in error messages and as <c>text:&lt;name&gt;</c> origin.</param>
    /// <param name="yaml">The pack's YAML.</param>
    /// <param name="includeEmbedded">False to load only this pack (it must then be the CN pack).</param>
    /// <exception cref="PackLoadException">When the pack is malformed or does not fit the others.</exception>
    public static PackRegistry LoadFromText(string name, string yaml, bool includeEmbedded = true)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(yaml);
        using var reader = new StringReader(yaml);
        return Build([PackFileParser.Parse(reader, PackSourceFile.Text(name))], includeEmbedded);
    }

    /// <summary>The pack with this exact code, or null.</summary>
    /// <param name="code">A region code.</param>
    public RegionPack? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return byCode.GetValueOrDefault(code);
    }

    /// <summary>
    /// Resolves a pack alias (case-insensitive, e.g. <c>yichang</c> → <c>420500</c>). A syntactically valid region code
    /// passes through unchanged whether or not it has a pack; <c>cn</c> in any case gives <c>CN</c>.
    /// </summary>
    /// <param name="codeOrAlias">A region code or alias.</param>
    /// <param name="code">The region code; empty when the result is false.</param>
    /// <returns>False when the text is neither a valid code nor a known alias.</returns>
    public bool TryResolveAlias(string codeOrAlias, out string code)
    {
        ArgumentNullException.ThrowIfNull(codeOrAlias);
        var text = codeOrAlias.Trim();
        if (string.Equals(text, RegionCodes.National, StringComparison.OrdinalIgnoreCase))
        {
            code = RegionCodes.National;
            return true;
        }

        if (RegionCodes.IsValidSyntax(text))
        {
            code = text;
            return true;
        }

        if (aliasToCode.TryGetValue(text.ToLowerInvariant(), out var resolved))
        {
            code = resolved;
            return true;
        }

        code = string.Empty;
        return false;
    }

    /// <summary>
    /// The parameters for a region (a code, or an alias). A code with its own pack uses it; a valid code without one
    /// falls back to its province pack (first two digits + <c>0000</c>), else to <c>CN</c>, and
    /// <see cref="RegionParameters.FallbackFrom"/> is set.
    /// </summary>
    /// <param name="regionCode">A region code such as <c>420500</c>, <c>CN</c>, or an alias such as <c>yichang</c>.</param>
    /// <exception cref="ArgumentException">When the text is not a valid region code or known alias (input errors are
    /// reported by the validator before this is called).</exception>
    /// <exception cref="InvalidOperationException">When the registry has no packs at all.</exception>
    public RegionParameters For(string regionCode)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        if (!TryResolveAlias(regionCode, out var code))
        {
            throw new ArgumentException(
                $"'{regionCode}' is not a valid region code (CN, or six digits starting with a province-level code: "
                + "11–15, 21–23, 31–37, 41–46, 50–54, 61–65) nor a known pack alias.",
                nameof(regionCode));
        }

        if (!byCode.ContainsKey(RegionCodes.National))
        {
            throw new InvalidOperationException("The registry holds no packs; load the embedded packs or a CN pack.");
        }

        if (parameters.TryGetValue(code, out var known))
        {
            return known;
        }

        RegionParameters made;
        if (byCode.TryGetValue(code, out var own))
        {
            made = new RegionParameters(code, ChainFrom(own), fallbackFrom: null);
        }
        else
        {
            var fallback = byCode.GetValueOrDefault(RegionCodes.ProvinceOf(code)) ?? byCode[RegionCodes.National];
            made = new RegionParameters(code, ChainFrom(fallback), fallbackFrom: code);
        }

        // Kept for the next case of the region (they are immutable), up to a bound: a batch may name any number of
        // six-digit codes without a pack of their own.
        return parameters.Count < MaxKeptParameters ? parameters.GetOrAdd(code, made) : made;
    }

    private static PackRegistry Build(List<PackDocument> user, bool includeEmbedded)
    {
        var shipped = includeEmbedded ? EmbeddedDocuments.Value : [];
        return new PackRegistry(PackAssembler.Assemble(shipped, user));
    }

    private RegionPack[] ChainFrom(RegionPack first)
    {
        // Parents were checked at load (they exist and form no cycle), so this walk ends at CN.
        var chain = new List<RegionPack> { first };
        while (chain[^1].Parent is { } parent)
        {
            chain.Add(byCode[parent]);
        }

        return [.. chain];
    }

    private static IEnumerable<string> ExpandPaths(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(path);
            if (File.Exists(path))
            {
                yield return path;
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*.yaml")
                    .Concat(Directory.EnumerateFiles(path, "*.yml"))
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return file;
                }
            }
            else
            {
                throw new PackLoadException(path, 0, $"{path}: no such pack file or directory");
            }
        }
    }

    /// <summary>True when the shipped packs of this process were read from the snapshot (for tests and diagnostics).</summary>
    internal static bool EmbeddedFromSnapshot { get; private set; }

    /// <summary>The shipped pack files: resource names (without prefix) and bytes, in name order.</summary>
    internal static IReadOnlyList<PackSource> EmbeddedSources()
    {
        var assembly = typeof(PackRegistry).Assembly;
        var sources = new List<PackSource>();

        // A plain loop and sort: this runs on every cold start, where each generic LINQ shape costs JIT time.
        var names = assembly.GetManifestResourceNames();
        Array.Sort(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name)
                ?? throw new InvalidOperationException($"Embedded pack resource {name} cannot be opened.");
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            sources.Add(new PackSource(name[ResourcePrefix.Length..], bytes));
        }

        return sources;
    }

    /// <summary>Parses the shipped pack files from their YAML (what the snapshot is generated from).</summary>
    internal static IReadOnlyList<PackDocument> ParseYaml(IReadOnlyList<PackSource> sources)
    {
        var documents = new List<PackDocument>(sources.Count);
        foreach (var (name, bytes) in sources)
        {
            using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            documents.Add(PackFileParser.Parse(reader, PackSourceFile.Embedded(name)));
        }

        return documents;
    }

    private static IReadOnlyList<PackDocument> ReadEmbeddedDocuments()
    {
        var sources = EmbeddedSources();
        using (var snapshot = typeof(PackRegistry).Assembly.GetManifestResourceStream(PackSnapshot.ResourceName))
        {
            if (snapshot is not null && PackSnapshot.TryRead(snapshot, PackSnapshot.SourceHash(sources)) is { } documents)
            {
                EmbeddedFromSnapshot = true;
                return documents;
            }
        }

        return ParseYaml(sources);
    }

    /// <summary>A shipped pack file: its resource name without prefix, and its bytes.</summary>
    internal sealed record PackSource(string Name, byte[] Bytes);
}
