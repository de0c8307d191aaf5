namespace Insurance.Rules.Domain.Packs;

/// <summary>One parsed pack file before packs are merged and linked: what it says and on which lines.</summary>
internal sealed class PackDocument
{
    public PackDocument(PackSourceFile file, int rootLine, string region, int regionLine)
    {
        File = file;
        RootLine = rootLine;
        Region = region;
        RegionLine = regionLine;
    }

    public PackSourceFile File { get; }

    public int RootLine { get; }

    public string Region { get; }

    public int RegionLine { get; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public string? Parent { get; set; }

    public int ParentLine { get; set; }

    public List<PackAliasEntry> Aliases { get; } = [];

    public SortedList<string, List<PackValue>> Values { get; } = new(StringComparer.Ordinal);
}

/// <summary>An alias as written in a pack file.</summary>
internal sealed record PackAliasEntry(string Alias, int Index, int Line);

/// <summary>Where a pack's text comes from, and how errors name it.</summary>
internal sealed record PackSourceFile(string FilePath, string DisplayName, string Origin, bool IsUser)
{
    public static PackSourceFile Embedded(string fileName)
        => new("embedded:" + fileName, fileName, "embedded:" + fileName, IsUser: false);

    public static PackSourceFile Disk(string path)
        => new(path, Path.GetFileName(path), path, IsUser: true);

    public static PackSourceFile Text(string name)
        => new("text:" + name, name, "text:" + name, IsUser: true);

    public PackLoadException Error(int line, string? path, string detail)
    {
        var location = line > 0 ? $"{DisplayName}:{line}" : DisplayName;
        var message = path is null ? $"{location}: {detail}" : $"{location}: {path}: {detail}";
        return new PackLoadException(FilePath, line, message);
    }
}
