using System.Collections.ObjectModel;

namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// A rule together with one combination of facts that matches it. Its key is the tuple of Match facts; its
/// tuple holds every variable's value (facts, Let values, collected lists) for the actions.
/// </summary>
internal sealed class Activation : KeyedNode
{
    private IReadOnlyList<object>? _facts;

    public Activation(RuleState rule, FactEntry[] key, int hash, object?[] tuple, long versionSum)
        : base(key, hash)
    {
        Rule = rule;
        Tuple = tuple;
        VersionSum = versionSum;
        Priority = rule.Rule.Priority;
        RuleIndex = rule.Rule.Index;
    }

    public RuleState Rule { get; }

    /// <summary>The rule's priority, kept here because the agenda compares it constantly.</summary>
    public int Priority { get; }

    /// <summary>The rule's declaration order, kept here for the agenda.</summary>
    public int RuleIndex { get; }

    public object?[] Tuple { get; }

    /// <summary>The sum of the key facts' versions when last matched: a different sum means one was updated.</summary>
    public long VersionSum { get; set; }

    public ActivationState State { get; set; }

    /// <summary>Whether the agenda heap holds this activation.</summary>
    public bool InAgenda { get; set; }

    /// <summary>Facts this activation inserted with InsertLinked and that are still in working memory.</summary>
    public List<FactEntry>? Linked { get; set; }

    /// <summary>The matched facts in pattern order, built on first use (only diagnostics need them).</summary>
    public IReadOnlyList<object> Facts => _facts ??= BuildFacts();

    /// <summary>Takes the values of the current match: the same facts, with new versions or lists.</summary>
    public void Refresh(object?[] tuple, long versionSum)
    {
        Array.Copy(tuple, Tuple, Tuple.Length);
        VersionSum = versionSum;
        _facts = null;
    }

    private ReadOnlyCollection<object> BuildFacts()
    {
        var slots = Rule.Rule.FactSlots;
        var facts = new object[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            facts[i] = Tuple[slots[i]]!;
        }

        return Array.AsReadOnly(facts);
    }

    public override string ToString() => $"{Rule.Rule.Name}({string.Join(", ", Facts)}) {State}";
}
