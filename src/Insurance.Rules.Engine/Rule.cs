using Insurance.Rules.Engine.Model;

namespace Insurance.Rules.Engine;

/// <summary>
/// Base class of every rule. A rule class overrides <see cref="Define"/> and there declares its conditions with
/// <see cref="When"/> and its actions with <see cref="Then"/>; metadata comes from attributes
/// (<see cref="NameAttribute"/>, <see cref="DescriptionAttribute"/>, <see cref="TagAttribute"/>,
/// <see cref="PriorityAttribute"/>, <see cref="BasisAttribute"/>).
/// </summary>
/// <example>
/// <code>
/// [Name("ShortGapKeepsContinuity"), Priority(10)]
/// public sealed class ShortGapKeepsContinuityRule : Rule
/// {
///     public override void Define()
///     {
///         Person person = default!;
///         Gap gap = default!;
///         When()
///             .Match(() => person)
///             .Match(() => gap, g => g.Owner == person, g => g.Months &lt;= 3)
///             .Not&lt;Interruption&gt;(i => i.Owner == person);
///         Then()
///             .Do(ctx => ctx.InsertLinked(new Continuity(person, gap)));
///     }
/// }
/// </code>
/// </example>
public abstract class Rule
{
    // Define() records into the builder of the current compilation; the lock keeps two repositories compiling the
    // same instance at once from mixing their declarations.
    private readonly object _defineGate = new();
    private RuleBuilder? _builder;

    /// <summary>
    /// Declares the rule. Called once, when the repository is compiled; the expressions it declares are compiled
    /// into delegates then. It must not depend on facts or on state that changes.
    /// </summary>
    public abstract void Define();

    /// <summary>Starts (or continues) the conditions of the rule. Only valid inside <see cref="Define"/>.</summary>
    /// <returns>The left-hand-side builder.</returns>
    protected ILeftHandSideExpression When() => CurrentBuilder();

    /// <summary>Starts (or continues) the actions of the rule. Only valid inside <see cref="Define"/>.</summary>
    /// <returns>The right-hand-side builder.</returns>
    protected IRightHandSideExpression Then() => CurrentBuilder();

    internal RuleModel BuildModel(RuleDefinition definition)
    {
        lock (_defineGate)
        {
            var builder = new RuleBuilder(definition);
            _builder = builder;
            try
            {
                Define();
            }
            catch (RuleDefinitionException)
            {
                throw;
            }
            catch (Exception ex)
            {
                throw new RuleDefinitionException(definition.Name, $"Define() threw {ex.GetType().Name}: {ex.Message}", ex);
            }
            finally
            {
                _builder = null;
            }

            return builder.ToModel();
        }
    }

    private RuleBuilder CurrentBuilder()
        => _builder ?? throw new InvalidOperationException("When() and Then() can only be called inside Define(), which the rule repository calls when it compiles.");
}
