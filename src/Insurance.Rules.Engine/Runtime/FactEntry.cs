namespace Insurance.Rules.Engine.Runtime;

/// <summary>A fact in a session's working memory, with what the engine tracks about it.</summary>
internal sealed class FactEntry
{
    private ulong _alphaBits;
    private bool[]? _alphaOverflow;

    public FactEntry(object fact, long sequence, AlphaNode[] nodes)
    {
        Fact = fact;
        Sequence = sequence;
        Nodes = nodes;
    }

    public object Fact { get; }

    /// <summary>Insertion order, unique in the session: the agenda's last tie-break and the alpha memories' order.</summary>
    public long Sequence { get; }

    /// <summary>The alpha memories this fact's concrete type feeds.</summary>
    public AlphaNode[] Nodes { get; }

    /// <summary>Incremented by every update. Only ever grows, so a sum of versions changes when any of them does.</summary>
    public int Version { get; set; }

    public bool Alive { get; set; } = true;

    /// <summary>The activation that inserted this fact with InsertLinked, while that link holds.</summary>
    public Activation? Owner { get; set; }

    /// <summary>Whether the fact is in the alpha memory of <c>Nodes[index]</c>.</summary>
    public bool InAlpha(int index)
        => index < 64 ? (_alphaBits & (1UL << index)) != 0 : _alphaOverflow is { } overflow && overflow[index - 64];

    public void SetInAlpha(int index, bool value)
    {
        if (index < 64)
        {
            _alphaBits = value ? _alphaBits | (1UL << index) : _alphaBits & ~(1UL << index);
            return;
        }

        _alphaOverflow ??= new bool[Nodes.Length - 64];
        _alphaOverflow[index - 64] = value;
    }

    public override string ToString() => $"#{Sequence} {Fact}";
}
