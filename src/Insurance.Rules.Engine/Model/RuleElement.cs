using System.Linq.Expressions;
using System.Reflection;

namespace Insurance.Rules.Engine.Model;

/// <summary>
/// One element of a rule's left-hand side, as declared: the rule model between the DSL and the compiler.
/// </summary>
/// <param name="Kind">What the element does.</param>
/// <param name="FactType">The fact type of a pattern (Match, Exists, Not, Collect); null otherwise.</param>
/// <param name="Alias">The member that names the bound variable (Match with alias, Collect, Let); null otherwise.</param>
/// <param name="AliasType">The declared type of the variable.</param>
/// <param name="Expressions">
/// Pattern conditions (one parameter: the fact), Having conditions (no parameter) or the single Let expression.
/// </param>
internal sealed record RuleElement(
    ElementKind Kind,
    Type? FactType,
    MemberInfo? Alias,
    Type? AliasType,
    IReadOnlyList<LambdaExpression> Expressions)
{
    /// <summary>Whether the element matches facts of <see cref="FactType"/>.</summary>
    public bool IsPattern => Kind is ElementKind.Match or ElementKind.Exists or ElementKind.Not or ElementKind.Collect;
}
