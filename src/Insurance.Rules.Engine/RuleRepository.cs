using System.Reflection;
using Insurance.Rules.Engine.Compilation;
using Insurance.Rules.Engine.Model;
using Insurance.Rules.Engine.Runtime;

namespace Insurance.Rules.Engine;

/// <summary>
/// Collects rules and compiles them into a session factory.
/// </summary>
/// <remarks>
/// Rules keep the order they were loaded or added in: assemblies in the order given, and within an assembly rule
/// types sorted by full name (ordinal). That order is the agenda's tie-break between rules of equal priority, so
/// it is part of the behaviour and stable across builds.
/// </remarks>
public sealed class RuleRepository
{
    private readonly List<(RuleDefinition Definition, Rule Instance)> _rules = [];
    private readonly object _gate = new();

    /// <summary>The rules loaded so far, in declaration order.</summary>
    public IReadOnlyList<IRuleDefinition> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.ConvertAll(static r => (IRuleDefinition)r.Definition).AsReadOnly();
            }
        }
    }

    /// <summary>
    /// Loads every non-abstract <see cref="Rule"/> type with a public parameterless constructor from the assemblies.
    /// </summary>
    /// <param name="assemblies">The assemblies, in the order their rules should be declared.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Load(params Assembly[] assemblies) => Load(assemblies, static _ => true);

    /// <summary>
    /// Loads the rule types of the assemblies whose metadata passes the filter (for example a tag filter:
    /// <c>r =&gt; r.Tags.Contains("CN")</c>). Rules that do not pass are not even instantiated.
    /// </summary>
    /// <param name="assemblies">The assemblies, in the order their rules should be declared.</param>
    /// <param name="filter">Which rules to load.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Load(IEnumerable<Assembly> assemblies, Func<IRuleDefinition, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(assemblies);
        ArgumentNullException.ThrowIfNull(filter);
        var loaded = new List<(RuleDefinition, Rule)>();
        foreach (var assembly in assemblies)
        {
            ArgumentNullException.ThrowIfNull(assembly);
            foreach (var type in RuleTypesInOrder(assembly))
            {
                var definition = RuleDefinition.FromType(type);
                if (!filter(definition))
                {
                    continue;
                }

                loaded.Add((definition, Instantiate(type, definition)));
            }
        }

        lock (_gate)
        {
            _rules.AddRange(loaded);
        }

        return this;
    }

    /// <summary>Adds one rule instance (useful in tests, or for rules that take constructor arguments).</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>This repository.</returns>
    public RuleRepository Add(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var definition = RuleDefinition.FromType(rule.GetType());
        lock (_gate)
        {
            _rules.Add((definition, rule));
        }

        return this;
    }

    /// <summary>
    /// Calls every rule's <see cref="Rule.Define"/> once and compiles its expressions into delegates. The factory
    /// is independent of this repository: adding rules afterwards does not change it.
    /// </summary>
    /// <returns>An immutable, thread-safe session factory.</returns>
    /// <exception cref="RuleDefinitionException">A rule is defined wrongly, or two rules have the same name.</exception>
    public ISessionFactory Compile()
    {
        (RuleDefinition Definition, Rule Instance)[] rules;
        lock (_gate)
        {
            rules = _rules.ToArray();
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var compiled = new CompiledRule[rules.Length];
        var patterns = new List<CompiledPattern>();
        var lambdas = new List<IPreparable>();
        for (var i = 0; i < rules.Length; i++)
        {
            var (definition, instance) = rules[i];
            if (!names.Add(definition.Name))
            {
                throw new RuleDefinitionException(definition.Name,
                    $"another rule has the same name (this one is {definition.RuleType.FullName}); rules are identified by name in traces, so give one of them a [Name].");
            }

            var model = instance.BuildModel(definition);
            try
            {
                compiled[i] = RuleCompiler.Compile(model, i, patterns, lambdas);
            }
            catch (Exception ex) when (ex is not RuleDefinitionException)
            {
                throw new RuleDefinitionException(definition.Name, $"its expressions could not be compiled: {ex.Message}", ex);
            }
        }

        return new SessionFactory(compiled, patterns.ToArray(), lambdas.ToArray());
    }

    // The assembly's rule types sorted by full name (ordinal). Written out rather than with LINQ: the scan is a fixed
    // part of every cold start, and the base-class walk and a keyed array sort cost a fraction of IsAssignableFrom on
    // every type (compiler-generated ones included) and of an OrderBy.
    private static Type[] RuleTypesInOrder(Assembly assembly)
    {
        var found = new List<Type>();
        foreach (var type in LoadableTypes(assembly))
        {
            if (IsRuleType(type))
            {
                found.Add(type);
            }
        }

        var types = found.ToArray();
        var names = Array.ConvertAll(types, static t => t.FullName ?? t.Name);
        Array.Sort(names, types, StringComparer.Ordinal);
        return types;
    }

    // A concrete class derived from Rule (Rule itself is abstract), closed, with a public parameterless constructor.
    private static bool IsRuleType(Type type)
        => type.IsSubclassOf(typeof(Rule))
           && !type.IsAbstract
           && !type.ContainsGenericParameters
           && type.GetConstructor(Type.EmptyTypes) is not null;

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            return ex.Types.Where(static t => t is not null)!;
        }
    }

    private static Rule Instantiate(Type type, RuleDefinition definition)
    {
        try
        {
            return (Rule)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw new RuleDefinitionException(definition.Name, $"its constructor threw {ex.InnerException.GetType().Name}: {ex.InnerException.Message}", ex.InnerException);
        }
    }
}
