using System.Linq.Expressions;
using System.Reflection;

namespace Insurance.Rules.Engine.Model;

/// <summary>
/// Records what <see cref="Rule.Define"/> declares. Checks the shape of each element at once, so a mistake is
/// reported at the call that made it.
/// </summary>
internal sealed class RuleBuilder : ILeftHandSideExpression, IRightHandSideExpression
{
    private readonly RuleDefinition _definition;
    private readonly List<RuleElement> _elements = [];
    private readonly List<LambdaExpression> _actions = [];

    public RuleBuilder(RuleDefinition definition) => _definition = definition;

    public RuleModel ToModel() => new(_definition, _elements.ToArray(), _actions.ToArray());

    public ILeftHandSideExpression Match<T>(Expression<Func<T>> alias, params Expression<Func<T, bool>>[] conditions)
        where T : class
    {
        var member = AliasMember(alias, "Match");
        return AddPattern(ElementKind.Match, typeof(T), member, typeof(T), conditions);
    }

    public ILeftHandSideExpression Match<T>(params Expression<Func<T, bool>>[] conditions)
        where T : class
        => AddPattern(ElementKind.Match, typeof(T), null, null, conditions);

    public ILeftHandSideExpression Exists<T>(params Expression<Func<T, bool>>[] conditions)
        where T : class
        => AddPattern(ElementKind.Exists, typeof(T), null, null, conditions);

    public ILeftHandSideExpression Not<T>(params Expression<Func<T, bool>>[] conditions)
        where T : class
        => AddPattern(ElementKind.Not, typeof(T), null, null, conditions);

    public ILeftHandSideExpression Collect<T>(Expression<Func<IReadOnlyList<T>>> alias, params Expression<Func<T, bool>>[] conditions)
        where T : class
    {
        var member = AliasMember(alias, "Collect");
        return AddPattern(ElementKind.Collect, typeof(T), member, typeof(IReadOnlyList<T>), conditions);
    }

    public ILeftHandSideExpression Let<TResult>(Expression<Func<TResult>> alias, Expression<Func<TResult>> expression)
    {
        var member = AliasMember(alias, "Let");
        if (expression is null)
        {
            throw Error("Let() was given a null expression.");
        }

        _elements.Add(new RuleElement(ElementKind.Let, null, member, typeof(TResult), [expression]));
        return this;
    }

    public ILeftHandSideExpression Having(params Expression<Func<bool>>[] conditions)
    {
        var checkedConditions = CheckConditions(conditions, "Having");
        if (checkedConditions.Length == 0)
        {
            throw Error("Having() needs at least one condition.");
        }

        _elements.Add(new RuleElement(ElementKind.Having, null, null, null, checkedConditions));
        return this;
    }

    public IRightHandSideExpression Do(Expression<Action<IContext>> action)
    {
        if (action is null)
        {
            throw Error("Do() was given a null action.");
        }

        _actions.Add(action);
        return this;
    }

    private RuleBuilder AddPattern(ElementKind kind, Type factType, MemberInfo? alias, Type? aliasType, LambdaExpression[] conditions)
    {
        var checkedConditions = CheckConditions(conditions, kind.ToString());
        _elements.Add(new RuleElement(kind, factType, alias, aliasType, checkedConditions));
        return this;
    }

    private LambdaExpression[] CheckConditions(LambdaExpression[]? conditions, string method)
    {
        if (conditions is null)
        {
            return [];
        }

        foreach (var condition in conditions)
        {
            if (condition is null)
            {
                throw Error($"{method}() was given a null condition.");
            }
        }

        return (LambdaExpression[])conditions.Clone();
    }

    // An alias names a variable: it must be a plain read of a field or property (a field of the rule class or a
    // captured local), of exactly the variable's type, so that the compiler can recognise it in other expressions.
    private MemberInfo AliasMember(LambdaExpression? alias, string method)
    {
        if (alias is null)
        {
            throw Error($"{method}() was given a null alias.");
        }

        if (alias.Body is MemberExpression { Member: FieldInfo or PropertyInfo } member && member.Type == alias.ReturnType)
        {
            return member.Member;
        }

        throw Error($"the alias '{alias}' given to {method}() must read a field, property or local variable of type {alias.ReturnType.Name}, e.g. () => variable.");
    }

    private RuleDefinitionException Error(string message) => new(_definition.Name, message);
}
