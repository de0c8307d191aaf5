namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// The pending activations, as a binary heap. Order: higher priority first, then earlier rule declaration, then
/// the activation's Match facts by insertion sequence (compared in pattern order, older first). The order of an
/// activation never changes, so cancelled activations are simply skipped when they surface.
/// </summary>
internal sealed class Agenda
{
    private Activation[] _heap = [];
    private int _count;

    public void Push(Activation activation)
    {
        if (_count == _heap.Length)
        {
            Array.Resize(ref _heap, Math.Max(16, _count * 2));
        }

        activation.InAgenda = true;
        var index = _count++;
        while (index > 0)
        {
            var parent = (index - 1) >> 1;
            if (!Before(activation, _heap[parent]))
            {
                break;
            }

            _heap[index] = _heap[parent];
            index = parent;
        }

        _heap[index] = activation;
    }

    /// <summary>The next activation to fire, or null; drops cancelled ones on the way.</summary>
    public Activation? Peek()
    {
        while (_count > 0)
        {
            var top = _heap[0];
            if (top.State == ActivationState.Pending)
            {
                return top;
            }

            Pop();
        }

        return null;
    }

    public void Pop()
    {
        var top = _heap[0];
        top.InAgenda = false;
        var last = _heap[--_count];
        _heap[_count] = null!;
        if (_count == 0)
        {
            return;
        }

        var index = 0;
        while (true)
        {
            var child = (index << 1) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Before(_heap[child + 1], _heap[child]))
            {
                child++;
            }

            if (!Before(_heap[child], last))
            {
                break;
            }

            _heap[index] = _heap[child];
            index = child;
        }

        _heap[index] = last;
    }

    public void Clear()
    {
        Array.Clear(_heap, 0, _count);
        _count = 0;
    }

    internal static bool Before(Activation a, Activation b)
    {
        if (a.Priority != b.Priority)
        {
            return a.Priority > b.Priority;
        }

        if (a.RuleIndex != b.RuleIndex)
        {
            return a.RuleIndex < b.RuleIndex;
        }

        var keyA = a.Key;
        var keyB = b.Key;
        for (var i = 0; i < keyA.Length; i++)
        {
            var sequenceA = keyA[i].Sequence;
            var sequenceB = keyB[i].Sequence;
            if (sequenceA != sequenceB)
            {
                return sequenceA < sequenceB;
            }
        }

        return false;
    }
}
