namespace Insurance.Rules.Engine;

/// <summary>A fact was inserted into, updated in or retracted from a session's working memory.</summary>
public sealed class FactEventArgs : EventArgs
{
    /// <summary>Creates the arguments.</summary>
    /// <param name="fact">The fact.</param>
    public FactEventArgs(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        Fact = fact;
    }

    /// <summary>The fact.</summary>
    public object Fact { get; }
}
