namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// The last list a Collect produced for one key prefix (the Match facts before it). Reused while its members and
/// their versions stay the same, so an unchanged list is the same object and does not re-fire the rule.
/// </summary>
internal sealed class CollectEntry : KeyedNode
{
    public CollectEntry(FactEntry[] prefix, int hash, FactList list, long versionSum)
        : base(prefix, hash)
    {
        List = list;
        VersionSum = versionSum;
    }

    public FactList List { get; set; }

    /// <summary>The sum of the members' versions: a different sum means a member was updated.</summary>
    public long VersionSum { get; set; }
}
