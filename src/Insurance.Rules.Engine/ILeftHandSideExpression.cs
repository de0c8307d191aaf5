using System.Linq.Expressions;

namespace Insurance.Rules.Engine;

/// <summary>
/// Builds the conditions of a rule (its left-hand side), element by element, in order. Elements may refer to
/// variables bound by earlier elements; a reference to a variable bound later (or never) is a definition error.
/// </summary>
/// <remarks>
/// A variable is a field of the rule class or a local variable of <see cref="Rule.Define"/>, named by an alias
/// expression such as <c>() =&gt; gap</c>. The engine never reads or writes that field: every reference to it in a
/// condition, a <c>Let</c>, a <c>Having</c> or an action is rewritten to read the value bound in the match.
/// Conditions must be free of side effects; they can be evaluated any number of times.
/// </remarks>
public interface ILeftHandSideExpression
{
    /// <summary>
    /// Matches one fact of type <typeparamref name="T"/> (or a subtype) and binds it to a variable. The rule
    /// activates once for every combination of facts that satisfies all its elements.
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The variable, as <c>() =&gt; variable</c>.</param>
    /// <param name="conditions">Conditions on the fact; they may refer to earlier variables (a join).</param>
    /// <returns>This builder, for chaining.</returns>
    ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions)
        where T : class;

    /// <summary>
    /// Matches one fact of type <typeparamref name="T"/> without binding it to a variable. The fact still takes part
    /// in the match (one activation per matching fact).
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may refer to earlier variables.</param>
    /// <returns>This builder, for chaining.</returns>
    ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>
    /// Holds when at least one fact of type <typeparamref name="T"/> satisfies the conditions. Binds nothing and
    /// does not multiply activations.
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may refer to earlier variables.</param>
    /// <returns>This builder, for chaining.</returns>
    ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>
    /// Holds when no fact of type <typeparamref name="T"/> satisfies the conditions. When such a fact appears
    /// later, the activation is cancelled (and the facts it inserted with <see cref="IContext.InsertLinked"/> are
    /// retracted).
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="conditions">Conditions on the fact; they may refer to earlier variables.</param>
    /// <returns>This builder, for chaining.</returns>
    ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions) where T : class;

    /// <summary>Binds a computed value to a variable. The expression may use earlier variables.</summary>
    /// <typeparam name="TResult">The value type.</typeparam>
    /// <param name="alias">The variable, as <c>() =&gt; variable</c>.</param>
    /// <param name="expression">The value, computed once per match.</param>
    /// <returns>This builder, for chaining.</returns>
    ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression);

    /// <summary>Filters matches by conditions on earlier variables (facts and <c>Let</c> values).</summary>
    /// <param name="conditions">The conditions; all must hold.</param>
    /// <returns>This builder, for chaining.</returns>
    ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions);

    /// <summary>
    /// Binds all facts of type <typeparamref name="T"/> that satisfy the conditions, as a list in insertion order.
    /// Matches also when the list is empty. When such facts are inserted, updated or retracted, the list is
    /// recomputed and the activation fires again.
    /// </summary>
    /// <typeparam name="T">The fact type.</typeparam>
    /// <param name="alias">The variable, as <c>() =&gt; variable</c>, declared as <see cref="IReadOnlyList{T}"/>.</param>
    /// <param name="conditions">Conditions on each fact; they may refer to earlier variables.</param>
    /// <returns>This builder, for chaining.</returns>
    ILeftHandSideExpression Collect<T>(Expression<Func<IReadOnlyList<T>>> alias, params Expression<Func<T, bool>>[] conditions)
        where T : class;
}
