using System.Collections;

namespace Insurance.Rules.Engine.Runtime;

/// <summary>The read-only list a Collect binds: the matching facts in insertion order.</summary>
internal sealed class FactList<T> : IReadOnlyList<T>
{
    public static readonly FactList<T> Empty = new([]);

    private readonly T[] _items;

    public FactList(T[] items) => _items = items;

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{_items.Length} × {typeof(T).Name}]";
}
