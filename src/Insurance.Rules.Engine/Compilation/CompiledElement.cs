using Insurance.Rules.Engine.Model;
using Insurance.Rules.Engine.Runtime;

namespace Insurance.Rules.Engine.Compilation;

/// <summary>One element of a compiled rule: the plan the session follows when it re-evaluates the rule.</summary>
internal sealed class CompiledElement
{
    public required ElementKind Kind { get; init; }

    /// <summary>The pattern (alpha memory) for Match, Exists, Not and Collect; -1 otherwise.</summary>
    public int PatternId { get; init; } = -1;

    /// <summary>
    /// The alpha memory the element reads in a session; assigned once by the session factory (patterns may share).
    /// </summary>
    public int MemoryId { get; set; } = -1;

    /// <summary>The tuple slot this element writes (Match, Collect, Let); -1 otherwise.</summary>
    public int Slot { get; init; } = -1;

    /// <summary>The position of a Match fact in the activation key; -1 otherwise.</summary>
    public int KeyIndex { get; init; } = -1;

    /// <summary>How many Match facts are bound before this element (the key prefix it depends on).</summary>
    public int KeysBefore { get; init; }

    /// <summary>The index among the rule's Collect elements; -1 otherwise.</summary>
    public int CollectIndex { get; init; } = -1;

    /// <summary>Pattern conditions that join earlier variables: (tuple, fact) → bool. Null when there are none.</summary>
    public Func<object?[], object, bool>? Beta { get; init; }

    /// <summary>The Let expression: tuple → value.</summary>
    public Func<object?[], object?>? Let { get; init; }

    /// <summary>The Having conditions: tuple → bool.</summary>
    public Func<object?[], bool>? Having { get; init; }

    /// <summary>Builds the typed list of a Collect.</summary>
    public CollectListBuilder? ListBuilder { get; init; }
}
