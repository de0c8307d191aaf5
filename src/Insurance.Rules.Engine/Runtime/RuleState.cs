using Insurance.Rules.Engine.Compilation;

namespace Insurance.Rules.Engine.Runtime;

/// <summary>What one session keeps about one rule: its activations, collect caches and working buffers.</summary>
internal sealed class RuleState
{
    public RuleState(CompiledRule rule)
    {
        Rule = rule;
        Tuple = new object?[rule.SlotCount];
        Key = new FactEntry[rule.KeyCount];
        if (rule.CollectCount == 0)
        {
            Collects = [];
            CollectBuffers = [];
        }
        else
        {
            Collects = new KeyedTable<CollectEntry>[rule.CollectCount];
            CollectBuffers = new EntryList[rule.CollectCount];
            for (var i = 0; i < rule.CollectCount; i++)
            {
                Collects[i] = new KeyedTable<CollectEntry>();
                CollectBuffers[i] = new EntryList();
            }
        }
    }

    public CompiledRule Rule { get; }

    public KeyedTable<Activation> Activations { get; } = new();

    /// <summary>The matcher's working tuple.</summary>
    public object?[] Tuple { get; }

    /// <summary>The matcher's working key (Match facts bound so far).</summary>
    public FactEntry[] Key { get; }

    public KeyedTable<CollectEntry>[] Collects { get; }

    public EntryList[] CollectBuffers { get; }

    /// <summary>Incremented per re-evaluation; activations not seen in the latest one no longer hold.</summary>
    public int Generation { get; set; }

    public bool Dirty { get; set; }

    /// <summary>Firings in the current Fire() call (for the firing-limit report).</summary>
    public int FiredInCall { get; set; }

    /// <summary>The element being evaluated, for error reports.</summary>
    public int Depth { get; set; }

    /// <summary>The candidate fact being tested, for error reports.</summary>
    public FactEntry? Candidate { get; set; }
}
