namespace Insurance.Rules.Engine.Tests;

// Small fact types shared by the engine tests. Mutable where tests update facts; records where value equality
// must not merge distinct facts.

public sealed class Person(string name, int age = 30)
{
    public string Name { get; } = name;

    public int Age { get; set; } = age;

    public override string ToString() => Name;
}

public sealed class Policy(string id, Person holder)
{
    public string Id { get; } = id;

    public Person Holder { get; } = holder;

    public bool Suspended { get; set; }

    public override string ToString() => Id;
}

public sealed class Claim(string id, Policy policy, decimal amount)
{
    public string Id { get; } = id;

    public Policy Policy { get; } = policy;

    public decimal Amount { get; set; } = amount;

    public override string ToString() => Id;
}

public sealed record Block(Person Owner);

public sealed record Finding(string Text);

public sealed record Derived(Person Person, string Kind);

public sealed record Card(Derived Source);

public sealed class Counter(string name)
{
    public string Name { get; } = name;

    public int Value { get; set; }

    public override string ToString() => $"{Name}={Value}";
}

public sealed record Item(int Number);

/// <summary>A fact base type, to check that patterns match subtypes.</summary>
public abstract record Shape(string Name);

public sealed record Circle(string Name) : Shape(Name);

public sealed record Square(string Name) : Shape(Name);
