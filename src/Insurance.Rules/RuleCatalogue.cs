using System.Globalization;
using System.Text;
using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Policies.Facts;

namespace Insurance.Rules;

/// <summary>Generates the rule catalogue (docs/rules.md) from rule metadata and the region packs, so it cannot drift.</summary>
public static class RuleCatalogue
{
    /// <summary>The catalogue as Markdown.</summary>
    public static string Markdown(EligibilityCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        var sb = new StringBuilder();
        sb.Append("# Rule catalogue\n\n");
        sb.Append("Generated from the rule classes' metadata and the region packs by `RuleCatalogueTests` ");
        sb.Append("(set `INSURANCE_RULES_UPDATE_DOCS=1` and run the tests to regenerate). Do not edit by hand.\n\n");
        sb.Append("| id | rule | class | regions | source |\n|---|---|---|---|---|\n");
        var rules = calculator.Rules.OrderBy(r => r.BasisId, StringComparer.Ordinal).ThenBy(r => r.RuleType.Name, StringComparer.Ordinal).ToList();
        foreach (var r in rules)
        {
            var regions = string.Join(", ", r.Tags.Where(t => t == "CN" || (t.Length == 6 && t.All(char.IsAsciiDigit))));
            sb.Append(CultureInfo.InvariantCulture, $"| {r.BasisId} | {Cell(r.Name)} | `{r.RuleType.Name}` | {regions} | {Cell(r.BasisSource ?? string.Empty)} |\n");
        }

        foreach (var group in rules.GroupBy(r => r.BasisId ?? r.Name))
        {
            sb.Append(CultureInfo.InvariantCulture, $"\n## {group.Key}\n\n");
            foreach (var r in group)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- **{r.Name}** (`{r.RuleType.Name}`, priority {r.Priority}, tags {string.Join(", ", r.Tags)}): {r.Description}\n");
            }

            var rows = Parameters(calculator.Packs, group.Key).ToList();
            if (rows.Count > 0)
            {
                sb.Append("\n| region | key | value | in force | source |\n|---|---|---|---|---|\n");
                foreach (var (pack, v) in rows)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"| {pack} | `{v.Key}` | {Cell(Format(v.Value))} | {v.RangeText} | {Cell(v.Source)}{(v.Assumption is null ? string.Empty : $" (assumption {v.Assumption})")} |\n");
                }
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<(string Pack, PackValue Value)> Parameters(PackRegistry packs, string basisId)
    {
        foreach (var pack in packs.Packs.OrderBy(p => p.Code == "CN" ? string.Empty : p.Code, StringComparer.Ordinal))
        {
            foreach (var (key, values) in pack.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            {
                if (!RuleParameters.Reads(basisId, key))
                {
                    continue;
                }

                foreach (var v in values)
                {
                    yield return (pack.Code, v);
                }
            }
        }
    }

    private static string Format(object value) => value switch
    {
        IReadOnlyDictionary<string, string> map => string.Join(", ", map.Select(kv => kv.Key + "=" + kv.Value)),
        IReadOnlyList<string> list => string.Join(", ", list),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
