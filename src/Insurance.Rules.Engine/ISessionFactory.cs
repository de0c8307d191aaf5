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

    /// <summary>
    /// Makes every rule expression ready for its first call (each is otherwise prepared when a session first needs
    /// it). Optional: a host that wants its first evaluation fast calls it on a spare thread at start-up, even while
    /// sessions already run. Thread-safe; calling it again does nothing.
    /// </summary>
    void Prepare();
}
