namespace Insurance.Rules.Engine;

/// <summary>An activation (a rule together with the facts that match it) changed on the agenda or fired.</summary>
public sealed class ActivationEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="rule">The rule.</param>
    /// <param name="facts">The matched facts in pattern order.</param>
    public ActivationEventArgs(IRuleDefinition rule, IReadOnlyList<object> facts)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(facts);
        Rule = rule;
        Facts = facts;
    }

    /// <summary>The rule.</summary>
    public IRuleDefinition Rule { get; }

    /// <summary>
    /// The matched facts in pattern order: one per <c>Match</c> (bound or not) and, for a <c>Collect</c>, the
    /// collected list itself. <c>Exists</c>, <c>Not</c>, <c>Let</c> and <c>Having</c> contribute nothing.
    /// </summary>
    public IReadOnlyList<object> Facts { get; }
}
