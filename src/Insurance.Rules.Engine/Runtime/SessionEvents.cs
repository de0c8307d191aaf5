namespace Insurance.Rules.Engine.Runtime;

/// <summary>The events of one session. Arguments are only allocated when someone listens.</summary>
internal sealed class SessionEvents : ISessionEvents
{
    private readonly object _sender;

    public SessionEvents(object sender) => _sender = sender;

    public event EventHandler<FactEventArgs>? FactInserted;

    public event EventHandler<FactEventArgs>? FactUpdated;

    public event EventHandler<FactEventArgs>? FactRetracted;

    public event EventHandler<ActivationEventArgs>? ActivationCreated;

    public event EventHandler<ActivationEventArgs>? ActivationCancelled;

    public event EventHandler<ActivationEventArgs>? RuleFiring;

    public event EventHandler<ActivationEventArgs>? RuleFired;

    public bool ListensToActivationCreated => ActivationCreated is not null;

    public void OnFactInserted(object fact) => FactInserted?.Invoke(_sender, new FactEventArgs(fact));

    public void OnFactUpdated(object fact) => FactUpdated?.Invoke(_sender, new FactEventArgs(fact));

    public void OnFactRetracted(object fact) => FactRetracted?.Invoke(_sender, new FactEventArgs(fact));

    public void OnActivationCreated(Activation activation) => Raise(ActivationCreated, activation);

    public void OnActivationCancelled(Activation activation) => Raise(ActivationCancelled, activation);

    public void OnRuleFiring(Activation activation) => Raise(RuleFiring, activation);

    public void OnRuleFired(Activation activation) => Raise(RuleFired, activation);

    private void Raise(EventHandler<ActivationEventArgs>? handler, Activation activation)
        => handler?.Invoke(_sender, new ActivationEventArgs(activation.Rule.Rule.Definition, activation.Facts));
}
