namespace Insurance.Rules.Engine;

/// <summary>
/// A working memory of facts matched against the rules of a session factory. Single-threaded and cheap to create.
/// Facts are identified by reference. Matching happens when <see cref="Fire()"/> runs.
/// </summary>
/// <remarks>
/// A session whose <see cref="Fire()"/> threw anything other than <see cref="RuleFiringLimitException"/> (a
/// condition, an action or an event handler failed) is faulted: every further call except <see cref="Query{T}"/>
/// and <see cref="IDisposable.Dispose"/> throws <see cref="InvalidOperationException"/>. Create a new session.
/// </remarks>
public interface ISession : IDisposable
{
    /// <summary>Inserts a fact.</summary>
    /// <param name="fact">The fact; not null.</param>
    /// <exception cref="InvalidOperationException">The same instance is already in working memory.</exception>
    void Insert(object fact);

    /// <summary>Inserts facts one by one, in order. On failure, the facts before the failing one stay inserted.</summary>
    /// <param name="facts">The facts.</param>
    void InsertAll(IEnumerable<object> facts);

    /// <summary>Tells the session that a fact has changed, so rules that match it are re-evaluated.</summary>
    /// <param name="fact">A fact in working memory.</param>
    /// <exception cref="InvalidOperationException">The fact is not in working memory.</exception>
    void Update(object fact);

    /// <summary>Removes a fact.</summary>
    /// <param name="fact">A fact in working memory.</param>
    /// <exception cref="InvalidOperationException">The fact is not in working memory.</exception>
    void Retract(object fact);

    /// <summary>Removes a fact if it is in working memory.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether it was there.</returns>
    bool TryRetract(object fact);

    /// <summary>Fires rules until no activation is pending (at most 10 000 firings).</summary>
    /// <returns>The number of rules fired.</returns>
    /// <exception cref="RuleFiringLimitException">10 000 rules fired and more were pending.</exception>
    /// <exception cref="RuleConditionException">A condition threw.</exception>
    /// <exception cref="RuleActionException">An action threw.</exception>
    int Fire();

    /// <summary>Fires rules until no activation is pending, or until an action halts.</summary>
    /// <param name="maxFirings">The most rules to fire in this call; at least 1.</param>
    /// <returns>The number of rules fired.</returns>
    /// <exception cref="RuleFiringLimitException"><paramref name="maxFirings"/> rules fired and more were pending.</exception>
    /// <exception cref="RuleConditionException">A condition threw.</exception>
    /// <exception cref="RuleActionException">An action threw.</exception>
    int Fire(int maxFirings);

    /// <summary>The facts in working memory assignable to <typeparamref name="T"/>, in insertion order (a snapshot).</summary>
    /// <typeparam name="T">The type to query.</typeparam>
    /// <returns>The facts.</returns>
    IEnumerable<T> Query<T>();

    /// <summary>The diagnostics events of this session.</summary>
    ISessionEvents Events { get; }
}
