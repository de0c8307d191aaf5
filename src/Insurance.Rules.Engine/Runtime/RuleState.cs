using Insurance.Rules.Engine.Compilation;

namespace Insurance.Rules.Engine.Runtime;

/// <summary>What one session keeps about one rule: its activations, collect caches and working buffers.</summary>
internal sealed class RuleState
{
    private List<(CompiledElement Element, FactEntry Entry)>? _notInserts;
    private List<(int KeyIndex, FactEntry Entry)>? _matchRetracts;
    private bool[]? _insertedInto;

    /// <param name="rule">The compiled rule.</param>
    /// <param name="tuple">The session's working tuple (at least <see cref="CompiledRule.SlotCount"/> long).</param>
    /// <param name="key">The session's working key (at least <see cref="CompiledRule.KeyCount"/> long).</param>
    public RuleState(CompiledRule rule, object?[] tuple, FactEntry[] key)
    {
        Rule = rule;
        Tuple = tuple;
        Key = key;
        if (rule.CollectCount == 0)
        {
            Collects = [];
        }
        else
        {
            Collects = new KeyedTable<CollectEntry>[rule.CollectCount];
            for (var i = 0; i < rule.CollectCount; i++)
            {
                Collects[i] = new KeyedTable<CollectEntry>();
            }
        }
    }

    public CompiledRule Rule { get; }

    /// <summary>
    /// Whether the next evaluation must re-join everything (first evaluation, updates, changes to Exists or Collect
    /// patterns, retractions from Not patterns). Otherwise it applies the recorded deltas only.
    /// </summary>
    public bool NeedsFullEvaluation { get; set; } = true;

    /// <summary>The last fact sequence number the rule has seen: alpha entries above it arrived since.</summary>
    public long Watermark { get; set; }

    /// <summary>Per element: whether its (Match) alpha memory received inserted facts since the last evaluation.</summary>
    public bool[] InsertedInto => _insertedInto ??= new bool[Rule.Elements.Length];

    public bool AnyInserted { get; set; }

    /// <summary>Facts inserted into Not patterns since the last evaluation: they may block existing activations.</summary>
    public List<(CompiledElement Element, FactEntry Entry)> NotInserts => _notInserts ??= [];

    /// <summary>Facts retracted from Match patterns since the last evaluation: activations holding them end.</summary>
    public List<(int KeyIndex, FactEntry Entry)> MatchRetracts => _matchRetracts ??= [];

    public bool HasNotInserts => _notInserts is { Count: > 0 };

    public bool HasMatchRetracts => _matchRetracts is { Count: > 0 };

    /// <summary>During a delta evaluation, the Match element restricted to new facts; -1 for a full evaluation.</summary>
    public int DeltaElement { get; set; } = -1;

    public void ClearDeltas()
    {
        if (AnyInserted)
        {
            Array.Clear(_insertedInto!);
            AnyInserted = false;
        }

        _notInserts?.Clear();
        _matchRetracts?.Clear();
    }

    /// <summary>
    /// The rule's activations. Most rules of a session never match, so a rule shares one empty table until its first
    /// activation (<see cref="AddActivation"/>); only added activations are ever removed, so the shared one stays empty.
    /// </summary>
    public KeyedTable<Activation> Activations { get; private set; } = NoActivations;

    private static readonly KeyedTable<Activation> NoActivations = new();

    public void AddActivation(Activation activation)
    {
        if (ReferenceEquals(Activations, NoActivations))
        {
            Activations = new KeyedTable<Activation>();
        }

        Activations.Add(activation);
    }

    /// <summary>
    /// The matcher's working tuple. Shared by all rules of the session (only one rule is matched at a time), so it may
    /// be longer than the rule's slots; activations copy just their part.
    /// </summary>
    public object?[] Tuple { get; }

    /// <summary>The matcher's working key (Match facts bound so far); shared like <see cref="Tuple"/>.</summary>
    public FactEntry[] Key { get; }

    public KeyedTable<CollectEntry>[] Collects { get; }

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
