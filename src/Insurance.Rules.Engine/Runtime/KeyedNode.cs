namespace Insurance.Rules.Engine.Runtime;

/// <summary>Something identified by a tuple of facts (by reference), stored in a <see cref="KeyedTable{T}"/>.</summary>
internal abstract class KeyedNode
{
    protected KeyedNode(FactEntry[] key, int hash)
    {
        Key = key;
        Hash = hash;
    }

    public FactEntry[] Key { get; }

    public int Hash { get; }

    /// <summary>The next node in the same hash bucket.</summary>
    public KeyedNode? NextInBucket { get; set; }

    /// <summary>The position in the table's item list.</summary>
    public int TableIndex { get; set; }

    /// <summary>The matcher generation that last produced this node; older nodes no longer hold.</summary>
    public int Seen { get; set; }

    public static int HashOf(FactEntry[] key, int length)
    {
        var hash = length;
        for (var i = 0; i < length; i++)
        {
            var sequence = key[i].Sequence;
            hash = unchecked((hash * -1521134295) + (int)sequence ^ (int)(sequence >> 32));
        }

        return hash;
    }
}
