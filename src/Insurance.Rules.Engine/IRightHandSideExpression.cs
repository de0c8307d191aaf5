using System.Linq.Expressions;

namespace Insurance.Rules.Engine;

/// <summary>
/// Builds the actions of a rule (its right-hand side).
/// </summary>
public interface IRightHandSideExpression
{
    /// <summary>
    /// Adds an action. Actions run in the order they were added, each time the rule fires. The action may use
    /// every variable of the rule; it reads the values of the activation being fired.
    /// </summary>
    /// <param name="action">The action, given the firing context.</param>
    /// <returns>This builder, for chaining.</returns>
    IRightHandSideExpression Do(Expression<Action<IContext>> action);
}
