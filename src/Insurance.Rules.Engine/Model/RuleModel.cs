using System.Linq.Expressions;

namespace Insurance.Rules.Engine.Model;

/// <summary>A rule as declared by its <see cref="Rule.Define"/>: metadata, elements and actions.</summary>
/// <param name="Definition">The metadata.</param>
/// <param name="Elements">The left-hand side, in order.</param>
/// <param name="Actions">The actions (<c>Expression&lt;Action&lt;IContext&gt;&gt;</c>), in order.</param>
internal sealed record RuleModel(
    RuleDefinition Definition,
    IReadOnlyList<RuleElement> Elements,
    IReadOnlyList<LambdaExpression> Actions);
