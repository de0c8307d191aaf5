using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules.Pipeline;

/// <summary>Collects assumptions in first-seen order, one per code, and formats their texts.</summary>
internal sealed class AssumptionList
{
    private readonly List<(string Code, IReadOnlyDictionary<string, object?>? Args, PackValue? Value)> items = [];
    private readonly HashSet<string> codes = new(StringComparer.Ordinal);

    public void Add(AssumptionFact a)
    {
        if (codes.Add(a.Code))
        {
            items.Add((a.Code, a.Args, null));
        }
    }

    /// <summary>Adds the assumption a pack value carries and notes a user pack's override.</summary>
    public void AddValue(PackValue v)
    {
        if (v.Assumption is { } code && codes.Add(code))
        {
            items.Add((code, null, v));
        }

        if (v.IsUserSupplied)
        {
            var key = "USER-PACK-VALUE:" + v.Key;
            if (codes.Add(key))
            {
                items.Add(("USER-PACK-VALUE", new Dictionary<string, object?> { ["key"] = v.Key, ["origin"] = v.Origin }, v));
            }
        }
    }

    public IReadOnlyList<AssumptionResult> Format(TextCatalog texts, Language lang)
    {
        var list = new List<AssumptionResult>(items.Count);
        foreach (var (code, args, value) in items)
        {
            var name = "assumption." + code;
            string text;
            if (texts.Contains(name))
            {
                text = texts.Format(name, lang, TextArgs.For(args, value));
            }
            else
            {
                // A code only a user pack knows: its note and source are the best text there is.
                text = value is null ? code : (value.Note ?? value.Source);
            }

            list.Add(new AssumptionResult(code, text));
        }

        return list;
    }
}
