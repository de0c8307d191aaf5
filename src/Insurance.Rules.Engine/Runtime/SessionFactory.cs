using System.Collections.Concurrent;
using Insurance.Rules.Engine.Compilation;

namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// The compiled rules and their patterns. Immutable apart from a cache of which patterns a fact type feeds,
/// which is concurrent and only ever grows.
/// </summary>
internal sealed class SessionFactory : ISessionFactory
{
    private readonly ConcurrentDictionary<Type, int[]> _patternsByType = new();
    private readonly Func<Type, int[]> _computePatterns;

    public SessionFactory(CompiledRule[] rules, CompiledPattern[] patterns)
    {
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
        InitiallyDirty = initial.ToArray();
        _computePatterns = ComputePatterns;
    }

    public IReadOnlyList<IRuleDefinition> Rules { get; }

    public CompiledRule[] CompiledRules { get; }

    public CompiledPattern[] Patterns { get; }

    /// <summary>Rules that can match an empty working memory.</summary>
    public int[] InitiallyDirty { get; }

    public ISession CreateSession() => new Session(this);

    /// <summary>The patterns (in rule and element order) that a fact of this concrete type can match.</summary>
    public int[] PatternsFor(Type factType) => _patternsByType.GetOrAdd(factType, _computePatterns);

    private int[] ComputePatterns(Type factType)
    {
        var ids = new List<int>();
        foreach (var pattern in Patterns)
        {
            if (pattern.FactType.IsAssignableFrom(factType))
            {
                ids.Add(pattern.Id);
            }
        }

        return ids.ToArray();
    }
}
