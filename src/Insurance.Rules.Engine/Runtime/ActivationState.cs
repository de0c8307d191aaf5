namespace Insurance.Rules.Engine.Runtime;

/// <summary>Where an activation is in its life.</summary>
internal enum ActivationState
{
    /// <summary>On the agenda, waiting to fire.</summary>
    Pending,

    /// <summary>Fired; fires again only if its facts are updated (or its collected lists change).</summary>
    Fired,

    /// <summary>The match no longer holds; never fires again.</summary>
    Cancelled,
}
