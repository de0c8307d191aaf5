using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Domain.Tests.Json;

/// <summary>A valid case document to start from, and helpers to break it one field at a time.</summary>
internal static class CaseDocuments
{
    public const string Valid = """
        {
          "asOf": "2025-03-10",
          "region": "420500",
          "participant": {
            "id": "E-1001",
            "birthDate": "1985-04-12",
            "sex": "female",
            "originalRetirementAge": 55,
            "status": "flexible",
            "hukou": { "region": "420500", "type": "nonAgricultural" },
            "residencePermitRegion": null
          },
          "contributions": [
            { "from": "2015-01", "to": "2024-06", "scheme": "employee", "payer": "employer" },
            { "month": "2024-10", "scheme": "employee", "payer": "individual", "paidOn": "2024-10-20" },
            { "year": 2024, "scheme": "resident", "paidOn": "2023-12-05" }
          ],
          "deemedMonths": 0,
          "events": [ { "date": "2024-06-30", "type": "employmentEnded" } ],
          "plan": { "payOn": "2025-03-20", "repairYears": 0 }
        }
        """;

    // Chinese stays Chinese in the documents the tests build, as it would in a caller's file.
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly CaseReadOptions English = new() { Language = Language.En };

    /// <summary>The valid document with one change applied.</summary>
    public static string With(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Valid)!.AsObject();
        change(root);
        return root.ToJsonString(Relaxed);
    }

    public static JsonObject Participant(this JsonObject root) => root["participant"]!.AsObject();

    public static JsonObject Contribution(this JsonObject root, int index) => root["contributions"]![index]!.AsObject();

    public static JsonObject Event(this JsonObject root, int index) => root["events"]![index]!.AsObject();

    public static JsonObject Plan(this JsonObject root) => root["plan"]!.AsObject();

    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "Samples", "cases");

    public static string SchemasDirectory => Path.Combine(AppContext.BaseDirectory, "Schemas");

    public static IEnumerable<string> SampleFiles()
        => Directory.EnumerateFiles(SamplesDirectory, "*.json").OrderBy(f => f, StringComparer.Ordinal);
}
