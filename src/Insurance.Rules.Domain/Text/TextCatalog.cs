using System.Globalization;
using System.Reflection;
using System.Text;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Insurance.Rules.Domain.Text;

/// <summary>
/// Texts in zh-CN and English, keyed by stable codes, read from YAML of the form
/// <c>code: { zh: "...", en: "..." }</c>. Texts may contain <c>{name}</c> placeholders (<c>{{</c> and
/// <c>}}</c> stand for literal braces). Immutable and thread-safe once loaded.
/// </summary>
/// <remarks>
/// Arguments are formatted culture-invariantly (dates as <c>YYYY-MM-DD</c>, months as <c>YYYY-MM</c>) so the
/// same input gives the same text on every machine. An unknown code or a placeholder without an argument is
/// a programming error and throws <see cref="TextCatalogException"/>; a text missing in the requested
/// language falls back to the other language.
/// </remarks>
public sealed class TextCatalog
{
    [ThreadStatic]
    private static StringBuilder? cachedBuilder;

    // A plain dictionary, never changed after construction: freezing it cost more at start-up than it saves.
    private readonly Dictionary<string, Entry> entries;

    private TextCatalog(Dictionary<string, Entry> entries, string sourceName)
    {
        this.entries = entries;
        SourceName = sourceName;
    }

    /// <summary>The resource or file name the catalogue was read from.</summary>
    public string SourceName { get; }

    /// <summary>All codes in the catalogue.</summary>
    public IReadOnlyCollection<string> Codes => entries.Keys;

    /// <summary>Loads a catalogue from an embedded YAML resource.</summary>
    /// <param name="assembly">The assembly holding the resource.</param>
    /// <param name="resourceName">The manifest resource name (the <c>LogicalName</c>).</param>
    /// <exception cref="TextCatalogException">When the resource is missing or not a valid catalogue.</exception>
    public static TextCatalog FromResource(Assembly assembly, string resourceName)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentException.ThrowIfNullOrWhiteSpace(resourceName);
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new TextCatalogException(
                $"The assembly {assembly.GetName().Name} has no embedded resource '{resourceName}'.", source: resourceName);
        var yaml = new byte[stream.Length];
        stream.ReadExactly(yaml);

        // A snapshot generated from exactly these bytes spares a cold start the YAML parser (TextSnapshot).
        using (var snapshot = assembly.GetManifestResourceStream(resourceName + TextSnapshot.ResourceSuffix))
        {
            if (snapshot is not null && TextSnapshot.TryRead(snapshot, TextSnapshot.SourceHash(yaml)) is { } entries
                && FromEntries(entries, resourceName) is { } fromSnapshot)
            {
                return fromSnapshot;
            }
        }

        using var reader = new StreamReader(new MemoryStream(yaml), Encoding.UTF8);
        return FromYaml(reader.ReadToEnd(), resourceName);
    }

    /// <summary>True when this catalogue was read from its snapshot rather than its YAML (for tests).</summary>
    internal bool FromSnapshot { get; private init; }

    /// <summary>The entries as (code, zh, en), for writing a snapshot.</summary>
    internal IEnumerable<(string Code, string Zh, string En)> Entries()
        => entries.Select(e => (e.Key, e.Value.Zh, e.Value.En));

    private static TextCatalog? FromEntries(List<(string Code, string Zh, string En)> list, string sourceName)
    {
        var result = new Dictionary<string, Entry>(list.Count, StringComparer.Ordinal);
        foreach (var (code, zh, en) in list)
        {
            if (!result.TryAdd(code, new Entry(zh, en)))
            {
                return null;
            }
        }

        return new TextCatalog(result, sourceName) { FromSnapshot = true };
    }

    /// <summary>Reads a catalogue from YAML text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">A name for the source, used in error messages.</param>
    /// <exception cref="TextCatalogException">When the text is not a valid catalogue.</exception>
    public static TextCatalog FromYaml(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw new TextCatalogException(
                $"{sourceName}({ex.Start.Line}): not valid YAML: {ex.Message}", source: $"{sourceName}({ex.Start.Line})");
        }

        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0)
        {
            return new TextCatalog(result, sourceName);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Bad(sourceName, stream.Documents[0].RootNode, "the document must be a mapping of codes to texts");
        }

        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } code })
            {
                throw Bad(sourceName, keyNode, "a code must be a non-empty scalar");
            }

            if (result.ContainsKey(code))
            {
                throw Bad(sourceName, keyNode, $"code '{code}' is defined twice");
            }

            if (valueNode is not YamlMappingNode texts)
            {
                throw Bad(sourceName, valueNode, $"code '{code}' must map languages (zh, en) to texts");
            }

            string? zh = null;
            string? en = null;
            foreach (var (langNode, textNode) in texts.Children)
            {
                var lang = (langNode as YamlScalarNode)?.Value;
                if (textNode is not YamlScalarNode { Value: { } text })
                {
                    throw Bad(sourceName, textNode, $"the '{lang}' text of code '{code}' must be a scalar");
                }

                switch (lang)
                {
                    case "zh":
                        zh = text;
                        break;
                    case "en":
                        en = text;
                        break;
                    default:
                        throw Bad(sourceName, langNode, $"code '{code}' has an unknown language '{lang}' (use zh or en)");
                }
            }

            if (zh is null && en is null)
            {
                throw Bad(sourceName, valueNode, $"code '{code}' has no text");
            }

            result.Add(code, new Entry(zh ?? en!, en ?? zh!));
        }

        return new TextCatalog(result, sourceName);
    }

    /// <summary>True when the catalogue has a text for <paramref name="code"/>.</summary>
    /// <param name="code">The code.</param>
    public bool Contains(string code) => entries.ContainsKey(code);

    /// <summary>The text for <paramref name="code"/> in <paramref name="lang"/>, with placeholders filled in.</summary>
    /// <param name="code">The code.</param>
    /// <param name="lang">The language; a text missing in it falls back to the other language.</param>
    /// <param name="args">Values for the <c>{name}</c> placeholders.</param>
    /// <exception cref="TextCatalogException">When the code is unknown or a placeholder has no argument.</exception>
    public string Format(string code, Language lang, IReadOnlyDictionary<string, object?>? args = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!entries.TryGetValue(code, out var entry))
        {
            throw new TextCatalogException($"The text catalogue {SourceName} has no code '{code}'.", code, SourceName);
        }

        var template = lang == Language.En ? entry.En : entry.Zh;
        return Fill(template, code, args);
    }

    private string Fill(string template, string code, IReadOnlyDictionary<string, object?>? args)
    {
        if (template.IndexOfAny(['{', '}']) < 0)
        {
            return template;
        }

        // One builder per thread, reused: a result fills a few texts, and each used to allocate its own buffer. Taken
        // off the thread while in use, so that a value's ToString calling back into a catalogue gets its own.
        var sb = cachedBuilder ?? new StringBuilder(256);
        cachedBuilder = null;
        sb.Clear();
        try
        {
            AppendFilled(sb, template, code, args);
            return sb.ToString();
        }
        finally
        {
            cachedBuilder = sb;
        }
    }

    private void AppendFilled(StringBuilder sb, string template, string code, IReadOnlyDictionary<string, object?>? args)
    {
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                sb.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                sb.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end < 0)
                {
                    throw new TextCatalogException($"The text of code '{code}' has an unclosed placeholder.", code, SourceName);
                }

                var name = template.Substring(i + 1, end - i - 1);
                if (args is null || !args.TryGetValue(name, out var value))
                {
                    throw new TextCatalogException(
                        $"The text of code '{code}' needs an argument '{name}' that was not given.", code, SourceName);
                }

                sb.Append(ToInvariantText(value));
                i = end;
            }
            else
            {
                sb.Append(c);
            }
        }
    }

    private static string ToInvariantText(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        LocalDate d => Json.IsoText.Date(d),
        YearMonth m => Json.IsoText.Month(m),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static TextCatalogException Bad(string sourceName, YamlNode node, string what)
        => new($"{sourceName}({node.Start.Line}): {what}.", source: $"{sourceName}({node.Start.Line})");

    private sealed record Entry(string Zh, string En);
}
