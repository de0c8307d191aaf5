using System.Linq.Expressions;
using System.Reflection;
using Insurance.Rules.Engine.Model;
using Insurance.Rules.Engine.Runtime;

namespace Insurance.Rules.Engine.Compilation;

/// <summary>
/// Turns a declared rule into a <see cref="CompiledRule"/>: assigns tuple slots to variables, splits pattern
/// conditions into single-fact (alpha) tests and joins, and turns every expression into a delegate that is
/// interpreted on its first uses and JIT-compiled after (<see cref="DeferredLambda{TDelegate}"/>).
/// </summary>
internal static class RuleCompiler
{
    public static CompiledRule Compile(RuleModel model, int ruleIndex, List<CompiledPattern> patterns, List<IPreparable> lambdas)
    {
        var name = model.Definition.Name;
        var elements = model.Elements;
        if (!elements.Any(e => e.IsPattern))
        {
            throw new RuleDefinitionException(name, "When() declares no pattern; a rule needs at least one Match, Exists, Not or Collect.");
        }

        if (model.Actions.Count == 0)
        {
            throw new RuleDefinitionException(name, "Then() declares no action; a rule needs at least one Do().");
        }

        var aliases = new Dictionary<MemberInfo, AliasInfo>();
        var slots = new int[elements.Count];
        var slotCount = 0;
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            var hasSlot = element.Kind is ElementKind.Match or ElementKind.Collect or ElementKind.Let;
            slots[i] = hasSlot ? slotCount++ : -1;
            if (element.Alias is { } member)
            {
                if (aliases.TryGetValue(member, out var existing))
                {
                    throw new RuleDefinitionException(name,
                        $"variable '{member.Name}' is bound twice (elements #{existing.ElementIndex + 1} and #{i + 1}); use a separate variable for each.");
                }

                aliases.Add(member, new AliasInfo(member.Name, slots[i], i));
            }
        }

        var tuple = Expression.Parameter(typeof(object[]), "tuple");
        var compiled = new CompiledElement[elements.Count];
        var keyCount = 0;
        var collectSlots = new List<int>();
        var factSlots = new List<int>();
        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            switch (element.Kind)
            {
                case ElementKind.Match:
                case ElementKind.Exists:
                case ElementKind.Not:
                case ElementKind.Collect:
                {
                    var (alpha, beta) = CompileConditions(element, i, aliases, tuple, name, lambdas);
                    var patternId = patterns.Count;
                    patterns.Add(new CompiledPattern(patternId, element.FactType!, alpha, ruleIndex, i, element.Kind));
                    var isMatch = element.Kind == ElementKind.Match;
                    var isCollect = element.Kind == ElementKind.Collect;
                    compiled[i] = new CompiledElement
                    {
                        Kind = element.Kind,
                        PatternId = patternId,
                        Slot = slots[i],
                        KeyIndex = isMatch ? keyCount : -1,
                        KeysBefore = keyCount,
                        CollectIndex = isCollect ? collectSlots.Count : -1,
                        Beta = beta,
                        ListBuilder = isCollect ? CollectListBuilder.For(element.FactType!) : null,
                    };
                    if (isMatch)
                    {
                        keyCount++;
                        factSlots.Add(slots[i]);
                    }
                    else if (isCollect)
                    {
                        collectSlots.Add(slots[i]);
                        factSlots.Add(slots[i]);
                    }

                    break;
                }

                case ElementKind.Let:
                {
                    var expression = element.Expressions[0];
                    var rewriter = new AliasRewriter(aliases, i, tuple, name);
                    var body = rewriter.Visit(expression.Body);
                    var let = Deferred.Let(Expression.Lambda<Func<object?[], object?>>(Expression.Convert(body, typeof(object)), tuple), lambdas);
                    compiled[i] = new CompiledElement { Kind = element.Kind, Slot = slots[i], KeysBefore = keyCount, Let = let };
                    break;
                }

                case ElementKind.Having:
                {
                    Expression? all = null;
                    foreach (var condition in element.Expressions)
                    {
                        var body = new AliasRewriter(aliases, i, tuple, name).Visit(condition.Body);
                        all = all is null ? body : Expression.AndAlso(all, body);
                    }

                    var having = Deferred.Having(Expression.Lambda<Func<object?[], bool>>(all!, tuple), lambdas);
                    compiled[i] = new CompiledElement { Kind = element.Kind, KeysBefore = keyCount, Having = having };
                    break;
                }

                default:
                    throw new RuleDefinitionException(name, $"unknown element kind {element.Kind}.");
            }
        }

        var actions = new Action<IContext, object?[]>[model.Actions.Count];
        for (var i = 0; i < actions.Length; i++)
        {
            var action = model.Actions[i];
            var body = new AliasRewriter(aliases, elements.Count, tuple, name).Visit(action.Body);
            actions[i] = Deferred.Action(Expression.Lambda<Action<IContext, object?[]>>(body, action.Parameters[0], tuple), lambdas);
        }

        return new CompiledRule
        {
            Definition = model.Definition,
            Index = ruleIndex,
            Elements = compiled,
            SlotCount = slotCount,
            KeyCount = keyCount,
            CollectCount = collectSlots.Count,
            CollectSlots = collectSlots.ToArray(),
            FactSlots = factSlots.ToArray(),
            Actions = actions,
            EvaluateInitially = !elements.Any(e => e.Kind is ElementKind.Match or ElementKind.Exists),
        };
    }

    // Conditions that read no variable depend on the fact alone: they are evaluated once per insert or update and
    // decide membership of the pattern's alpha memory. The rest are joins, evaluated while the rule is matched.
    // A condition written as a && b is split first, so its single-fact part still filters the alpha memory.
    private static (Func<object, bool>? Alpha, Func<object?[], object, bool>? Beta) CompileConditions(
        RuleElement element, int index, IReadOnlyDictionary<MemberInfo, AliasInfo> aliases, ParameterExpression tuple, string ruleName,
        List<IPreparable> lambdas)
    {
        var factType = element.FactType!;
        var fact = Expression.Parameter(typeof(object), "fact");
        var typed = Expression.Variable(factType, "f");
        var self = element.Kind == ElementKind.Match ? element.Alias : null;
        var alpha = new List<Expression>();
        var beta = new List<Expression>();
        foreach (var condition in element.Expressions)
        {
            foreach (var conjunct in Conjuncts(condition.Body))
            {
                var rewriter = new AliasRewriter(aliases, index, tuple, ruleName, condition.Parameters[0], typed, self);
                var body = rewriter.Visit(conjunct);
                (rewriter.UsesTuple ? beta : alpha).Add(body);
            }
        }

        Func<object, bool>? alphaTest = null;
        if (alpha.Count > 0)
        {
            alphaTest = Deferred.Alpha(Expression.Lambda<Func<object, bool>>(TypedBlock(fact, typed, alpha), fact), lambdas);
        }

        Func<object?[], object, bool>? betaTest = null;
        if (beta.Count > 0)
        {
            betaTest = Deferred.Beta(Expression.Lambda<Func<object?[], object, bool>>(TypedBlock(fact, typed, beta), tuple, fact), lambdas);
        }

        return (alphaTest, betaTest);
    }

    private static IEnumerable<Expression> Conjuncts(Expression body)
    {
        if (body is BinaryExpression { NodeType: ExpressionType.AndAlso, Method: null } and)
        {
            foreach (var left in Conjuncts(and.Left))
            {
                yield return left;
            }

            foreach (var right in Conjuncts(and.Right))
            {
                yield return right;
            }
        }
        else
        {
            yield return body;
        }
    }

    private static BlockExpression TypedBlock(ParameterExpression fact, ParameterExpression typed, List<Expression> conditions)
    {
        var all = conditions[0];
        for (var i = 1; i < conditions.Count; i++)
        {
            all = Expression.AndAlso(all, conditions[i]);
        }

        return Expression.Block(typeof(bool), [typed], Expression.Assign(typed, Expression.Convert(fact, typed.Type)), all);
    }
}
