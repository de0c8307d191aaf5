using System.Collections.Concurrent;
using Insurance.Rules.Engine.Compilation;

namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// The compiled rules and their patterns. Immutable apart from a cache of which patterns a fact type feeds,
/// which is concurrent and only ever grows.
/// </summary>
internal sealed class SessionFactory : ISessionFactory
{
    private readonly ConcurrentDictionary<Type, AlphaNode[]> _nodesByType = new();
    private readonly Func<Type, AlphaNode[]> _computeNodes;
    private readonly int[] _memoryOfPattern;

    // A size hint, not state: racing sessions may overwrite each other's note, which only changes a starting size.
    private int _factCountHint;

    // One odd case with thousands of facts should not make every later session allocate for thousands.
    private const int MaxFactCountHint = 256;

    private readonly IPreparable[] _lambdas;

    public SessionFactory(CompiledRule[] rules, CompiledPattern[] patterns, IPreparable[] lambdas)
    {
        _lambdas = lambdas;
        CompiledRules = rules;
        Patterns = patterns;
        var definitions = new IRuleDefinition[rules.Length];
        var initial = new List<int>();
        for (var i = 0; i < rules.Length; i++)
        {
            definitions[i] = rules[i].Definition;
            if (rules[i].EvaluateInitially)
            {
                initial.Add(i);
            }
        }

        Rules = Array.AsReadOnly(definitions);
        foreach (var rule in rules)
        {
            MaxSlotCount = Math.Max(MaxSlotCount, rule.SlotCount);
            MaxKeyCount = Math.Max(MaxKeyCount, rule.KeyCount);
        }

        InitiallyDirty = initial.ToArray();

        // Patterns with no single-fact condition on the same type hold the same facts: give them one memory.
        _memoryOfPattern = new int[patterns.Length];
        var shared = new Dictionary<Type, int>();
        var memories = 0;
        foreach (var pattern in patterns)
        {
            if (pattern.Alpha is not null)
            {
                _memoryOfPattern[pattern.Id] = memories++;
            }
            else if (shared.TryGetValue(pattern.FactType, out var memory))
            {
                _memoryOfPattern[pattern.Id] = memory;
            }
            else
            {
                shared.Add(pattern.FactType, memories);
                _memoryOfPattern[pattern.Id] = memories++;
            }
        }

        MemoryCount = memories;
        foreach (var rule in rules)
        {
            foreach (var element in rule.Elements)
            {
                if (element.PatternId >= 0)
                {
                    element.MemoryId = _memoryOfPattern[element.PatternId];
                }
            }
        }

        _computeNodes = ComputeNodes;
    }

    public IReadOnlyList<IRuleDefinition> Rules { get; }

    public CompiledRule[] CompiledRules { get; }

    public CompiledPattern[] Patterns { get; }

    /// <summary>Rules that can match an empty working memory.</summary>
    public int[] InitiallyDirty { get; }

    /// <summary>How many alpha memories a session has.</summary>
    public int MemoryCount { get; }

    /// <summary>
    /// How many facts (with retracted ones not yet compacted away) the largest disposed session of this factory held,
    /// up to a cap: the starting size of a new session's tables.
    /// </summary>
    public int FactCountHint => Volatile.Read(ref _factCountHint);

    /// <summary>The most tuple slots any rule needs (the size of a session's shared working tuple).</summary>
    public int MaxSlotCount { get; }

    /// <summary>The most Match facts any rule binds (the size of a session's shared working key).</summary>
    public int MaxKeyCount { get; }


    public ISession CreateSession() => new Session(this);

    /// <summary>How many rule expressions exist, and how many are ready for a call (for tests).</summary>
    internal (int Total, int Prepared) LambdaReadiness => (_lambdas.Length, _lambdas.Count(l => l.IsPrepared));

    public void Prepare()
    {
        // Last rule first: a session started alongside works through the rules from the first, so the two meet
        // in the middle instead of building the same expressions.
        for (var i = _lambdas.Length - 1; i >= 0; i--)
        {
            _lambdas[i].Prepare();
        }
    }

    /// <summary>Notes how many facts a session held when it was disposed.</summary>
    public void NoteFactCount(int count)
    {
        count = Math.Min(count, MaxFactCountHint);
        if (count > Volatile.Read(ref _factCountHint))
        {
            Volatile.Write(ref _factCountHint, count);
        }
    }

    /// <summary>The alpha memories (with their patterns, in rule and element order) a fact of this concrete type feeds.</summary>
    public AlphaNode[] NodesFor(Type factType) => _nodesByType.GetOrAdd(factType, _computeNodes);

    private AlphaNode[] ComputeNodes(Type factType)
    {
        var byMemory = new Dictionary<int, List<CompiledPattern>>();
        var order = new List<int>();
        foreach (var pattern in Patterns)
        {
            if (!pattern.FactType.IsAssignableFrom(factType))
            {
                continue;
            }

            var memory = _memoryOfPattern[pattern.Id];
            if (!byMemory.TryGetValue(memory, out var list))
            {
                byMemory.Add(memory, list = []);
                order.Add(memory);
            }

            list.Add(pattern);
        }

        var nodes = new AlphaNode[order.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            var patterns = byMemory[order[i]];
            nodes[i] = new AlphaNode(order[i], patterns[0].Alpha, patterns.ToArray());
        }

        return nodes;
    }
}
