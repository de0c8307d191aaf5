namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// Merges parsed pack files into region packs and checks what spans files: one definition per region per source
/// (shipped or user), user overrides of shipped regions, parents that exist and form no cycle, unique aliases.
/// </summary>
internal static class PackAssembler
{
    public static IReadOnlyList<RegionPack> Assemble(IReadOnlyList<PackDocument> shipped, IReadOnlyList<PackDocument> user)
    {
        CheckUniqueRegions(shipped);
        CheckUniqueRegions(user);

        var builders = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var order = new List<Builder>();
        foreach (var document in shipped.Concat(user))
        {
            if (builders.TryGetValue(document.Region, out var existing))
            {
                existing.MergeOverride(document);
            }
            else
            {
                var builder = Builder.Create(document);
                builders.Add(document.Region, builder);
                order.Add(builder);
            }
        }

        if (order.Count > 0 && !builders.ContainsKey(RegionCodes.National))
        {
            var first = order[0].Document;
            throw first.File.Error(0, null,
                "no CN pack is loaded: every pack chain ends with the national baseline (include the embedded packs or supply a CN pack)");
        }

        CheckParents(order, builders);
        CheckAliases(order);
        return order.Select(b => b.Build()).ToArray();
    }

    private static void CheckUniqueRegions(IReadOnlyList<PackDocument> documents)
    {
        var seen = new Dictionary<string, PackDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (seen.TryGetValue(document.Region, out var first))
            {
                throw document.File.Error(document.RegionLine, "region",
                    $"region {document.Region} is already defined in {first.File.DisplayName}");
            }

            seen.Add(document.Region, document);
        }
    }

    private static void CheckParents(List<Builder> order, Dictionary<string, Builder> builders)
    {
        foreach (var builder in order)
        {
            if (builder.Parent is { } parent && !builders.ContainsKey(parent))
            {
                throw builder.ParentDocument.File.Error(builder.ParentDocument.ParentLine, "parent",
                    $"parent '{parent}' has no pack (load it first, or name an existing parent such as CN)");
            }
        }

        foreach (var start in order)
        {
            // Walk up from each pack; a cycle is reported by its first member in load order.
            var path = new List<string> { start.Code };
            var current = start;
            while (current.Parent is { } parent)
            {
                if (parent == start.Code)
                {
                    path.Add(parent);
                    throw start.ParentDocument.File.Error(start.ParentDocument.ParentLine, "parent",
                        $"parent cycle {string.Join(" -> ", path)}");
                }

                if (path.Contains(parent))
                {
                    break;
                }

                path.Add(parent);
                current = builders[parent];
            }
        }
    }

    private static void CheckAliases(List<Builder> order)
    {
        var owners = new Dictionary<string, AliasOwner>(StringComparer.Ordinal);
        foreach (var builder in order)
        {
            foreach (var (document, alias) in builder.AliasEntries)
            {
                // (Reference types in these collections: their generic code is precompiled, which a cold start needs.)
                if (owners.TryGetValue(alias.Alias, out var owner))
                {
                    if (owner.Code == builder.Code)
                    {
                        // An override repeating an alias its shipped pack already has: nothing new.
                        continue;
                    }

                    throw document.File.Error(alias.Line, $"aliases[{alias.Index}]",
                        $"alias '{alias.Alias}' is already used by {owner.Code} ({owner.Document.File.DisplayName}:{owner.Line})");
                }

                owners.Add(alias.Alias, new AliasOwner(builder.Code, document, alias.Line));
            }
        }
    }

    private sealed class Builder
    {
        private readonly SortedList<string, List<PackValue>> values = new(StringComparer.Ordinal);
        private readonly List<string> overriddenBy = [];

        private Builder(PackDocument document)
        {
            Document = document;
            ParentDocument = document;
            Code = document.Region;
            Name = document.Name!;
            NameEn = document.NameEn!;
            Parent = document.Parent;
            foreach (var alias in document.Aliases)
            {
                AliasEntries.Add(new(document, alias));
            }

            foreach (var (key, entries) in document.Values)
            {
                values[key] = entries;
            }
        }

        public PackDocument Document { get; }

        public PackDocument ParentDocument { get; private set; }

        public string Code { get; }

        public string Name { get; private set; }

        public string NameEn { get; private set; }

        public string? Parent { get; private set; }

        public List<DocumentAlias> AliasEntries { get; } = [];

        public static Builder Create(PackDocument document)
        {
            var file = document.File;
            if (document.Name is null)
            {
                throw file.Error(document.RootLine, null, "'name' is required");
            }

            if (document.NameEn is null)
            {
                throw file.Error(document.RootLine, null, "'nameEn' is required");
            }

            CheckParentPresence(document, isOverride: false);
            return new Builder(document);
        }

        public void MergeOverride(PackDocument document)
        {
            CheckParentPresence(document, isOverride: true);
            Name = document.Name ?? Name;
            NameEn = document.NameEn ?? NameEn;
            if (document.Parent is not null)
            {
                Parent = document.Parent;
                ParentDocument = document;
            }

            foreach (var alias in document.Aliases)
            {
                AliasEntries.Add(new(document, alias));
            }

            // A user entry list replaces the shipped list of that key as a whole, so ranges never mix across files.
            foreach (var (key, entries) in document.Values)
            {
                values[key] = entries.Select(e => e.AsUserOverride()).ToList();
            }

            overriddenBy.Add(document.File.Origin);
        }

        public RegionPack Build()
        {
            var byKey = new SortedList<string, IReadOnlyList<PackValue>>(values.Count, StringComparer.Ordinal);
            foreach (var (key, entries) in values)
            {
                // Ranges of one key never overlap (checked per file; an override replaces the list), so the starts
                // are distinct and an unstable sort orders them the same as a stable one.
                var ordered = entries.ToArray();
                Array.Sort(ordered, static (a, b) => a.EffectiveFrom.CompareTo(b.EffectiveFrom));
                byKey[key] = ordered;
            }

            return new RegionPack(
                Code,
                Name,
                NameEn,
                Parent,
                AliasEntries.Select(a => a.Alias.Alias).Distinct(StringComparer.Ordinal).ToArray(),
                Document.File.Origin,
                overriddenBy.ToArray(),
                byKey.AsReadOnly());
        }

        private static void CheckParentPresence(PackDocument document, bool isOverride)
        {
            if (document.Region == RegionCodes.National)
            {
                if (document.Parent is not null)
                {
                    throw document.File.Error(document.ParentLine, "parent", "CN is the root pack and has no parent");
                }
            }
            else if (document.Parent is null && !isOverride)
            {
                throw document.File.Error(document.ParentLine > 0 ? document.ParentLine : document.RootLine, null,
                    "'parent' is required (every pack except CN names its parent, e.g. parent: CN)");
            }
        }
    }

    private sealed record AliasOwner(string Code, PackDocument Document, int Line);

    private sealed record DocumentAlias(PackDocument Document, PackAliasEntry Alias);
}
