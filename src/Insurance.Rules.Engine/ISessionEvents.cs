namespace Insurance.Rules.Engine;

/// <summary>
/// Diagnostics events of a session, raised synchronously on the thread that calls the session. The sender is the
/// session. Handlers must not modify the session. Together they give a trace of what fired and why, and answer
/// "why did rule Y not fire?": its activation was never created, was cancelled, or was created and never fired.
/// </summary>
public interface ISessionEvents
{
    /// <summary>A fact was inserted (by the caller or by an action).</summary>
    event EventHandler<FactEventArgs>? FactInserted;

    /// <summary>A fact was updated.</summary>
    event EventHandler<FactEventArgs>? FactUpdated;

    /// <summary>A fact was retracted, including linked facts retracted by truth maintenance.</summary>
    event EventHandler<FactEventArgs>? FactRetracted;

    /// <summary>
    /// An activation was put on the agenda: a new match, or a match that had fired and whose facts were updated
    /// (or whose collected list changed), so that it will fire again. Raised while <see cref="ISession.Fire()"/>
    /// matches facts.
    /// </summary>
    event EventHandler<ActivationEventArgs>? ActivationCreated;

    /// <summary>
    /// A match no longer holds (a fact was retracted or updated, or a <c>Not</c> became false). If it had not fired
    /// yet, it never will; if it had, its linked facts are retracted.
    /// </summary>
    event EventHandler<ActivationEventArgs>? ActivationCancelled;

    /// <summary>A rule is about to fire (before its actions run).</summary>
    event EventHandler<ActivationEventArgs>? RuleFiring;

    /// <summary>A rule fired (after its actions ran without throwing).</summary>
    event EventHandler<ActivationEventArgs>? RuleFired;
}
