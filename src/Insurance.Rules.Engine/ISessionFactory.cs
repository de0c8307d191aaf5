namespace Insurance.Rules.Engine;

/// <summary>
/// Compiled rules, ready to run. Immutable and safe to share across threads; every session it creates is
/// independent of the others.
/// </summary>
public interface ISessionFactory
{
    /// <summary>The rules, in declaration order (the agenda's tie-break order).</summary>
    IReadOnlyList<IRuleDefinition> Rules { get; }

    /// <summary>Creates an empty session.</summary>
    /// <returns>The session.</returns>
    ISession CreateSession();
}
