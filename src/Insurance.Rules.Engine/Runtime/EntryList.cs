namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// Facts ordered by insertion sequence: an alpha memory, or a reusable buffer. A plain growable array, because the
/// matcher iterates it in tight loops and most memories hold a handful of facts.
/// </summary>
internal sealed class EntryList
{
    private FactEntry[] _items = [];

    public int Count { get; private set; }

    /// <summary>The backing array; only the first <see cref="Count"/> items are valid.</summary>
    public FactEntry[] Items => _items;

    public FactEntry this[int index] => _items[index];

    /// <summary>Adds a fact at its place in sequence order (usually the end).</summary>
    public void Add(FactEntry entry)
    {
        if (Count == _items.Length)
        {
            // Most memories hold one or two facts (the case, its latest gap): start small.
            Array.Resize(ref _items, Math.Max(2, Count * 2));
        }

        var index = Count;
        if (Count > 0 && _items[Count - 1].Sequence > entry.Sequence)
        {
            index = ~Find(entry.Sequence);
            Array.Copy(_items, index, _items, index + 1, Count - index);
        }

        _items[index] = entry;
        Count++;
    }

    public void Remove(FactEntry entry)
    {
        var index = Find(entry.Sequence);
        if (index < 0)
        {
            return;
        }

        Count--;
        Array.Copy(_items, index + 1, _items, index, Count - index);
        _items[Count] = null!;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }

    public FactEntry[] ToArray() => Count == 0 ? [] : _items.AsSpan(0, Count).ToArray();

    private int Find(long sequence)
    {
        int low = 0, high = Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var value = _items[middle].Sequence;
            if (value == sequence)
            {
                return middle;
            }

            if (value < sequence)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
