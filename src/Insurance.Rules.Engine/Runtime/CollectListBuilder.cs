namespace Insurance.Rules.Engine.Runtime;

/// <summary>Builds the typed list of a Collect from the matcher's untyped buffer.</summary>
internal abstract class CollectListBuilder
{
    public static CollectListBuilder For(Type elementType)
        => (CollectListBuilder)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(elementType))!;

    public abstract FactList Build(EntryList entries);

    private sealed class Typed<T> : CollectListBuilder
        where T : class
    {
        public override FactList Build(EntryList entries)
            => entries.Count == 0 ? FactList<T>.Empty : new FactList<T>(entries.ToArray());
    }
}
