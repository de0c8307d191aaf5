using BenchmarkDotNet.Attributes;
using Insurance.Rules.Engine;

namespace Insurance.Rules.Benchmarks;

/// <summary>
/// The engine alone (issue: "the measured cost of compiling a 50-rule factory and of a session with 100 facts"):
/// 50 synthetic rules, each a two-pattern join with a filter, a <c>Not</c> and an insert, compiled into a factory; and
/// one session that inserts 100 facts (50 orders, 50 customers) and fires to quiescence.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private ISessionFactory factory = null!;
    private object[] facts = null!;

    /// <summary>Compiles once and builds the 100 facts.</summary>
    [GlobalSetup]
    public void Setup()
    {
        factory = Compile50();
        var list = new List<object>(100);
        for (var i = 0; i < 50; i++)
        {
            list.Add(new Customer(i, i % 50));
        }

        for (var i = 0; i < 50; i++)
        {
            list.Add(new Order(i, i, 100 + i));
        }

        facts = list.ToArray();
    }

    /// <summary>Loads and compiles the 50 synthetic rules.</summary>
    [Benchmark]
    public ISessionFactory Compile50() => Repository().Compile();

    /// <summary>One session: insert 100 facts, fire to quiescence, dispose.</summary>
    [Benchmark]
    public int Session100Facts()
    {
        using var session = factory.CreateSession();
        session.InsertAll(facts);
        return session.Fire();
    }

    /// <summary>A repository with the 50 synthetic rules.</summary>
    public static RuleRepository Repository()
    {
        var repository = new RuleRepository();
        foreach (var type in typeof(SyntheticRule).Assembly.GetTypes())
        {
            if (!type.IsAbstract && type.IsSubclassOf(typeof(SyntheticRule)))
            {
                repository.Add((Rule)Activator.CreateInstance(type)!);
            }
        }

        return repository;
    }
}

/// <summary>A customer fact.</summary>
/// <param name="Id">Customer id.</param>
/// <param name="Segment">Segment 0–49 (one per synthetic rule).</param>
public sealed record Customer(int Id, int Segment);

/// <summary>An order fact.</summary>
/// <param name="Id">Order id.</param>
/// <param name="CustomerId">The customer.</param>
/// <param name="Amount">Amount.</param>
public sealed record Order(int Id, int CustomerId, int Amount);

/// <summary>A result fact.</summary>
/// <param name="Rule">The synthetic rule number.</param>
/// <param name="Order">The order flagged.</param>
public sealed record Flag(int Rule, Order Order);

/// <summary>The shape shared by the synthetic rules: join order → customer of one segment, no flag yet, insert a flag.</summary>
public abstract class SyntheticRule : Rule
{
    /// <summary>Defines the rule for segment <paramref name="k"/>.</summary>
    protected void DefineFor(int k)
    {
        Customer customer = null!;
        Order order = null!;
        When()
            .Match(() => customer, c => c.Segment == k)
            .Match(() => order, o => o.CustomerId == customer.Id, o => o.Amount > 50)
            .Not<Flag>(f => f.Order == order && f.Rule == k);
        Then()
            .Do(ctx => ctx.Insert(new Flag(k, order)));
    }
}

/// <summary>Synthetic rule 00.</summary>
[Name("synthetic-00")]
public sealed class SyntheticRule00 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(0);
}

/// <summary>Synthetic rule 01.</summary>
[Name("synthetic-01")]
public sealed class SyntheticRule01 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(1);
}

/// <summary>Synthetic rule 02.</summary>
[Name("synthetic-02")]
public sealed class SyntheticRule02 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(2);
}

/// <summary>Synthetic rule 03.</summary>
[Name("synthetic-03")]
public sealed class SyntheticRule03 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(3);
}

/// <summary>Synthetic rule 04.</summary>
[Name("synthetic-04")]
public sealed class SyntheticRule04 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(4);
}

/// <summary>Synthetic rule 05.</summary>
[Name("synthetic-05")]
public sealed class SyntheticRule05 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(5);
}

/// <summary>Synthetic rule 06.</summary>
[Name("synthetic-06")]
public sealed class SyntheticRule06 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(6);
}

/// <summary>Synthetic rule 07.</summary>
[Name("synthetic-07")]
public sealed class SyntheticRule07 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(7);
}

/// <summary>Synthetic rule 08.</summary>
[Name("synthetic-08")]
public sealed class SyntheticRule08 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(8);
}

/// <summary>Synthetic rule 09.</summary>
[Name("synthetic-09")]
public sealed class SyntheticRule09 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(9);
}

/// <summary>Synthetic rule 10.</summary>
[Name("synthetic-10")]
public sealed class SyntheticRule10 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(10);
}

/// <summary>Synthetic rule 11.</summary>
[Name("synthetic-11")]
public sealed class SyntheticRule11 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(11);
}

/// <summary>Synthetic rule 12.</summary>
[Name("synthetic-12")]
public sealed class SyntheticRule12 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(12);
}

/// <summary>Synthetic rule 13.</summary>
[Name("synthetic-13")]
public sealed class SyntheticRule13 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(13);
}

/// <summary>Synthetic rule 14.</summary>
[Name("synthetic-14")]
public sealed class SyntheticRule14 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(14);
}

/// <summary>Synthetic rule 15.</summary>
[Name("synthetic-15")]
public sealed class SyntheticRule15 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(15);
}

/// <summary>Synthetic rule 16.</summary>
[Name("synthetic-16")]
public sealed class SyntheticRule16 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(16);
}

/// <summary>Synthetic rule 17.</summary>
[Name("synthetic-17")]
public sealed class SyntheticRule17 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(17);
}

/// <summary>Synthetic rule 18.</summary>
[Name("synthetic-18")]
public sealed class SyntheticRule18 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(18);
}

/// <summary>Synthetic rule 19.</summary>
[Name("synthetic-19")]
public sealed class SyntheticRule19 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(19);
}

/// <summary>Synthetic rule 20.</summary>
[Name("synthetic-20")]
public sealed class SyntheticRule20 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(20);
}

/// <summary>Synthetic rule 21.</summary>
[Name("synthetic-21")]
public sealed class SyntheticRule21 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(21);
}

/// <summary>Synthetic rule 22.</summary>
[Name("synthetic-22")]
public sealed class SyntheticRule22 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(22);
}

/// <summary>Synthetic rule 23.</summary>
[Name("synthetic-23")]
public sealed class SyntheticRule23 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(23);
}

/// <summary>Synthetic rule 24.</summary>
[Name("synthetic-24")]
public sealed class SyntheticRule24 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(24);
}

/// <summary>Synthetic rule 25.</summary>
[Name("synthetic-25")]
public sealed class SyntheticRule25 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(25);
}

/// <summary>Synthetic rule 26.</summary>
[Name("synthetic-26")]
public sealed class SyntheticRule26 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(26);
}

/// <summary>Synthetic rule 27.</summary>
[Name("synthetic-27")]
public sealed class SyntheticRule27 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(27);
}

/// <summary>Synthetic rule 28.</summary>
[Name("synthetic-28")]
public sealed class SyntheticRule28 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(28);
}

/// <summary>Synthetic rule 29.</summary>
[Name("synthetic-29")]
public sealed class SyntheticRule29 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(29);
}

/// <summary>Synthetic rule 30.</summary>
[Name("synthetic-30")]
public sealed class SyntheticRule30 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(30);
}

/// <summary>Synthetic rule 31.</summary>
[Name("synthetic-31")]
public sealed class SyntheticRule31 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(31);
}

/// <summary>Synthetic rule 32.</summary>
[Name("synthetic-32")]
public sealed class SyntheticRule32 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(32);
}

/// <summary>Synthetic rule 33.</summary>
[Name("synthetic-33")]
public sealed class SyntheticRule33 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(33);
}

/// <summary>Synthetic rule 34.</summary>
[Name("synthetic-34")]
public sealed class SyntheticRule34 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(34);
}

/// <summary>Synthetic rule 35.</summary>
[Name("synthetic-35")]
public sealed class SyntheticRule35 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(35);
}

/// <summary>Synthetic rule 36.</summary>
[Name("synthetic-36")]
public sealed class SyntheticRule36 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(36);
}

/// <summary>Synthetic rule 37.</summary>
[Name("synthetic-37")]
public sealed class SyntheticRule37 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(37);
}

/// <summary>Synthetic rule 38.</summary>
[Name("synthetic-38")]
public sealed class SyntheticRule38 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(38);
}

/// <summary>Synthetic rule 39.</summary>
[Name("synthetic-39")]
public sealed class SyntheticRule39 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(39);
}

/// <summary>Synthetic rule 40.</summary>
[Name("synthetic-40")]
public sealed class SyntheticRule40 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(40);
}

/// <summary>Synthetic rule 41.</summary>
[Name("synthetic-41")]
public sealed class SyntheticRule41 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(41);
}

/// <summary>Synthetic rule 42.</summary>
[Name("synthetic-42")]
public sealed class SyntheticRule42 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(42);
}

/// <summary>Synthetic rule 43.</summary>
[Name("synthetic-43")]
public sealed class SyntheticRule43 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(43);
}

/// <summary>Synthetic rule 44.</summary>
[Name("synthetic-44")]
public sealed class SyntheticRule44 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(44);
}

/// <summary>Synthetic rule 45.</summary>
[Name("synthetic-45")]
public sealed class SyntheticRule45 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(45);
}

/// <summary>Synthetic rule 46.</summary>
[Name("synthetic-46")]
public sealed class SyntheticRule46 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(46);
}

/// <summary>Synthetic rule 47.</summary>
[Name("synthetic-47")]
public sealed class SyntheticRule47 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(47);
}

/// <summary>Synthetic rule 48.</summary>
[Name("synthetic-48")]
public sealed class SyntheticRule48 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(48);
}

/// <summary>Synthetic rule 49.</summary>
[Name("synthetic-49")]
public sealed class SyntheticRule49 : SyntheticRule
{
    /// <inheritdoc />
    public override void Define() => DefineFor(49);
}
