namespace Insurance.Rules.Engine;

/// <summary>
/// A condition, <c>Let</c> or <c>Having</c> expression of a rule threw while the session matched facts. The
/// original exception is the <see cref="Exception.InnerException"/>. Thrown by <see cref="ISession.Fire()"/>; the
/// session is faulted afterwards and must be disposed.
/// </summary>
public sealed class RuleConditionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The rule whose condition threw.</param>
    /// <param name="facts">The facts the condition was evaluated with, in pattern order.</param>
    /// <param name="innerException">The exception the condition threw.</param>
    public RuleConditionException(string ruleName, IReadOnlyList<object> facts, Exception innerException)
        : base($"A condition of rule '{ruleName}' threw {innerException?.GetType().Name}: {innerException?.Message}", innerException)
    {
        ArgumentNullException.ThrowIfNull(facts);
        RuleName = ruleName;
        Facts = facts;
    }

    /// <summary>The rule whose condition threw.</summary>
    public string RuleName { get; }

    /// <summary>The facts the condition was evaluated with: the facts matched so far and the candidate fact.</summary>
    public IReadOnlyList<object> Facts { get; }
}
