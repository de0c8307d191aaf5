namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// The last list a Collect produced for one key prefix (the Match facts before it). Reused while its members and
/// their versions stay the same, so an unchanged list is the same object and does not re-fire the rule.
/// </summary>
internal sealed class CollectEntry : KeyedNode
{
    public CollectEntry(FactEntry[] prefix, int hash, FactEntry[] members, long versionSum, object list)
        : base(prefix, hash)
    {
        Members = members;
        VersionSum = versionSum;
        List = list;
    }

    public FactEntry[] Members { get; set; }

    public long VersionSum { get; set; }

    public object List { get; set; }

    public bool HasMembers(EntryList current)
    {
        if (Members.Length != current.Count)
        {
            return false;
        }

        var items = current.Items;
        for (var i = 0; i < Members.Length; i++)
        {
            if (!ReferenceEquals(Members[i], items[i]))
            {
                return false;
            }
        }

        return true;
    }
}
