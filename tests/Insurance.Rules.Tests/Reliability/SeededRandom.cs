namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// A small SplitMix64 generator. Written here rather than using <see cref="Random"/> so that a printed seed replays
/// the same case on every runtime version: the sequence depends on nothing but this code.
/// </summary>
internal sealed class SeededRandom
{
    private ulong state;

    public SeededRandom(ulong seed) => state = seed;

    /// <summary>The seed of the <paramref name="index"/>-th case of a run started with <paramref name="master"/>.</summary>
    public static ulong CaseSeed(ulong master, long index) => Mix(master + (0x9E3779B97F4A7C15UL * (ulong)(index + 1)));

    public ulong NextULong()
    {
        state += 0x9E3779B97F4A7C15UL;
        return Mix(state);
    }

    /// <summary>A number in [<paramref name="min"/>, <paramref name="max"/>] (both inclusive).</summary>
    public int Between(int min, int max)
    {
        if (max < min)
        {
            throw new ArgumentOutOfRangeException(nameof(max), $"{max} < {min}");
        }

        var span = (ulong)((long)max - min + 1);
        return (int)(min + (long)(NextULong() % span));
    }

    /// <summary>True with probability <paramref name="percent"/> / 100.</summary>
    public bool Chance(int percent) => Between(0, 99) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Between(0, items.Count - 1)];

    /// <summary>Picks an index with the given relative weights.</summary>
    public int Weighted(params int[] weights)
    {
        var total = 0;
        foreach (var w in weights)
        {
            total += w;
        }

        var roll = Between(0, total - 1);
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    /// <summary>Fisher–Yates shuffle into a new list.</summary>
    public List<T> Shuffled<T>(IEnumerable<T> items)
    {
        var list = new List<T>(items);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Between(0, i);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
