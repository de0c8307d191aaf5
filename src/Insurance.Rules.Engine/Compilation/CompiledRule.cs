using Insurance.Rules.Engine.Model;

namespace Insurance.Rules.Engine.Compilation;

/// <summary>A rule compiled into delegates and a matching plan. Immutable; shared by every session.</summary>
internal sealed class CompiledRule
{
    public required RuleDefinition Definition { get; init; }

    /// <summary>The declaration order of the rule in its repository (the agenda's first tie-break).</summary>
    public required int Index { get; init; }

    public required CompiledElement[] Elements { get; init; }

    /// <summary>The tuple length: one slot per Match, Collect and Let.</summary>
    public required int SlotCount { get; init; }

    /// <summary>The number of Match elements: the length of an activation key.</summary>
    public required int KeyCount { get; init; }

    public required int CollectCount { get; init; }

    /// <summary>The slots of Collect elements (their lists are part of an activation's identity of content).</summary>
    public required int[] CollectSlots { get; init; }

    /// <summary>The slots reported as an activation's facts: Match and Collect, in element order.</summary>
    public required int[] FactSlots { get; init; }

    public required Action<IContext, object?[]>[] Actions { get; init; }

    /// <summary>
    /// Whether the rule can match an empty working memory (it has no Match or Exists), so a new session must
    /// evaluate it once before any fact arrives.
    /// </summary>
    public required bool EvaluateInitially { get; init; }

    public int Priority => Definition.Priority;

    public string Name => Definition.Name;

    public override string ToString() => Name;
}
