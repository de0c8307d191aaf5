namespace Insurance.Rules.Engine;

/// <summary>
/// The rules loop. Usually <see cref="ISession.Fire(int)"/> fired its limit of activations and more were pending
/// (for example a rule updates a fact it matches without changing whether it matches); the session then stays
/// consistent, with the pending activations on the agenda. It is also thrown at once, leaving the session faulted,
/// when a rule blocks itself: a fact it inserted with <see cref="IContext.InsertLinked"/> matches its own
/// <c>Not</c>, which can never settle.
/// </summary>
public sealed class RuleFiringLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="limit">The firing limit of the call.</param>
    /// <param name="ruleNames">The rules that kept firing, most frequent first.</param>
    public RuleFiringLimitException(int limit, IReadOnlyList<string> ruleNames)
        : this(limit, ruleNames, $"Fire() reached its limit of {limit} firings with activations still pending; rules that kept firing: {string.Join(", ", ruleNames ?? [])}.")
    {
    }

    /// <summary>Creates the exception with a message of its own.</summary>
    /// <param name="limit">The firing limit of the call.</param>
    /// <param name="ruleNames">The rules that kept firing, most frequent first.</param>
    /// <param name="message">The message.</param>
    public RuleFiringLimitException(int limit, IReadOnlyList<string> ruleNames, string message)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(ruleNames);
        Limit = limit;
        RuleNames = ruleNames;
    }

    /// <summary>The firing limit of the call.</summary>
    public int Limit { get; }

    /// <summary>
    /// The rules that fired more than once in the call (all that fired, if none fired twice), most frequent first;
    /// ties in declaration order.
    /// </summary>
    public IReadOnlyList<string> RuleNames { get; }
}
