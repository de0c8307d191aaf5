namespace Insurance.Rules.Engine.Runtime;

/// <summary>The <see cref="IContext"/> handed to actions. One per session, pointed at the firing activation.</summary>
internal sealed class ActionContext : IContext
{
    private readonly Session _session;

    public ActionContext(Session session) => _session = session;

    public Activation? Current { get; set; }

    public IRuleDefinition Rule => Firing().Rule.Rule.Definition;

    public void Insert(object fact)
    {
        Firing();
        _session.Insert(fact);
    }

    public void InsertLinked(object fact) => _session.InsertLinked(fact, Firing());

    public void Update(object fact)
    {
        Firing();
        _session.Update(fact);
    }

    public void Retract(object fact)
    {
        Firing();
        _session.Retract(fact);
    }

    public bool TryRetract(object fact)
    {
        Firing();
        return _session.TryRetract(fact);
    }

    public void Halt()
    {
        Firing();
        _session.RequestHalt();
    }

    private Activation Firing()
        => Current ?? throw new InvalidOperationException("The rule context can only be used while its action runs.");
}
