using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Cli;

/// <summary><c>packs</c>: regions, parents, effective ranges and sources.</summary>
internal static class PacksCommand
{
    public static int Run(PackRegistry registry, Language lang, TextWriter stdout)
    {
        foreach (var pack in registry.Packs.OrderBy(p => p.Code == "CN" ? "" : p.Code, StringComparer.Ordinal))
        {
            var name = lang == Language.En ? pack.NameEn : pack.Name;
            var aliases = pack.Aliases.Count == 0 ? string.Empty : $" ({string.Join(", ", pack.Aliases)})";
            stdout.WriteLine($"{pack.Code} {name}{aliases}  parent: {pack.Parent ?? "-"}  [{pack.Origin}]");
            foreach (var (key, values) in pack.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                foreach (var v in values)
                {
                    var assumption = v.Assumption is null ? string.Empty : $"  assumption: {v.Assumption}";
                    stdout.WriteLine($"  {key} = {Format(v.Value)}  {v.RangeText}  source: {v.Source}{assumption}");
                }
            }
        }

        return CliApp.Ok;
    }

    private static string Format(object value) => value switch
    {
        IReadOnlyDictionary<string, string> map => "{" + string.Join(", ", map.Select(kv => kv.Key + ": " + kv.Value)) + "}",
        IReadOnlyList<string> list => "[" + string.Join(", ", list) + "]",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
