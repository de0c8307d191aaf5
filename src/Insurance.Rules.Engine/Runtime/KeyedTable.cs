using System.Runtime.CompilerServices;

namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// A hash table of nodes keyed by a tuple of facts, compared by reference. Lookups take the matcher's working key
/// buffer, so finding an existing activation allocates nothing. Also keeps the nodes in a list so the matcher can
/// sweep the ones it did not see.
/// </summary>
internal sealed class KeyedTable<T>
    where T : KeyedNode
{
    private KeyedNode?[] _buckets = [];
    private T[] _items = [];

    public int Count { get; private set; }

    public T this[int index] => _items[index];

    public T? Find(FactEntry[] key, int length, int hash)
    {
        if (Count == 0)
        {
            return null;
        }

        for (var node = _buckets[hash & (_buckets.Length - 1)]; node is not null; node = node.NextInBucket)
        {
            if (node.Hash == hash && SameKey(node.Key, key, length))
            {
                // Only T nodes are ever added; skip the generic cast check on this hot path.
                return Unsafe.As<T>(node);
            }
        }

        return null;
    }

    public void Add(T node)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, Math.Max(4, Count * 2));
        }

        if (Count >= _buckets.Length)
        {
            Rehash(Math.Max(8, _buckets.Length * 2));
        }

        node.TableIndex = Count;
        _items[Count++] = node;
        Link(node);
    }

    public void Remove(T node)
    {
        ref var slot = ref _buckets[node.Hash & (_buckets.Length - 1)];
        if (ReferenceEquals(slot, node))
        {
            slot = node.NextInBucket;
        }
        else
        {
            for (var previous = slot; previous is not null; previous = previous.NextInBucket)
            {
                if (ReferenceEquals(previous.NextInBucket, node))
                {
                    previous.NextInBucket = node.NextInBucket;
                    break;
                }
            }
        }

        node.NextInBucket = null;
        var last = _items[--Count];
        _items[node.TableIndex] = last;
        last.TableIndex = node.TableIndex;
        _items[Count] = null!;
    }

    private static bool SameKey(FactEntry[] stored, FactEntry[] key, int length)
    {
        for (var i = 0; i < length; i++)
        {
            if (!ReferenceEquals(stored[i], key[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void Rehash(int size)
    {
        _buckets = new KeyedNode?[size];
        for (var i = 0; i < Count; i++)
        {
            _items[i].NextInBucket = null;
            Link(_items[i]);
        }
    }

    private void Link(KeyedNode node)
    {
        ref var slot = ref _buckets[node.Hash & (_buckets.Length - 1)];
        node.NextInBucket = slot;
        slot = node;
    }
}
