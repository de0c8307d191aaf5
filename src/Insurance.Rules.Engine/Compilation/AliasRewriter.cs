using System.Linq.Expressions;
using System.Reflection;

namespace Insurance.Rules.Engine.Compilation;

/// <summary>
/// Rewrites a rule expression so that it reads its variables from the match tuple instead of from the closure
/// field that names them. This is what makes a compiled rule independent of the rule instance: delegates take
/// the tuple (and the candidate fact) as parameters and never touch the alias fields, so one factory can run many
/// sessions at once.
/// </summary>
internal sealed class AliasRewriter : ExpressionVisitor
{
    private readonly IReadOnlyDictionary<MemberInfo, AliasInfo> _aliases;
    private readonly int _scope;
    private readonly ParameterExpression _tuple;
    private readonly string _ruleName;
    private readonly ParameterExpression? _parameter;
    private readonly Expression? _parameterReplacement;
    private readonly MemberInfo? _self;

    /// <param name="aliases">All variables of the rule.</param>
    /// <param name="scope">The index of the element being compiled: only variables bound before it are visible.</param>
    /// <param name="tuple">The tuple parameter of the compiled delegate.</param>
    /// <param name="ruleName">For error messages.</param>
    /// <param name="parameter">The lambda parameter to replace (the fact of a pattern condition), if any.</param>
    /// <param name="parameterReplacement">What replaces it (the typed fact variable).</param>
    /// <param name="self">The pattern's own alias: inside its conditions it means the candidate fact.</param>
    public AliasRewriter(IReadOnlyDictionary<MemberInfo, AliasInfo> aliases, int scope, ParameterExpression tuple, string ruleName,
        ParameterExpression? parameter = null, Expression? parameterReplacement = null, MemberInfo? self = null)
    {
        _aliases = aliases;
        _scope = scope;
        _tuple = tuple;
        _ruleName = ruleName;
        _parameter = parameter;
        _parameterReplacement = parameterReplacement;
        _self = self;
    }

    /// <summary>Whether the rewritten expression reads the tuple (so it is a join, not a test on one fact).</summary>
    public bool UsesTuple { get; private set; }

    protected override Expression VisitParameter(ParameterExpression node)
        => node == _parameter && _parameterReplacement is not null ? _parameterReplacement : node;

    protected override Expression VisitMember(MemberExpression node)
    {
        if (!_aliases.TryGetValue(node.Member, out var alias))
        {
            return base.VisitMember(node);
        }

        if (_self is not null && node.Member.Equals(_self) && _parameterReplacement is not null)
        {
            return _parameterReplacement;
        }

        if (alias.ElementIndex >= _scope)
        {
            throw new RuleDefinitionException(_ruleName,
                $"element #{_scope + 1} uses variable '{alias.Name}' before it is bound (it is bound by element #{alias.ElementIndex + 1}); "
                + "a condition may only use variables bound by earlier elements.");
        }

        UsesTuple = true;
        return Expression.Convert(Expression.ArrayIndex(_tuple, Expression.Constant(alias.Slot)), node.Type);
    }
}
