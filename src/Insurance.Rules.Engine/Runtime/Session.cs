using Insurance.Rules.Engine.Compilation;
using Insurance.Rules.Engine.Model;

namespace Insurance.Rules.Engine.Runtime;

/// <summary>
/// Working memory, matcher and agenda of one run.
/// </summary>
/// <remarks>
/// Inserting, updating or retracting a fact only records the change. <see cref="Fire(int)"/> then settles: it
/// puts changed facts into (or out of) the alpha memories of the patterns their type feeds, marks the rules owning
/// those patterns dirty, and re-evaluates each dirty rule over its alpha memories. Re-evaluation yields the rule's
/// current matches; they are compared with its activations by key (the Match facts, by reference): new matches are
/// scheduled, vanished ones cancelled (retracting their linked facts, which may dirty further rules), and fired
/// ones whose facts were updated scheduled again. Rules untouched by a change are not looked at.
/// </remarks>
internal sealed class Session : ISession
{
    private const int DefaultFiringLimit = 10_000;

    private readonly SessionFactory _factory;
    private readonly Dictionary<object, FactEntry> _facts;
    private readonly List<FactEntry> _ordered;
    private readonly EntryList?[] _alpha;
    private readonly RuleState?[] _states;
    private readonly Queue<RuleState> _dirty;
    private readonly List<(FactEntry Entry, ChangeKind Kind)> _changes;
    private readonly Agenda _agenda = new();
    private readonly List<Activation> _announce = [];
    private readonly List<RuleState> _firedInCall = [];

    // One buffer serves every Collect: a collected list is materialised before the join moves on.
    private readonly EntryList _collectBuffer = new();

    // One working tuple and key serve every rule: rules are matched one at a time, and nothing a join calls can start
    // another join. Saves two arrays per rule a case touches.
    private readonly object?[] _tuple;
    private readonly FactEntry[] _key;
    private readonly ActionContext _context;
    private readonly SessionEvents _events;
    private long _sequence;
    private int _deadInOrdered;
    private Type? _lastType;
    private AlphaNode[] _lastNodes = [];
    private bool _firing;
    private int _limit = DefaultFiringLimit;
    private bool _halted;
    private bool _faulted;
    private bool _disposed;

    public Session(SessionFactory factory)
    {
        _factory = factory;
        _alpha = new EntryList?[factory.MemoryCount];
        _states = new RuleState?[factory.CompiledRules.Length];

        // Sized from what earlier sessions of this factory held, so that a session per case does not grow (and copy)
        // its tables fact by fact; a rule is queued at most once at a time.
        var facts = factory.FactCountHint;
        _facts = new Dictionary<object, FactEntry>(facts, ReferenceEqualityComparer.Instance);
        _ordered = new List<FactEntry>(facts);
        _changes = new List<(FactEntry Entry, ChangeKind Kind)>(facts);
        _dirty = new Queue<RuleState>(factory.CompiledRules.Length);
        _tuple = new object?[factory.MaxSlotCount];
        _key = new FactEntry[factory.MaxKeyCount];
        _context = new ActionContext(this);
        _events = new SessionEvents(this);
        foreach (var index in factory.InitiallyDirty)
        {
            Dirty(index);
        }
    }

    private enum ChangeKind
    {
        Insert,
        Update,
        Retract,
    }

    public ISessionEvents Events => _events;

    public void Insert(object fact) => InsertCore(fact, null);

    public void InsertAll(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        foreach (var fact in facts)
        {
            InsertCore(fact, null);
        }
    }

    public void Update(object fact)
    {
        var entry = Existing(fact, "update");
        entry.Version++;
        if (entry.Nodes.Length > 0)
        {
            _changes.Add((entry, ChangeKind.Update));
        }

        _events.OnFactUpdated(fact);
    }

    public void Retract(object fact) => RetractEntry(Existing(fact, "retract"));

    public bool TryRetract(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureUsable();
        if (!_facts.TryGetValue(fact, out var entry))
        {
            return false;
        }

        RetractEntry(entry);
        return true;
    }

    public int Fire() => Fire(DefaultFiringLimit);

    public int Fire(int maxFirings)
    {
        EnsureUsable();
        ArgumentOutOfRangeException.ThrowIfLessThan(maxFirings, 1);
        if (_firing)
        {
            throw new InvalidOperationException("Fire() cannot be called while the session is firing (from an action or an event handler).");
        }

        _firing = true;
        _halted = false;
        _limit = maxFirings;
        var fired = 0;
        try
        {
            while (true)
            {
                Settle();
                var next = _agenda.Peek();
                if (next is null)
                {
                    break;
                }

                if (fired == maxFirings)
                {
                    throw LimitReached(maxFirings);
                }

                _agenda.Pop();
                FireActivation(next);
                fired++;
                if (_halted)
                {
                    break;
                }
            }
        }
        catch (RuleFiringLimitException)
        {
            // The agenda and working memory are consistent: the caller may inspect, fix or continue.
            throw;
        }
        catch
        {
            // A condition, action or handler failed part-way through matching or firing: the matcher's state can no
            // longer be trusted, so the session refuses further work.
            _faulted = true;
            throw;
        }
        finally
        {
            _firing = false;
            foreach (var state in _firedInCall)
            {
                state.FiredInCall = 0;
            }

            _firedInCall.Clear();
        }

        return fired;
    }

    public IEnumerable<T> Query<T>()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        // Counted first, then copied into an array of the right size: a query that finds nothing (the common case
        // when a result is assembled) allocates nothing, and one that finds some allocates one array.
        // For a sealed fact type the test is a type comparison: the same answer as 'is T', without the cast helper that
        // a generic method shared by reference types needs for it.
        var wanted = typeof(T);
        var exact = wanted.IsSealed && !wanted.IsValueType;
        var count = 0;
        foreach (var entry in _ordered)
        {
            if (entry.Alive && (exact ? entry.Fact.GetType() == wanted : entry.Fact is T))
            {
                count++;
            }
        }

        if (count == 0)
        {
            return [];
        }

        var result = new T[count];
        var i = 0;
        foreach (var entry in _ordered)
        {
            if (entry.Alive && (exact ? entry.Fact.GetType() == wanted : entry.Fact is T))
            {
                result[i++] = (T)entry.Fact;
            }
        }

        return result;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _factory.NoteFactCount(_ordered.Count);
        _disposed = true;
        _facts.Clear();
        _ordered.Clear();
        _changes.Clear();
        _dirty.Clear();
        _agenda.Clear();
        Array.Clear(_alpha);
        Array.Clear(_states);
    }

    internal void InsertLinked(object fact, Activation owner) => InsertCore(fact, owner);

    internal void RequestHalt() => _halted = true;

    private void InsertCore(object fact, Activation? owner)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureUsable();
        var type = fact.GetType();
        if (type != _lastType)
        {
            _lastNodes = _factory.NodesFor(type);
            _lastType = type;
        }

        var entry = new FactEntry(fact, ++_sequence, _lastNodes);
        if (!_facts.TryAdd(fact, entry))
        {
            throw new InvalidOperationException(
                $"The fact '{fact}' ({type.Name}) is already in working memory. Facts are identified by reference: insert a new instance, or Update() this one.");
        }

        _ordered.Add(entry);
        if (owner is not null)
        {
            entry.Owner = owner;
            (owner.Linked ??= []).Add(entry);
        }

        if (entry.Nodes.Length > 0)
        {
            _changes.Add((entry, ChangeKind.Insert));
        }

        _events.OnFactInserted(fact);
    }

    private FactEntry Existing(object fact, string verb)
    {
        ArgumentNullException.ThrowIfNull(fact);
        EnsureUsable();
        return _facts.TryGetValue(fact, out var entry)
            ? entry
            : throw new InvalidOperationException($"Cannot {verb} '{fact}' ({fact.GetType().Name}): it is not in working memory.");
    }

    private void RetractEntry(FactEntry entry)
    {
        _facts.Remove(entry.Fact);
        entry.Alive = false;
        if (entry.Owner is { } owner)
        {
            owner.Linked?.Remove(entry);
            entry.Owner = null;
        }

        if (entry.Nodes.Length > 0)
        {
            _changes.Add((entry, ChangeKind.Retract));
        }

        _deadInOrdered++;
        if (_deadInOrdered > 32 && _deadInOrdered > _ordered.Count / 2)
        {
            _ordered.RemoveAll(static e => !e.Alive);
            _deadInOrdered = 0;
        }

        _events.OnFactRetracted(entry.Fact);
    }

    private void EnsureUsable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_faulted)
        {
            throw new InvalidOperationException("The session is faulted: a rule condition, action or event handler threw during Fire(). Dispose it and create a new session.");
        }
    }

    // Brings activations up to date with every recorded change. Terminates: processing changes only dirties
    // rules, and re-evaluating a rule only creates or cancels activations; cancelling retracts linked facts, so
    // each further round works on strictly fewer facts.
    private void Settle()
    {
        while (true)
        {
            if (_changes.Count > 0)
            {
                ProcessChanges();
            }

            if (_dirty.Count == 0)
            {
                return;
            }

            var state = _dirty.Dequeue();
            state.Dirty = false;
            Evaluate(state);
        }
    }

    private void ProcessChanges()
    {
        for (var c = 0; c < _changes.Count; c++)
        {
            var (entry, kind) = _changes[c];
            var nodes = entry.Nodes;
            if (kind == ChangeKind.Retract)
            {
                for (var i = 0; i < nodes.Length; i++)
                {
                    if (entry.InAlpha(i))
                    {
                        var node = nodes[i];
                        _alpha[node.MemoryId]!.Remove(entry);
                        entry.SetInAlpha(i, false);
                        foreach (var pattern in node.Patterns)
                        {
                            if (pattern.Kind == ElementKind.Match)
                            {
                                MatchRetracted(pattern, entry);
                            }
                            else
                            {
                                MarkFull(pattern.RuleIndex);
                            }
                        }
                    }
                }

                continue;
            }

            if (!entry.Alive)
            {
                // Retracted before the session got to it; the retraction that follows in the queue cleans up.
                continue;
            }

            for (var i = 0; i < nodes.Length; i++)
            {
                var node = nodes[i];
                var passes = true;
                if (node.Alpha is { } alpha)
                {
                    try
                    {
                        passes = alpha(entry.Fact);
                    }
                    catch (Exception ex)
                    {
                        throw new RuleConditionException(_factory.CompiledRules[node.Patterns[0].RuleIndex].Name, [entry.Fact], ex);
                    }
                }

                var was = entry.InAlpha(i);
                if (passes && !was)
                {
                    (_alpha[node.MemoryId] ??= new EntryList()).Add(entry);
                    entry.SetInAlpha(i, true);
                    foreach (var pattern in node.Patterns)
                    {
                        if (kind == ChangeKind.Insert)
                        {
                            Inserted(pattern, entry);
                        }
                        else
                        {
                            MarkFull(pattern.RuleIndex);
                        }
                    }
                }
                else if (was && (!passes || kind == ChangeKind.Update))
                {
                    if (!passes)
                    {
                        _alpha[node.MemoryId]!.Remove(entry);
                        entry.SetInAlpha(i, false);
                    }

                    foreach (var pattern in node.Patterns)
                    {
                        MarkFull(pattern.RuleIndex);
                    }
                }
            }
        }

        _changes.Clear();
    }

    private RuleState Dirty(int ruleIndex)
    {
        var state = _states[ruleIndex] ??= new RuleState(_factory.CompiledRules[ruleIndex], _tuple, _key);
        if (!state.Dirty)
        {
            state.Dirty = true;
            _dirty.Enqueue(state);
        }

        return state;
    }

    private void MarkFull(int ruleIndex)
    {
        var state = Dirty(ruleIndex);
        if (!state.NeedsFullEvaluation)
        {
            state.NeedsFullEvaluation = true;
            state.ClearDeltas();
        }
    }

    // Inserted facts are the common case while rules fire (actions insert results), so they are recorded as
    // deltas: a new Match fact only adds matches that contain it, and a new Not fact only removes matches.
    private void Inserted(CompiledPattern pattern, FactEntry entry)
    {
        var state = Dirty(pattern.RuleIndex);
        if (state.NeedsFullEvaluation)
        {
            return;
        }

        switch (pattern.Kind)
        {
            case ElementKind.Match:
                state.InsertedInto[pattern.ElementIndex] = true;
                state.AnyInserted = true;
                break;
            case ElementKind.Not:
                state.NotInserts.Add((state.Rule.Elements[pattern.ElementIndex], entry));
                break;
            default:
                state.NeedsFullEvaluation = true;
                state.ClearDeltas();
                break;
        }
    }

    private void MatchRetracted(CompiledPattern pattern, FactEntry entry)
    {
        var state = Dirty(pattern.RuleIndex);
        if (!state.NeedsFullEvaluation)
        {
            state.MatchRetracts.Add((state.Rule.Elements[pattern.ElementIndex].KeyIndex, entry));
        }
    }

    private void Evaluate(RuleState state)
    {
        var generation = ++state.Generation;

        // Every fact inserted so far has been through the alpha memories; anything newer is a delta next time.
        var watermark = _sequence;
        if (state.NeedsFullEvaluation)
        {
            EvaluateFully(state, generation);
        }
        else
        {
            EvaluateDeltas(state, generation);
        }

        state.NeedsFullEvaluation = false;
        state.ClearDeltas();
        state.Watermark = watermark;
        if (_announce.Count > 0)
        {
            foreach (var activation in _announce)
            {
                _events.OnActivationCreated(activation);
            }

            _announce.Clear();
        }
    }

    // Re-joins the whole rule and sweeps activations (and collect caches) the join no longer produces.
    private void EvaluateFully(RuleState state, int generation)
    {
        Join(state, generation, -1);
        var activations = state.Activations;
        for (var i = activations.Count - 1; i >= 0; i--)
        {
            var activation = activations[i];
            if (activation.Seen != generation)
            {
                Cancel(state, activation);
            }
        }

        foreach (var collects in state.Collects)
        {
            for (var i = collects.Count - 1; i >= 0; i--)
            {
                if (collects[i].Seen != generation)
                {
                    collects.Remove(collects[i]);
                }
            }
        }
    }

    private void EvaluateDeltas(RuleState state, int generation)
    {
        if (state.HasMatchRetracts)
        {
            CancelRetracted(state);
        }

        if (state.HasNotInserts)
        {
            CancelBlocked(state);
        }

        if (state.AnyInserted)
        {
            var inserted = state.InsertedInto;
            for (var i = 0; i < inserted.Length; i++)
            {
                if (inserted[i])
                {
                    Join(state, generation, i);
                }
            }
        }
    }

    private void CancelRetracted(RuleState state)
    {
        var activations = state.Activations;
        foreach (var (keyIndex, entry) in state.MatchRetracts)
        {
            for (var i = activations.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(activations[i].Key[keyIndex], entry))
                {
                    Cancel(state, activations[i]);
                }
            }

            DropCollectsContaining(state, keyIndex, entry);
        }
    }

    private void CancelBlocked(RuleState state)
    {
        var activations = state.Activations;
        foreach (var (element, entry) in state.NotInserts)
        {
            for (var i = activations.Count - 1; i >= 0; i--)
            {
                var activation = activations[i];
                bool blocks;
                try
                {
                    blocks = element.Beta is null || element.Beta(activation.Tuple, entry.Fact);
                }
                catch (Exception ex)
                {
                    throw new RuleConditionException(state.Rule.Name, [.. activation.Facts, entry.Fact], ex);
                }

                if (blocks)
                {
                    if (ReferenceEquals(entry.Owner, activation))
                    {
                        throw BlocksItself(state, entry);
                    }

                    Cancel(state, activation);
                }
            }
        }
    }

    private static void DropCollectsContaining(RuleState state, int keyIndex, FactEntry entry)
    {
        foreach (var element in state.Rule.Elements)
        {
            if (element.Kind != ElementKind.Collect || element.KeysBefore <= keyIndex)
            {
                continue;
            }

            var cache = state.Collects[element.CollectIndex];
            for (var i = cache.Count - 1; i >= 0; i--)
            {
                if (ReferenceEquals(cache[i].Key[keyIndex], entry))
                {
                    cache.Remove(cache[i]);
                }
            }
        }
    }

    // Runs the join; with a delta element, only matches containing a fact that arrived there since the last
    // evaluation: that element takes only new facts, earlier Match elements only old ones (so a match with new facts
    // at several elements is produced exactly once), later ones all.
    private void Join(RuleState state, int generation, int deltaElement)
    {
        state.DeltaElement = deltaElement;
        try
        {
            Walk(state, 0, generation);
        }
        catch (Exception ex)
        {
            throw new RuleConditionException(state.Rule.Name, FactsAtFailure(state), ex);
        }
        finally
        {
            // Drop references to facts so a long-lived session does not keep retracted facts alive.
            Array.Clear(state.Tuple);
            Array.Clear(state.Key);
            state.Candidate = null;
            state.DeltaElement = -1;
        }
    }

    // Depth-first join over the rule's elements: the working tuple and key are filled as elements bind, and every
    // complete path is one match. Nothing here changes working memory, so the alpha arrays are stable.
    private void Walk(RuleState state, int depth, int generation)
    {
        var elements = state.Rule.Elements;
        if (depth == elements.Length)
        {
            Match(state, generation);
            return;
        }

        var element = elements[depth];
        var tuple = state.Tuple;
        switch (element.Kind)
        {
            case ElementKind.Match:
            {
                var memory = _alpha[element.MemoryId];
                if (memory is null)
                {
                    return;
                }

                var items = memory.Items;
                var start = 0;
                var end = memory.Count;
                if (state.DeltaElement >= 0 && depth <= state.DeltaElement)
                {
                    var firstNew = FirstAfter(items, end, state.Watermark);
                    if (depth == state.DeltaElement)
                    {
                        start = firstNew;
                    }
                    else
                    {
                        end = firstNew;
                    }
                }

                var beta = element.Beta;
                for (var i = start; i < end; i++)
                {
                    var entry = items[i];
                    if (beta is not null)
                    {
                        state.Depth = depth;
                        state.Candidate = entry;
                        if (!beta(tuple, entry.Fact))
                        {
                            continue;
                        }
                    }

                    tuple[element.Slot] = entry.Fact;
                    state.Key[element.KeyIndex] = entry;
                    Walk(state, depth + 1, generation);
                }

                return;
            }

            case ElementKind.Exists:
            case ElementKind.Not:
            {
                var found = Any(state, element, depth);
                if (found == (element.Kind == ElementKind.Exists))
                {
                    Walk(state, depth + 1, generation);
                }

                return;
            }

            case ElementKind.Collect:
                tuple[element.Slot] = Collect(state, element, depth, generation);
                Walk(state, depth + 1, generation);
                return;

            case ElementKind.Let:
                state.Depth = depth;
                state.Candidate = null;
                tuple[element.Slot] = element.Let!(tuple);
                Walk(state, depth + 1, generation);
                return;

            case ElementKind.Having:
                state.Depth = depth;
                state.Candidate = null;
                if (element.Having!(tuple))
                {
                    Walk(state, depth + 1, generation);
                }

                return;
        }
    }

    private static int FirstAfter(FactEntry[] items, int count, long sequence)
    {
        int low = 0, high = count;
        while (low < high)
        {
            var middle = low + ((high - low) >> 1);
            if (items[middle].Sequence > sequence)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }

    private bool Any(RuleState state, CompiledElement element, int depth)
    {
        var memory = _alpha[element.MemoryId];
        if (memory is null || memory.Count == 0)
        {
            return false;
        }

        var beta = element.Beta;
        if (beta is null)
        {
            return true;
        }

        var items = memory.Items;
        var count = memory.Count;
        state.Depth = depth;
        for (var i = 0; i < count; i++)
        {
            state.Candidate = items[i];
            if (beta(state.Tuple, items[i].Fact))
            {
                return true;
            }
        }

        return false;
    }

    private object Collect(RuleState state, CompiledElement element, int depth, int generation)
    {
        var buffer = _collectBuffer;
        buffer.Clear();
        long versionSum = 0;
        var memory = _alpha[element.MemoryId];
        if (memory is not null)
        {
            var items = memory.Items;
            var count = memory.Count;
            var beta = element.Beta;
            state.Depth = depth;
            for (var i = 0; i < count; i++)
            {
                var entry = items[i];
                state.Candidate = entry;
                if (beta is null || beta(state.Tuple, entry.Fact))
                {
                    buffer.Add(entry);
                    versionSum += entry.Version;
                }
            }

            state.Candidate = null;
        }

        var cache = state.Collects[element.CollectIndex];
        var prefixLength = element.KeysBefore;
        var hash = KeyedNode.HashOf(state.Key, prefixLength);
        var cached = cache.Find(state.Key, prefixLength, hash);
        if (cached is not null)
        {
            cached.Seen = generation;
            if (cached.VersionSum != versionSum || !cached.List.HasMembers(buffer))
            {
                cached.VersionSum = versionSum;
                cached.List = element.ListBuilder!.Build(buffer);
            }

            buffer.Clear();
            return cached.List;
        }

        var prefix = prefixLength == 0 ? [] : state.Key.AsSpan(0, prefixLength).ToArray();
        var created = new CollectEntry(prefix, hash, element.ListBuilder!.Build(buffer), versionSum) { Seen = generation };
        cache.Add(created);
        buffer.Clear();
        return created.List;
    }

    // One complete match: find its activation by key; create it, or note that it still holds and whether its
    // facts changed since it was last matched.
    private void Match(RuleState state, int generation)
    {
        var rule = state.Rule;
        var key = state.Key;
        var keyCount = rule.KeyCount;
        var hash = KeyedNode.HashOf(key, keyCount);
        long versionSum = 0;
        for (var i = 0; i < keyCount; i++)
        {
            versionSum += key[i].Version;
        }

        var activation = state.Activations.Find(key, keyCount, hash);
        if (activation is null)
        {
            var keyCopy = keyCount == 0 ? [] : key.AsSpan(0, keyCount).ToArray();
            activation = new Activation(state, keyCopy, hash, state.Tuple.AsSpan(0, rule.SlotCount).ToArray(), versionSum) { Seen = generation };
            state.AddActivation(activation);
            Schedule(activation);
            return;
        }

        activation.Seen = generation;
        var changed = activation.VersionSum != versionSum;
        if (!changed)
        {
            foreach (var slot in rule.CollectSlots)
            {
                if (!ReferenceEquals(activation.Tuple[slot], state.Tuple[slot]))
                {
                    changed = true;
                    break;
                }
            }
        }

        if (!changed)
        {
            return;
        }

        activation.Refresh(state.Tuple, versionSum);
        if (activation.State == ActivationState.Fired)
        {
            Schedule(activation);
        }
    }

    private void Schedule(Activation activation)
    {
        activation.State = ActivationState.Pending;
        if (!activation.InAgenda)
        {
            _agenda.Push(activation);
        }

        if (_events.ListensToActivationCreated)
        {
            _announce.Add(activation);
        }
    }

    private void Cancel(RuleState state, Activation activation)
    {
        state.Activations.Remove(activation);
        activation.State = ActivationState.Cancelled;
        _events.OnActivationCancelled(activation);
        RetractLinked(activation);
    }

    private void RetractLinked(Activation activation)
    {
        if (activation.Linked is not { } linked)
        {
            return;
        }

        activation.Linked = null;
        foreach (var entry in linked)
        {
            entry.Owner = null;
            if (entry.Alive)
            {
                RetractEntry(entry);
            }
        }
    }

    private void FireActivation(Activation activation)
    {
        var state = activation.Rule;
        activation.State = ActivationState.Fired;
        if (state.FiredInCall++ == 0)
        {
            _firedInCall.Add(state);
        }

        _events.OnRuleFiring(activation);

        // A re-firing activation starts from a clean slate: what it inserted last time may no longer be right.
        RetractLinked(activation);
        _context.Current = activation;
        try
        {
            foreach (var action in state.Rule.Actions)
            {
                action(_context, activation.Tuple);
            }
        }
        catch (Exception ex)
        {
            throw new RuleActionException(state.Rule.Name, activation.Facts, ex);
        }
        finally
        {
            _context.Current = null;
        }

        _events.OnRuleFired(activation);
    }

    private static List<object> FactsAtFailure(RuleState state)
    {
        var facts = new List<object>();
        var elements = state.Rule.Elements;
        var bound = state.Depth < elements.Length ? elements[state.Depth].KeysBefore : state.Rule.KeyCount;
        for (var i = 0; i < bound; i++)
        {
            facts.Add(state.Key[i].Fact);
        }

        if (state.Candidate is { } candidate)
        {
            facts.Add(candidate.Fact);
        }

        return facts;
    }

    // A rule whose linked fact matches its own Not can never settle: the fact cancels the activation, cancelling
    // retracts the fact, and the Not holds again. That is a certain endless loop, so it is reported at once (as
    // the loop it is) instead of after the firing limit.
    private RuleFiringLimitException BlocksItself(RuleState state, FactEntry entry)
    {
        _faulted = true;
        var name = state.Rule.Name;
        return new RuleFiringLimitException(_limit, [name],
            $"Rule '{name}' blocks itself: the fact '{entry.Fact}' it inserted with InsertLinked matches its own Not<{entry.Fact.GetType().Name}>, "
            + "so the engine would retract the fact and fire the rule again forever. Insert such a fact with Insert(), not InsertLinked(). The session is faulted.");
    }

    private RuleFiringLimitException LimitReached(int limit)
    {
        var ranked = new List<RuleState>(_firedInCall);
        ranked.Sort(static (a, b) => a.FiredInCall != b.FiredInCall ? b.FiredInCall.CompareTo(a.FiredInCall) : a.Rule.Index.CompareTo(b.Rule.Index));
        var repeated = ranked.FindAll(static s => s.FiredInCall > 1);
        var looping = repeated.Count > 0 ? repeated : ranked;
        var names = looping.ConvertAll(static s => s.Rule.Name);
        var details = string.Join(", ", looping.ConvertAll(static s => $"{s.Rule.Name} ({s.FiredInCall}×)"));
        return new RuleFiringLimitException(limit, names.AsReadOnly(),
            $"Fire() reached its limit of {limit} firings with activations still pending; rules that kept firing: {details}. "
            + "A rule that updates a fact it matches fires again unless the update makes it stop matching; "
            + "a rule whose InsertLinked fact makes its own conditions false is cancelled, its fact retracted, and it fires again.");
    }
}
