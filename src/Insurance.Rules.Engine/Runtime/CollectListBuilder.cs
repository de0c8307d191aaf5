namespace Insurance.Rules.Engine.Runtime;

/// <summary>Builds the typed list of a Collect from the matcher's untyped buffer.</summary>
internal abstract class CollectListBuilder
{
    public static CollectListBuilder For(Type elementType)
        => (CollectListBuilder)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(elementType))!;

    public abstract object Build(EntryList entries);

    private sealed class Typed<T> : CollectListBuilder
        where T : class
    {
        public override object Build(EntryList entries)
        {
            if (entries.Count == 0)
            {
                return FactList<T>.Empty;
            }

            var items = new T[entries.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = (T)entries[i].Fact;
            }

            return new FactList<T>(items);
        }
    }
}
