namespace Insurance.Rules.Engine;

/// <summary>
/// What an action can do to the session while its rule fires. Valid only during that action.
/// </summary>
public interface IContext
{
    /// <summary>The rule being fired.</summary>
    IRuleDefinition Rule { get; }

    /// <summary>Inserts a new fact.</summary>
    /// <param name="fact">The fact; not null and not already in working memory.</param>
    /// <exception cref="InvalidOperationException">The same instance is already in working memory.</exception>
    void Insert(object fact);

    /// <summary>
    /// Inserts a new fact that depends on the firing activation (truth maintenance): it is retracted automatically
    /// when the activation no longer holds, and before the activation fires again after an update.
    /// </summary>
    /// <param name="fact">The fact; not null and not already in working memory.</param>
    /// <exception cref="InvalidOperationException">The same instance is already in working memory.</exception>
    void InsertLinked(object fact);

    /// <summary>Tells the engine that a fact has changed, so rules that match it are re-evaluated.</summary>
    /// <param name="fact">A fact in working memory.</param>
    /// <exception cref="InvalidOperationException">The fact is not in working memory.</exception>
    void Update(object fact);

    /// <summary>Removes a fact from working memory.</summary>
    /// <param name="fact">A fact in working memory.</param>
    /// <exception cref="InvalidOperationException">The fact is not in working memory.</exception>
    void Retract(object fact);

    /// <summary>Removes a fact from working memory if it is there.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Whether the fact was in working memory.</returns>
    bool TryRetract(object fact);

    /// <summary>
    /// Stops firing after the current action. The rest of the agenda stays; the next <see cref="ISession.Fire()"/>
    /// continues with it.
    /// </summary>
    void Halt();
}
