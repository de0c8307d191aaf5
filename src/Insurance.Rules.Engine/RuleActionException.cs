namespace Insurance.Rules.Engine;

/// <summary>
/// An action of a rule threw while the rule fired. The original exception is the
/// <see cref="Exception.InnerException"/>. Thrown by <see cref="ISession.Fire()"/>; the session is faulted
/// afterwards and must be disposed.
/// </summary>
public sealed class RuleActionException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="ruleName">The rule whose action threw.</param>
    /// <param name="facts">The facts of the activation, in pattern order.</param>
    /// <param name="innerException">The exception the action threw.</param>
    public RuleActionException(string ruleName, IReadOnlyList<object> facts, Exception innerException)
        : base($"An action of rule '{ruleName}' threw {innerException?.GetType().Name}: {innerException?.Message}", innerException)
    {
        ArgumentNullException.ThrowIfNull(facts);
        RuleName = ruleName;
        Facts = facts;
    }

    /// <summary>The rule whose action threw.</summary>
    public string RuleName { get; }

    /// <summary>The facts of the activation being fired, in pattern order.</summary>
    public IReadOnlyList<object> Facts { get; }
}
