using System.Collections;

namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// The list a Collect binds, untyped side: the matched entries, so the matcher can tell whether a recomputed list
/// has the same members without keeping a second copy.
/// </summary>
internal abstract class FactList
{
    protected FactList(FactEntry[] entries) => Entries = entries;

    public FactEntry[] Entries { get; }

    public bool HasMembers(EntryList current)
    {
        if (Entries.Length != current.Count)
        {
            return false;
        }

        var items = current.Items;
        for (var i = 0; i < Entries.Length; i++)
        {
            if (!ReferenceEquals(Entries[i], items[i]))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>The read-only list a Collect binds: the matching facts in insertion order.</summary>
internal sealed class FactList<T> : FactList, IReadOnlyList<T>
    where T : class
{
    public static readonly FactList<T> Empty = new([]);

    public FactList(FactEntry[] entries)
        : base(entries)
    {
    }

    public int Count => Entries.Length;

    public T this[int index] => (T)Entries[index].Fact;

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var entry in Entries)
        {
            yield return (T)entry.Fact;
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{Entries.Length} × {typeof(T).Name}]";
}
