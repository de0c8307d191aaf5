using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Insurance.Rules.Domain.Packs;

/// <summary>
/// Reads one pack file into a <see cref="PackDocument"/>, checking everything that can be checked within the file:
/// YAML syntax, known keys, value types, required fields and overlapping ranges. Cross-file checks (parents,
/// aliases, duplicate regions) belong to <see cref="PackAssembler"/>.
/// </summary>
internal static partial class PackFileParser
{
    private const string TopLevelKeys = "region, name, nameEn, parent, aliases, values";
    private const string EntryKeys = "value, effectiveFrom, effectiveTo, source, note, assumption";

    public static PackDocument Parse(TextReader reader, PackSourceFile file)
    {
        var root = LoadRoot(reader, file);
        if (root is not YamlMappingNode top)
        {
            throw file.Error(Line(root), null, "the file must be a mapping with region, name, parent, aliases and values");
        }

        var regionNode = Child(top, "region");
        if (regionNode is null)
        {
            throw file.Error(Line(top), null, "'region' is required");
        }

        var region = RequiredText(file, regionNode, "region");
        if (!RegionCodes.IsValidSyntax(region))
        {
            throw file.Error(Line(regionNode), "region",
                $"'{region}' is not a valid region code (CN, or six digits starting with a province-level code)");
        }

        var document = new PackDocument(file, Line(top), region, Line(regionNode));
        foreach (var (keyNode, valueNode) in top.Children)
        {
            var key = KeyText(file, keyNode, null);
            switch (key)
            {
                case "region":
                    break;
                case "name":
                    document.Name = RequiredText(file, valueNode, "name");
                    break;
                case "nameEn":
                    document.NameEn = RequiredText(file, valueNode, "nameEn");
                    break;
                case "parent":
                    document.Parent = OptionalText(file, valueNode, "parent");
                    document.ParentLine = Line(valueNode);
                    break;
                case "aliases":
                    ReadAliases(file, valueNode, document);
                    break;
                case "values":
                    ReadValues(file, valueNode, document);
                    break;
                default:
                    throw file.Error(Line(keyNode), key, $"unknown top-level key (allowed: {TopLevelKeys})");
            }
        }

        if (document.Parent is { } parent && !RegionCodes.IsValidSyntax(parent))
        {
            throw file.Error(document.ParentLine, "parent", $"'{parent}' is not a valid region code");
        }

        return document;
    }

    private static YamlNode LoadRoot(TextReader reader, PackSourceFile file)
    {
        var scanner = new Scanner(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(new Parser(scanner));
        }
        catch (YamlException e)
        {
            throw file.Error((int)Math.Max(1, e.Start.Line), null, $"YAML syntax error: {e.Message}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports some malformed flow collections this way, without a position: use the scanner's.
            throw file.Error((int)Math.Max(1, scanner.CurrentPosition.Line), null,
                "YAML syntax error: the document could not be parsed (check brackets and quotes)");
        }

        if (stream.Documents.Count == 0)
        {
            throw file.Error(1, null, "the file is empty (expected a pack mapping)");
        }

        if (stream.Documents.Count > 1)
        {
            throw file.Error(Line(stream.Documents[1].RootNode), null, "only one YAML document per pack file");
        }

        return stream.Documents[0].RootNode;
    }

    private static void ReadAliases(PackSourceFile file, YamlNode node, PackDocument document)
    {
        if (IsNull(node))
        {
            return;
        }

        if (node is not YamlSequenceNode sequence)
        {
            throw file.Error(Line(node), "aliases", "expected a list of aliases, e.g. [yichang]");
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            var path = $"aliases[{index}]";
            var alias = RequiredText(file, item, path);
            if (!AliasRegex().IsMatch(alias) || alias == "cn")
            {
                throw file.Error(Line(item), path,
                    $"'{alias}' is not a valid alias (lower-case letters, digits and '-', starting with a letter; 'cn' is reserved)");
            }

            if (document.Aliases.Any(a => a.Alias == alias))
            {
                throw file.Error(Line(item), path, $"alias '{alias}' is listed twice");
            }

            document.Aliases.Add(new PackAliasEntry(alias, index, Line(item)));
            index++;
        }
    }

    private static void ReadValues(PackSourceFile file, YamlNode node, PackDocument document)
    {
        if (IsNull(node))
        {
            return;
        }

        if (node is not YamlMappingNode values)
        {
            throw file.Error(Line(node), "values", "expected a mapping of value keys to lists of entries");
        }

        foreach (var (keyNode, entriesNode) in values.Children)
        {
            var key = KeyText(file, keyNode, "values");
            var path = "values." + key;
            if (!PackKeyCatalogue.TryGet(key, out var definition))
            {
                var hint = PackKeyCatalogue.Suggest(key) is { } s ? $"; did you mean '{s}'?" : string.Empty;
                throw file.Error(Line(keyNode), path, $"unknown value key (not in the key catalogue{hint})");
            }

            if (entriesNode is not YamlSequenceNode sequence || sequence.Children.Count == 0)
            {
                throw file.Error(Line(entriesNode), path,
                    "expected a non-empty list of entries (- value: ..., effectiveFrom: ..., source: ...)");
            }

            var entries = new List<PackValue>();
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var entry = ReadEntry(file, sequence.Children[i], $"{path}[{i}]", definition, document.Region);
                foreach (var earlier in entries)
                {
                    if (entry.Overlaps(earlier))
                    {
                        throw file.Error(entry.Line, $"{path}[{i}]",
                            $"effective range {entry.RangeText} overlaps {earlier.RangeText}");
                    }
                }

                entries.Add(entry);
            }

            document.Values[key] = entries;
        }
    }

    private static PackValue ReadEntry(
        PackSourceFile file, YamlNode node, string path, PackKeyDefinition definition, string region)
    {
        if (node is not YamlMappingNode entry)
        {
            throw file.Error(Line(node), path, "expected an entry mapping (value, effectiveFrom, source, ...)");
        }

        var line = Line(entry);
        YamlNode? valueNode = null;
        YamlNode? fromNode = null;
        YamlNode? toNode = null;
        YamlNode? sourceNode = null;
        string? note = null;
        string? assumption = null;
        foreach (var (keyNode, child) in entry.Children)
        {
            var field = KeyText(file, keyNode, path);
            switch (field)
            {
                case "value":
                    valueNode = child;
                    break;
                case "effectiveFrom":
                    fromNode = child;
                    break;
                case "effectiveTo":
                    toNode = child;
                    break;
                case "source":
                    sourceNode = child;
                    break;
                case "note":
                    note = OptionalText(file, child, path + ".note");
                    break;
                case "assumption":
                    assumption = OptionalText(file, child, path + ".assumption");
                    if (assumption is not null && !AssumptionRegex().IsMatch(assumption))
                    {
                        throw file.Error(Line(child), path + ".assumption",
                            $"'{assumption}' is not an assumption code (upper-case words joined by '-', e.g. CN-TRANSFER-DEFAULT)");
                    }

                    break;
                default:
                    throw file.Error(Line(keyNode), $"{path}.{field}", $"unknown entry key (allowed: {EntryKeys})");
            }
        }

        if (valueNode is null || IsNull(valueNode))
        {
            throw file.Error(valueNode is null ? line : Line(valueNode), path, "'value' is required");
        }

        if (fromNode is null || IsNull(fromNode))
        {
            throw file.Error(fromNode is null ? line : Line(fromNode), path, "'effectiveFrom' is required");
        }

        var from = ReadDate(file, fromNode, path + ".effectiveFrom");
        LocalDate? to = toNode is null || IsNull(toNode) ? null : ReadDate(file, toNode, path + ".effectiveTo");
        if (to is { } end && end < from)
        {
            throw file.Error(Line(toNode!), path + ".effectiveTo",
                $"{PackValue.Iso(end)} is before effectiveFrom {PackValue.Iso(from)}");
        }

        var source = sourceNode is null ? null : OptionalText(file, sourceNode, path + ".source");
        if (string.IsNullOrWhiteSpace(source))
        {
            throw file.Error(sourceNode is null ? line : Line(sourceNode), path, "'source' is required and must not be empty");
        }

        var value = ReadValue(file, valueNode, path + ".value", definition);
        return new PackValue(definition.Key, definition.Type, value, from, to, source.Trim(), note, assumption, region,
            file.Origin, line, file.IsUser, isUserOverride: false);
    }

    private static object ReadValue(PackSourceFile file, YamlNode node, string path, PackKeyDefinition definition)
    {
        switch (definition.Type)
        {
            case PackValueType.Map:
                return ReadMap(file, node, path, definition);
            case PackValueType.List:
                return ReadList(file, node, path, definition);
        }

        var text = ScalarOrTypeError(file, node, path, definition.Type);
        var line = Line(node);
        switch (definition.Type)
        {
            case PackValueType.String:
                if (string.IsNullOrWhiteSpace(text))
                {
                    throw file.Error(line, path, "expected a non-empty string");
                }

                CheckItem(file, line, path, text, definition);
                return text;
            case PackValueType.Int:
                return IntRegex().IsMatch(text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
                    ? i
                    : throw TypeError(file, line, path, "a non-negative int", $"'{text}'");
            case PackValueType.Decimal:
                return DecimalRegex().IsMatch(text)
                       && decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
                    ? d
                    : throw TypeError(file, line, path, "a non-negative decimal", $"'{text}'");
            case PackValueType.Bool:
                return text.ToLowerInvariant() switch
                {
                    "true" => true,
                    "false" => false,
                    _ => throw TypeError(file, line, path, "a bool (true or false)", $"'{text}'"),
                };
            case PackValueType.Date:
                return ReadDate(file, node, path);
            default:
                throw new InvalidOperationException($"Unhandled value type {definition.Type}.");
        }
    }

    private static IReadOnlyDictionary<string, string> ReadMap(
        PackSourceFile file, YamlNode node, string path, PackKeyDefinition definition)
    {
        var expected = string.Join(", ", definition.MapKeys.Select(k => k.Name));
        if (node is not YamlMappingNode mapping)
        {
            throw TypeError(file, Line(node), path, $"a map with keys {expected}", Describe(node));
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = KeyText(file, keyNode, path);
            var spec = definition.MapKeys.FirstOrDefault(k => k.Name == name)
                ?? throw file.Error(Line(keyNode), $"{path}.{name}", $"unknown map key (expected: {expected})");
            var text = RequiredText(file, valueNode, $"{path}.{name}");
            if (!spec.Regex.IsMatch(text))
            {
                throw file.Error(Line(valueNode), $"{path}.{name}", $"'{text}' does not match {spec.Pattern}");
            }

            result[name] = text;
        }

        var missing = definition.MapKeys.Where(k => !result.ContainsKey(k.Name)).Select(k => k.Name).ToArray();
        if (missing.Length > 0)
        {
            throw file.Error(Line(node), path, $"missing map key(s): {string.Join(", ", missing)}");
        }

        // Keep catalogue order so the map reads the same wherever it is shown.
        var ordered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in definition.MapKeys)
        {
            ordered[spec.Name] = result[spec.Name];
        }

        return ordered.AsReadOnly();
    }

    private static IReadOnlyList<string> ReadList(
        PackSourceFile file, YamlNode node, string path, PackKeyDefinition definition)
    {
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            throw TypeError(file, Line(node), path, "a non-empty list", Describe(node));
        }

        var items = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            var text = RequiredText(file, item, $"{path}[{i}]");
            CheckItem(file, Line(item), $"{path}[{i}]", text, definition);
            items.Add(text);
        }

        return items.AsReadOnly();
    }

    private static void CheckItem(PackSourceFile file, int line, string path, string text, PackKeyDefinition definition)
    {
        if (definition.AllowedValues.Count > 0 && !definition.AllowedValues.Contains(text, StringComparer.Ordinal))
        {
            throw file.Error(line, path, $"'{text}' is not one of: {string.Join(", ", definition.AllowedValues)}");
        }

        if (definition.ItemRegex is { } regex && !regex.IsMatch(text))
        {
            throw file.Error(line, path, $"'{text}' does not match {definition.ItemPattern}");
        }
    }

    private static LocalDate ReadDate(PackSourceFile file, YamlNode node, string path)
    {
        var text = ScalarOrTypeError(file, node, path, PackValueType.Date);
        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw TypeError(file, Line(node), path, "a date (yyyy-MM-dd)", $"'{text}'");
    }

    private static string ScalarOrTypeError(PackSourceFile file, YamlNode node, string path, PackValueType type)
    {
        if (node is YamlScalarNode scalar && !IsNull(scalar))
        {
            return scalar.Value ?? string.Empty;
        }

        var expected = type switch
        {
            PackValueType.Int => "a non-negative int",
            PackValueType.Decimal => "a non-negative decimal",
            PackValueType.Bool => "a bool (true or false)",
            PackValueType.Date => "a date (yyyy-MM-dd)",
            _ => "a string",
        };
        throw TypeError(file, Line(node), path, expected, Describe(node));
    }

    private static PackLoadException TypeError(PackSourceFile file, int line, string path, string expected, string got)
        => file.Error(line, path, $"expected {expected}, got {got}");

    private static string Describe(YamlNode node) => node switch
    {
        YamlScalarNode s when IsNull(s) => "null",
        YamlScalarNode s => $"'{s.Value}'",
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ => "an unsupported node",
    };

    private static string KeyText(PackSourceFile file, YamlNode keyNode, string? parentPath)
    {
        if (keyNode is YamlScalarNode { Value: { Length: > 0 } text })
        {
            return text;
        }

        throw file.Error(Line(keyNode), parentPath, "mapping keys must be plain text");
    }

    private static string RequiredText(PackSourceFile file, YamlNode node, string path)
    {
        var text = OptionalText(file, node, path);
        return string.IsNullOrWhiteSpace(text)
            ? throw file.Error(Line(node), path, "a non-empty value is required")
            : text;
    }

    private static string? OptionalText(PackSourceFile file, YamlNode node, string path)
    {
        if (node is not YamlScalarNode scalar)
        {
            throw file.Error(Line(node), path, $"expected text, got {Describe(node)}");
        }

        return IsNull(scalar) ? null : scalar.Value?.Trim();
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;

    private static YamlNode? Child(YamlMappingNode mapping, string key)
        => mapping.Children.FirstOrDefault(kv => kv.Key is YamlScalarNode { Value: var v } && v == key).Value;

    private static bool IsNull(YamlNode node)
        => node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" or "~" or "null" or "Null" or "NULL" };

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasRegex();

    [GeneratedRegex("^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex AssumptionRegex();

    [GeneratedRegex("^[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntRegex();

    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalRegex();
}
