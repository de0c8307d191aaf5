using System.Linq.Expressions;

namespace Insurance.Rules.Engine.Compilation;

/// <summary>
/// Finds a parameter used outside the lambda or block that declares it: the defect an expression tree can have
/// that only the lambda compiler would report. Run when a rule is compiled, so that compiling its lambdas later,
/// on first use, cannot fail.
/// </summary>
internal sealed class ScopeCheck : ExpressionVisitor
{
    private readonly List<ParameterExpression> _inScope = [];

    private ScopeCheck()
    {
    }

    /// <exception cref="InvalidOperationException">When a parameter is referenced outside its scope.</exception>
    public static void Verify(LambdaExpression lambda) => new ScopeCheck().Visit(lambda);

    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        var count = _inScope.Count;
        _inScope.AddRange(node.Parameters);
        Visit(node.Body);
        _inScope.RemoveRange(count, _inScope.Count - count);
        return node;
    }

    protected override Expression VisitBlock(BlockExpression node)
    {
        var count = _inScope.Count;
        _inScope.AddRange(node.Variables);
        Visit(node.Expressions);
        _inScope.RemoveRange(count, _inScope.Count - count);
        return node;
    }

    protected override CatchBlock VisitCatchBlock(CatchBlock node)
    {
        var count = _inScope.Count;
        if (node.Variable is not null)
        {
            _inScope.Add(node.Variable);
        }

        Visit(node.Filter);
        Visit(node.Body);
        _inScope.RemoveRange(count, _inScope.Count - count);
        return node;
    }

    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!_inScope.Contains(node))
        {
            throw new InvalidOperationException(
                $"variable '{node.Name}' of type '{node.Type}' is referenced outside the lambda or block that declares it.");
        }

        return node;
    }
}
