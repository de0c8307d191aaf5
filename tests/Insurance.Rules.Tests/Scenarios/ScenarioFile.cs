using System.Text.Json;
using System.Text.Json.Nodes;

namespace Insurance.Rules.Tests.Scenarios;

/// <summary>
/// A policy scenario: a case and the result fields it must produce. Files live in tests/scenarios/&lt;region&gt;/.
/// <c>expect</c> is matched as a subset of the result JSON (objects: the listed keys; arrays: same length, each
/// element a subset). <c>expectStepCodes</c> lists the step codes in order; <c>expectAssumptions</c> and
/// <c>expectTrace</c> list codes / rule ids that must be present.
/// </summary>
public sealed class ScenarioFile
{
    public required string Path { get; init; }

    public required string Name { get; init; }

    public required JsonNode Case { get; init; }

    public required JsonObject Expect { get; init; }

    public IReadOnlyList<string>? ExpectStepCodes { get; init; }

    public IReadOnlyList<string> ExpectAssumptions { get; init; } = [];

    public IReadOnlyList<string> ExpectNoAssumptions { get; init; } = [];

    public IReadOnlyList<string> ExpectTrace { get; init; } = [];

    /// <summary>User pack files (YAML text, file name → content) loaded on top of the shipped packs, e.g. to select a variant.</summary>
    public IReadOnlyDictionary<string, string> UserPacks { get; init; } = new Dictionary<string, string>();

    /// <summary>The scenario folder copied next to the test assembly.</summary>
    public static string Root => System.IO.Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static IEnumerable<string> All() => Directory.EnumerateFiles(Root, "*.json", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal);

    public static ScenarioFile Load(string path)
    {
        var node = JsonNode.Parse(File.ReadAllText(path), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!.AsObject();
        static IReadOnlyList<string> List(JsonObject o, string key)
            => o[key] is JsonArray a ? a.Select(x => x!.GetValue<string>()).ToArray() : [];
        return new ScenarioFile
        {
            Path = path,
            Name = node["name"]?.GetValue<string>() ?? System.IO.Path.GetFileNameWithoutExtension(path),
            Case = node["case"] ?? throw new InvalidDataException($"{path}: no 'case'"),
            Expect = node["expect"] as JsonObject ?? new JsonObject(),
            ExpectStepCodes = node["expectStepCodes"] is JsonArray ? List(node, "expectStepCodes") : null,
            ExpectAssumptions = List(node, "expectAssumptions"),
            ExpectNoAssumptions = List(node, "expectNoAssumptions"),
            ExpectTrace = List(node, "expectTrace"),
            UserPacks = node["userPacks"] is JsonObject packs
                ? packs.ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>())
                : new Dictionary<string, string>(),
        };
    }

    /// <summary>Differences between the expected subset and the actual JSON, as path: expected vs actual lines.</summary>
    public static void Compare(JsonNode? expected, JsonNode? actual, string path, List<string> diffs)
    {
        switch (expected)
        {
            case JsonObject eo:
                if (actual is not JsonObject ao)
                {
                    diffs.Add($"{path}: expected an object, got {Show(actual)}");
                    return;
                }

                foreach (var (key, value) in eo)
                {
                    if (!ao.ContainsKey(key))
                    {
                        diffs.Add($"{path}.{key}: missing in the result");
                        continue;
                    }

                    Compare(value, ao[key], $"{path}.{key}", diffs);
                }

                break;
            case JsonArray ea:
                if (actual is not JsonArray aa)
                {
                    diffs.Add($"{path}: expected an array, got {Show(actual)}");
                    return;
                }

                if (ea.Count != aa.Count)
                {
                    diffs.Add($"{path}: expected {ea.Count} element(s), got {aa.Count}: {Show(aa)}");
                    return;
                }

                for (var i = 0; i < ea.Count; i++)
                {
                    Compare(ea[i], aa[i], $"{path}[{i}]", diffs);
                }

                break;
            default:
                if (!JsonNode.DeepEquals(expected, actual))
                {
                    diffs.Add($"{path}: expected {Show(expected)}, got {Show(actual)}");
                }

                break;
        }
    }

    private static string Show(JsonNode? n) => n is null ? "null" : n.ToJsonString();
}
