using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Insurance.Rules.Domain.Tests.Schema;

/// <summary>
/// A small JSON Schema (draft 2020-12) checker for the subset the project's schemas use: <c>type</c>,
/// <c>properties</c>, <c>required</c>, <c>additionalProperties</c>, <c>enum</c>, <c>pattern</c>,
/// <c>minLength</c>/<c>maxLength</c>, <c>items</c>, <c>minItems</c>/<c>maxItems</c>, <c>minimum</c>/<c>maximum</c>,
/// <c>oneOf</c>, <c>anyOf</c>, <c>$ref</c> to <c>#/$defs/…</c>, and boolean schemas. Any other keyword is
/// refused when the schema is loaded, so a schema can never rely on a keyword this checker silently ignores.
/// Self-contained (one file, no package) so other test projects can link it.
/// </summary>
public sealed class MiniJsonSchema
{
    private static readonly HashSet<string> Annotations = new(StringComparer.Ordinal)
    {
        "$schema", "$id", "$defs", "title", "description", "$comment", "examples", "default",
    };

    private static readonly HashSet<string> Supported = new(StringComparer.Ordinal)
    {
        "type", "properties", "required", "additionalProperties", "enum", "pattern", "minLength", "maxLength",
        "items", "minItems", "maxItems", "minimum", "maximum", "oneOf", "anyOf", "$ref",
    };

    private readonly JsonElement root;
    private readonly Dictionary<string, Regex> patterns = new(StringComparer.Ordinal);

    private MiniJsonSchema(JsonDocument document)
    {
        root = document.RootElement.Clone();
        CheckKeywords(root, "#");
    }

    /// <summary>Reads a schema.</summary>
    /// <exception cref="NotSupportedException">When the schema uses a keyword outside the subset.</exception>
    public static MiniJsonSchema Load(string schemaJson)
    {
        using var document = JsonDocument.Parse(schemaJson);
        return new MiniJsonSchema(document);
    }

    /// <summary>Every violation of the schema by the instance, as "path: problem"; empty when valid.</summary>
    public IReadOnlyList<string> Validate(string instanceJson)
    {
        using var document = JsonDocument.Parse(instanceJson);
        return Validate(document.RootElement);
    }

    /// <summary>Every violation of the schema by the instance, as "path: problem"; empty when valid.</summary>
    public IReadOnlyList<string> Validate(JsonElement instance)
    {
        var problems = new List<string>();
        Check(root, instance, "$", problems);
        return problems;
    }

    private void CheckKeywords(JsonElement schema, string where)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return;
        }

        if (schema.ValueKind != JsonValueKind.Object)
        {
            throw new NotSupportedException($"{where}: a schema must be an object or a boolean.");
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Annotations.Contains(keyword.Name) && !Supported.Contains(keyword.Name))
            {
                throw new NotSupportedException($"{where}: keyword '{keyword.Name}' is outside the supported subset.");
            }

            switch (keyword.Name)
            {
                case "$defs":
                case "properties":
                    foreach (var child in keyword.Value.EnumerateObject())
                    {
                        CheckKeywords(child.Value, $"{where}/{keyword.Name}/{child.Name}");
                    }

                    break;
                case "items":
                case "additionalProperties":
                    CheckKeywords(keyword.Value, $"{where}/{keyword.Name}");
                    break;
                case "oneOf":
                case "anyOf":
                    var i = 0;
                    foreach (var child in keyword.Value.EnumerateArray())
                    {
                        CheckKeywords(child, $"{where}/{keyword.Name}/{i++}");
                    }

                    break;
                case "$ref":
                    Resolve(keyword.Value.GetString()!);
                    break;
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        const string prefix = "#/$defs/";
        if (!reference.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new NotSupportedException($"Only '#/$defs/name' references are supported, not '{reference}'.");
        }

        var name = reference[prefix.Length..];
        if (!root.TryGetProperty("$defs", out var defs) || !defs.TryGetProperty(name, out var target))
        {
            throw new NotSupportedException($"Reference '{reference}' points nowhere.");
        }

        return target;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.ValueKind == JsonValueKind.True)
        {
            return;
        }

        if (schema.ValueKind == JsonValueKind.False)
        {
            problems.Add($"{path}: not allowed here");
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(Resolve(reference.GetString()!), value, path, problems);
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            problems.Add($"{path}: type {Kind(value)} is not {type.GetRawText()}");
            return;
        }

        if (schema.TryGetProperty("enum", out var allowed) && !allowed.EnumerateArray().Any(a => JsonEquals(a, value)))
        {
            problems.Add($"{path}: {value.GetRawText()} is not one of {allowed.GetRawText()}");
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(schema, value, path, problems);
                break;
            case JsonValueKind.Array:
                CheckArray(schema, value, path, problems);
                break;
            case JsonValueKind.String:
                CheckString(schema, value.GetString()!, path, problems);
                break;
            case JsonValueKind.Number:
                CheckNumber(schema, value.GetDecimal(), path, problems);
                break;
        }

        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            var passing = oneOf.EnumerateArray().Count(s => Passes(s, value, path));
            if (passing != 1)
            {
                problems.Add($"{path}: matches {passing} of the oneOf schemas, not exactly one");
            }
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => Passes(s, value, path)))
        {
            problems.Add($"{path}: matches none of the anyOf schemas");
        }
    }

    private bool Passes(JsonElement schema, JsonElement value, string path)
    {
        var scratch = new List<string>();
        Check(schema, value, path, scratch);
        return scratch.Count == 0;
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray())
            {
                if (!value.TryGetProperty(name.GetString()!, out _))
                {
                    problems.Add($"{path}: required property '{name.GetString()}' is missing");
                }
            }
        }

        schema.TryGetProperty("properties", out var properties);
        var hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        foreach (var property in value.EnumerateObject())
        {
            var childPath = $"{path}.{property.Name}";
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, childPath, problems);
            }
            else if (hasAdditional)
            {
                if (additional.ValueKind == JsonValueKind.False)
                {
                    problems.Add($"{childPath}: additional property not allowed");
                }
                else
                {
                    Check(additional, property.Value, childPath, problems);
                }
            }
        }
    }

    private void CheckArray(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var minItems) && count < minItems.GetInt32())
        {
            problems.Add($"{path}: {count} items, fewer than {minItems.GetInt32()}");
        }

        if (schema.TryGetProperty("maxItems", out var maxItems) && count > maxItems.GetInt32())
        {
            problems.Add($"{path}: {count} items, more than {maxItems.GetInt32()}");
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(items, item, $"{path}[{i++}]", problems);
            }
        }
    }

    private void CheckString(JsonElement schema, string value, string path, List<string> problems)
    {
        var length = value.EnumerateRunes().Count();
        if (schema.TryGetProperty("minLength", out var minLength) && length < minLength.GetInt32())
        {
            problems.Add($"{path}: shorter than {minLength.GetInt32()}");
        }

        if (schema.TryGetProperty("maxLength", out var maxLength) && length > maxLength.GetInt32())
        {
            problems.Add($"{path}: longer than {maxLength.GetInt32()}");
        }

        if (schema.TryGetProperty("pattern", out var pattern))
        {
            var source = pattern.GetString()!;
            if (!patterns.TryGetValue(source, out var regex))
            {
                regex = new Regex(source, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                patterns[source] = regex;
            }

            if (!regex.IsMatch(value))
            {
                problems.Add($"{path}: '{value}' does not match {source}");
            }
        }
    }

    private static void CheckNumber(JsonElement schema, decimal value, string path, List<string> problems)
    {
        if (schema.TryGetProperty("minimum", out var minimum) && value < minimum.GetDecimal())
        {
            problems.Add($"{path}: {value.ToString(CultureInfo.InvariantCulture)} is below {minimum.GetRawText()}");
        }

        if (schema.TryGetProperty("maximum", out var maximum) && value > maximum.GetDecimal())
        {
            problems.Add($"{path}: {value.ToString(CultureInfo.InvariantCulture)} is above {maximum.GetRawText()}");
        }
    }

    private static bool TypeMatches(JsonElement type, JsonElement value)
        => type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Any(t => TypeMatches(t.GetString()!, value))
            : TypeMatches(type.GetString()!, value);

    private static bool TypeMatches(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => throw new NotSupportedException($"Unknown type '{type}'."),
    };

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind == JsonValueKind.Number && b.ValueKind == JsonValueKind.Number)
        {
            return a.GetDecimal() == b.GetDecimal();
        }

        if (a.ValueKind != b.ValueKind)
        {
            return false;
        }

        return a.ValueKind switch
        {
            JsonValueKind.String => a.GetString() == b.GetString(),
            JsonValueKind.Null or JsonValueKind.True or JsonValueKind.False => true,
            _ => a.GetRawText() == b.GetRawText(),
        };
    }
}
