namespace Insurance.Rules.Engine.Tests.LoadableRules;

// Rules found by RuleRepository.Load through their tags. Several small rule classes share this file because they
// only exist to be discovered.

[Tag(Tags.Load), Tag("region:310000")]
public sealed class ZetaLoadableRule : Rule
{
    public override void Define()
    {
        Item item = null!;
        When().Match(() => item);
        Then().Do(ctx => ctx.Insert(new Finding("zeta " + item.Number)));
    }
}

[Tag(Tags.Load)]
public sealed class AlphaLoadableRule : Rule
{
    public override void Define()
    {
        Item item = null!;
        When().Match(() => item);
        Then().Do(ctx => ctx.Insert(new Finding("alpha " + item.Number)));
    }
}

[Tag(Tags.Other)]
public sealed class OtherTagRule : Rule
{
    public override void Define()
    {
        Item item = null!;
        When().Match(() => item);
        Then().Do(ctx => ctx.Insert(new Finding("other " + item.Number)));
    }
}

/// <summary>Tagged like the others but without a parameterless constructor, so Load skips it.</summary>
[Tag(Tags.Load)]
public sealed class NeedsArgumentRule(string label) : Rule
{
    public override void Define()
    {
        Item item = null!;
        When().Match(() => item);
        Then().Do(ctx => ctx.Insert(new Finding(label)));
    }
}

/// <summary>Abstract, so Load skips it; its tag is inherited by <see cref="InheritedTagRule"/>.</summary>
[Tag(Tags.Load)]
public abstract class LoadableBaseRule : Rule
{
}

[Tag("extra")]
public sealed class InheritedTagRule : LoadableBaseRule
{
    public override void Define()
    {
        Item item = null!;
        When().Match(() => item);
        Then().Do(ctx => ctx.Insert(new Finding("inherited " + item.Number)));
    }
}

/// <summary>A rule nested in another class: found, and sorted by its full name (<c>…Holder+NestedLoadableRule</c>).</summary>
public static class Holder
{
    [Tag(Tags.Load)]
    public sealed class NestedLoadableRule : Rule
    {
        public override void Define()
        {
            Item item = null!;
            When().Match(() => item);
            Then().Do(ctx => ctx.Insert(new Finding("nested " + item.Number)));
        }
    }
}

/// <summary>An open generic rule cannot be instantiated, so Load skips it (its closed forms are not in the assembly).</summary>
[Tag(Tags.Load)]
public sealed class GenericLoadableRule<T> : Rule
    where T : class
{
    public override void Define()
    {
        T fact = null!;
        When().Match(() => fact);
        Then().Do(ctx => ctx.Insert(new Finding("generic")));
    }
}

public static class Tags
{
    public const string Load = "engine-tests:load";
    public const string Other = "engine-tests:other";
}
