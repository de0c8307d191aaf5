using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Insurance.Rules.Domain.Packs;

namespace Insurance.Rules.Pipeline;

/// <summary>
/// Step and assumption arguments for the catalogue, which writes each as culture-invariant text: a view over the
/// arguments a rule gave (null as empty text), then <c>where</c> (empty when not given), then, for an assumption a pack
/// value carries, that value's <c>value</c>, <c>source</c> and <c>key</c>, each only when nothing before it has the
/// name. A view, not a copy: a result fills a few texts, and each used to copy its arguments into a new dictionary.
/// </summary>
internal sealed class TextArgs : IReadOnlyDictionary<string, object?>
{
    private const string Where = "where";
    private static readonly string[] PackNames = ["value", "source", "key"];

    private readonly IReadOnlyDictionary<string, object?>? args;
    private readonly string where;
    private readonly PackValue? pack;

    private TextArgs(IReadOnlyDictionary<string, object?>? args, string? where, PackValue? pack)
    {
        this.args = args;
        this.where = where ?? string.Empty;
        this.pack = pack;
    }

    public int Count => Keys.Count();

    public IEnumerable<string> Keys
    {
        get
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in Names())
            {
                if (seen.Add(key))
                {
                    yield return key;
                }
            }
        }
    }

    public IEnumerable<object?> Values => Keys.Select(k => this[k]);

    public object? this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <summary>The arguments of a step: the rule's, and where the step is done.</summary>
    public static TextArgs For(IReadOnlyDictionary<string, object?>? args, string? where = null) => new(args, where, null);

    /// <summary>The arguments of an assumption: the rule's, and those of the pack value that carries it, if any.</summary>
    public static TextArgs For(IReadOnlyDictionary<string, object?>? args, PackValue? pack) => new(args, null, pack);

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        if (args is not null && args.TryGetValue(key, out var given))
        {
            // Dates and months stay values: the catalogue writes them as ISO text itself.
            value = given ?? string.Empty;
            return true;
        }

        if (key == Where)
        {
            value = where;
            return true;
        }

        if (pack is not null)
        {
            switch (key)
            {
                case "value":
                    value = pack.Value;
                    return true;
                case "source":
                    value = pack.Source;
                    return true;
                case "key":
                    value = pack.Key;
                    return true;
            }
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        foreach (var key in Keys)
        {
            yield return new KeyValuePair<string, object?>(key, this[key]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Every name the view answers for, in precedence order (a name may repeat; the first answers).
    private IEnumerable<string> Names()
    {
        if (args is not null)
        {
            foreach (var (key, _) in args)
            {
                yield return key;
            }
        }

        yield return Where;
        if (pack is not null)
        {
            foreach (var name in PackNames)
            {
                yield return name;
            }
        }
    }
}
