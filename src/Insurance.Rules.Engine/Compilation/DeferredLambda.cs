using System.Linq.Expressions;

namespace Insurance.Rules.Engine.Compilation;

/// <summary>
/// A rule expression that is made executable when it first runs, not when the rule set is compiled: its first calls go
/// through the expression interpreter, later ones through IL that the JIT compiled. Compiling a lambda costs a few
/// hundred microseconds of JIT time, and a case exercises only the rules its region and facts reach, so this makes
/// <see cref="RuleRepository.Compile"/> cheap, lets a process that evaluates one case JIT none of them, and gives a
/// batch compiled code for the lambdas it runs often. Everything that can be wrong with a rule is
/// still found by <see cref="RuleRepository.Compile"/>: the rewriting, which checks variables, runs there, and
/// <see cref="ScopeCheck"/> rejects the one tree defect left for the lambda compiler (a parameter out of scope).
/// Thread-safe: sessions on several threads may race to compile; one compiled delegate wins and is kept.
/// </summary>
/// <typeparam name="TDelegate">The delegate type.</typeparam>
internal sealed class DeferredLambda<TDelegate> : IPreparable
    where TDelegate : Delegate
{
    // Calls served by the expression interpreter before the lambda is compiled to IL: like the runtime's own tiering,
    // code that runs a few times (a process that evaluates one case) is not worth a JIT compilation.
    private const int InterpretedCalls = 30;

    private readonly Expression<TDelegate> _lambda;
    private TDelegate? _compiled;
    private TDelegate? _interpreted;
    private int _calls;

    public DeferredLambda(Expression<TDelegate> lambda)
    {
        ScopeCheck.Verify(lambda);
        _lambda = lambda;
    }

    /// <summary>The delegate to call: interpreted for the first calls, then compiled.</summary>
    public TDelegate Compiled => _compiled ?? Warm();

    /// <inheritdoc />
    public bool IsPrepared => _compiled is not null || _interpreted is not null;

    /// <inheritdoc />
    public void Prepare()
    {
        if (_compiled is null && _interpreted is null)
        {
            // A race with a first call only builds the interpreted form twice; either copy serves.
            _interpreted = _lambda.Compile(preferInterpretation: true);
        }
    }

    private TDelegate Warm()
    {
        // Racy counting is fine: at worst a lambda is compiled a few calls earlier or later.
        if (++_calls <= InterpretedCalls)
        {
            return _interpreted ??= _lambda.Compile(preferInterpretation: true);
        }

        var compiled = _lambda.Compile();
        return Interlocked.CompareExchange(ref _compiled, compiled, null) ?? compiled;
    }
}

/// <summary>
/// Shorthands that wrap a lambda in a <see cref="DeferredLambda{TDelegate}"/>, add it to the rule set's list (for
/// <see cref="ISessionFactory.Prepare"/>) and return a forwarding delegate.
/// </summary>
internal static class Deferred
{
    public static Func<object, bool> Alpha(Expression<Func<object, bool>> lambda, List<IPreparable> all)
    {
        var d = Register(new DeferredLambda<Func<object, bool>>(lambda), all);
        return fact => d.Compiled(fact);
    }

    public static Func<object?[], object, bool> Beta(Expression<Func<object?[], object, bool>> lambda, List<IPreparable> all)
    {
        var d = Register(new DeferredLambda<Func<object?[], object, bool>>(lambda), all);
        return (tuple, fact) => d.Compiled(tuple, fact);
    }

    public static Func<object?[], object?> Let(Expression<Func<object?[], object?>> lambda, List<IPreparable> all)
    {
        var d = Register(new DeferredLambda<Func<object?[], object?>>(lambda), all);
        return tuple => d.Compiled(tuple);
    }

    public static Func<object?[], bool> Having(Expression<Func<object?[], bool>> lambda, List<IPreparable> all)
    {
        var d = Register(new DeferredLambda<Func<object?[], bool>>(lambda), all);
        return tuple => d.Compiled(tuple);
    }

    public static Action<IContext, object?[]> Action(Expression<Action<IContext, object?[]>> lambda, List<IPreparable> all)
    {
        var d = Register(new DeferredLambda<Action<IContext, object?[]>>(lambda), all);
        return (context, tuple) => d.Compiled(context, tuple);
    }

    private static T Register<T>(T lambda, List<IPreparable> all)
        where T : IPreparable
    {
        all.Add(lambda);
        return lambda;
    }
}

/// <summary>A rule expression that can be made ready for its first call ahead of time.</summary>
internal interface IPreparable
{
    /// <summary>Whether a first call would find a delegate ready.</summary>
    bool IsPrepared { get; }

    /// <summary>Builds the form the first calls use (the interpreted delegate), unless it exists already.</summary>
    void Prepare();
}
