using System.Text;
using System.Text.Json.Nodes;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// Turns a valid case document into an invalid one. Every mutation kind breaks the contract for sure (a dropped
/// required field, a wrong type, an impossible or out-of-range date, a string or array past its limit, nesting past
/// the depth limit, invalid UTF-8, a duplicate or unknown key, broken syntax, an unknown enum value, a negative
/// count, a document past the size limit), so the only right answer is "invalid input" with paths.
/// </summary>
internal static class JsonMutator
{
    public static readonly string[] Kinds =
    [
        "dropRequired", "wrongType", "badDate", "badMonth", "hugeString", "hugeArray", "deepNesting", "invalidUtf8",
        "duplicateKey", "unknownField", "brokenSyntax", "unknownEnum", "negativeNumber", "hugeDocument", "notAnObject",
    ];

    // Relative frequencies: the big inputs cost the most, so they are rarer. A document of 5 001 records takes about
    // half a second to reject (the first 5 000 are validated), so huge arrays are 0.4 % of the mutations (~40 in 10 000).
    private static readonly int[] Weights = [60, 60, 50, 30, 15, 2, 20, 40, 40, 40, 50, 40, 25, 5, 15];

    /// <summary>One mutated document (UTF-8 bytes) and the kind of mutation applied.</summary>
    public static (string Kind, byte[] Utf8) Mutate(string validJson, SeededRandom r)
    {
        var kind = Kinds[r.Weighted(Weights)];
        var root = JsonNode.Parse(validJson)!.AsObject();
        return (kind, kind switch
        {
            "dropRequired" => Text(DropRequired(root, r)),
            "wrongType" => Text(WrongType(root, r)),
            "badDate" => Text(SetSomeDate(root, r, r.Pick(BadDates))),
            "badMonth" => Text(SetSomeMonth(root, r, r.Pick(BadMonths))),
            "hugeString" => Text(HugeString(root, r)),
            "hugeArray" => Text(HugeArray(root, r)),
            "deepNesting" => Encoding.UTF8.GetBytes(DeepNesting(root, r)),
            "invalidUtf8" => InvalidUtf8(root.ToJsonString(), r),
            "duplicateKey" => Encoding.UTF8.GetBytes(DuplicateKey(root.ToJsonString(), r)),
            "unknownField" => Text(UnknownField(root, r)),
            "brokenSyntax" => Encoding.UTF8.GetBytes(BrokenSyntax(root.ToJsonString(), r)),
            "unknownEnum" => Text(UnknownEnum(root, r)),
            "negativeNumber" => Text(Negative(root, r)),
            "hugeDocument" => Encoding.UTF8.GetBytes(HugeDocument(root, r)),
            _ => Encoding.UTF8.GetBytes(r.Pick(NotObjects)),
        });
    }

    private static readonly string[] BadDates =
    [
        "1899-12-31", "2101-01-01", "2025-02-30", "2023-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "20250101",
        "2025-1-1", "+002025-01-01", "2025-01-01T00:00:00", "2025/01/01", "", " 2025-01-01", "0000-01-01", "9999-12-31",
        "2025-01-01Z", "二〇二五年一月一日", "2025-01-32",
    ];

    private static readonly string[] BadMonths = ["2025-13", "2025-00", "1899-12", "2101-01", "2025-1", "202501", "2025-01-01", "", "2025/01"];

    private static readonly string[] NotObjects = ["[]", "null", "42", "\"case\"", "true", "[{}]", ""];

    private static byte[] Text(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static JsonObject DropRequired(JsonObject root, SeededRandom r)
    {
        switch (r.Between(0, 6))
        {
            case 0: root.Remove("asOf"); break;
            case 1: root.Remove("region"); break;
            case 2: root.Remove("participant"); break;
            case 3: Participant(root).Remove("birthDate"); break;
            case 4: Participant(root).Remove("sex"); break;
            case 5: Participant(root).Remove("status"); break;
            default:
                if (Item(root, "contributions", r) is { } record)
                {
                    record.Remove("scheme");
                }
                else
                {
                    root.Remove("asOf");
                }

                break;
        }

        return root;
    }

    private static JsonObject WrongType(JsonObject root, SeededRandom r)
    {
        JsonNode? wrong(SeededRandom rr) => rr.Between(0, 5) switch
        {
            0 => JsonValue.Create(20250310),
            1 => JsonValue.Create(true),
            2 => new JsonObject { ["value"] = "2025-03-10" },
            3 => new JsonArray("2025-03-10"),
            4 => JsonValue.Create(1.5),
            _ => JsonValue.Create("not a value"),
        };

        switch (r.Between(0, 9))
        {
            case 0: root["asOf"] = wrong(r) is JsonValue v && v.ToJsonString().StartsWith('"') ? 20250310 : wrong(r); break;
            case 1: root["participant"] = new JsonArray(); break;
            case 2: root["contributions"] = new JsonObject { ["month"] = "2025-01" }; break;
            case 3: Participant(root)["sex"] = r.Chance(50) ? 1 : new JsonArray("male"); break;
            case 4: root["deemedMonths"] = r.Pick(["12", "1.5", "true"]) switch { "12" => "12", "1.5" => 1.5, _ => true }; break;
            case 5: root["events"] = "employmentEnded"; break;
            case 6: root["plan"] = r.Chance(50) ? JsonValue.Create("2025-03-20") : new JsonArray(); break;
            case 7: Participant(root)["birthDate"] = r.Chance(50) ? 19850412 : new JsonObject(); break;
            case 8: root["region"] = r.Chance(50) ? 420500 : new JsonArray("420500"); break;
            default:
                if (Item(root, "contributions", r) is { } record)
                {
                    record["scheme"] = r.Chance(50) ? 310 : new JsonObject { ["code"] = 310 };
                }
                else
                {
                    root["asOf"] = true;
                }

                break;
        }

        return root;
    }

    private static JsonObject SetSomeDate(JsonObject root, SeededRandom r, string bad)
    {
        switch (r.Between(0, 4))
        {
            case 0: root["asOf"] = bad; break;
            case 1: Participant(root)["birthDate"] = bad; break;
            case 2: PlanOf(root)["payOn"] = bad; break;
            case 3:
                var e = new JsonObject { ["date"] = bad, ["type"] = "employmentEnded" };
                Array(root, "events").Insert(r.Between(0, Array(root, "events").Count), e);
                break;
            default:
                var rec = new JsonObject { ["month"] = "2020-01", ["scheme"] = "employee", ["paidOn"] = bad };
                Array(root, "contributions").Insert(r.Between(0, Array(root, "contributions").Count), rec);
                break;
        }

        return root;
    }

    private static JsonObject SetSomeMonth(JsonObject root, SeededRandom r, string bad)
    {
        var rec = r.Between(0, 2) switch
        {
            0 => new JsonObject { ["month"] = bad, ["scheme"] = "employee" },
            1 => new JsonObject { ["from"] = bad, ["to"] = "2020-06", ["scheme"] = "employee" },
            _ => new JsonObject { ["from"] = "2020-01", ["to"] = bad, ["scheme"] = "employee" },
        };
        Array(root, "contributions").Insert(r.Between(0, Array(root, "contributions").Count), rec);
        return root;
    }

    private static JsonObject HugeString(JsonObject root, SeededRandom r)
    {
        // Past the 256-character limit, up to far past it; some with multi-byte characters.
        var length = r.Pick([257, 1000, 65_536, 300_000]);
        var text = new string(r.Chance(30) ? '医' : 'x', length);
        switch (r.Between(0, 4))
        {
            case 0: Participant(root)["id"] = text; break;
            case 1: root["region"] = text; break;
            case 2: Participant(root)["status"] = text; break;
            case 3: root["asOf"] = text; break;
            default: root[text] = 1; break; // a huge key
        }

        return root;
    }

    private static JsonObject HugeArray(JsonObject root, SeededRandom r)
    {
        if (r.Chance(50))
        {
            // More records than allowed (5 000).
            var records = new JsonArray();
            for (var i = 0; i < 5_001; i++)
            {
                records.Add(new JsonObject { ["month"] = "2020-01", ["scheme"] = "employee" });
            }

            root["contributions"] = records;
        }
        else if (r.Chance(50))
        {
            var events = new JsonArray();
            for (var i = 0; i < 1_001; i++)
            {
                events.Add(new JsonObject { ["date"] = "2020-01-01", ["type"] = "movedIn" });
            }

            root["events"] = events;
        }
        else
        {
            // Few records, but ranges that expand past 2 400 months in total.
            var records = new JsonArray();
            for (var i = 0; i < 3; i++)
            {
                records.Add(new JsonObject { ["from"] = "1901-01", ["to"] = "2099-12", ["scheme"] = "employee" });
            }

            root["contributions"] = records;
        }

        return root;
    }

    private static string DeepNesting(JsonObject root, SeededRandom r)
    {
        // Written as text: past a depth of 1 000 no JSON writer would produce it, but anyone can send it.
        var depth = r.Pick([33, 64, 1_000, 100_000]);
        var arrays = r.Chance(50);
        var nested = new StringBuilder(depth * 6);
        for (var i = 0; i < depth; i++)
        {
            nested.Append(arrays ? "[" : "{\"a\":");
        }

        nested.Append('1');
        for (var i = 0; i < depth; i++)
        {
            nested.Append(arrays ? ']' : '}');
        }

        // Into a known field (so the type is wrong too) or an unknown one.
        root.Remove("plan");
        var json = root.ToJsonString();
        return json[..^1] + (r.Chance(50) ? ",\"plan\":" : ",\"nested\":") + nested + "}";
    }

    private static byte[] InvalidUtf8(string json, SeededRandom r)
    {
        byte[][] bad = [[0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE6, 0x88], [0x80]];
        var bytes = Encoding.UTF8.GetBytes(json);
        var insert = r.Pick(bad);

        // Inside a string value (the id or the region) or anywhere.
        var anchor = json.IndexOf(r.Chance(50) ? "\"asOf\":\"" : "\"region\":\"", StringComparison.Ordinal);
        var at = anchor >= 0 && r.Chance(70) ? Encoding.UTF8.GetByteCount(json.AsSpan(0, anchor)) + 9 : r.Between(0, bytes.Length);
        if (r.Chance(15))
        {
            at = bytes.Length; // a truncated sequence at the very end
        }

        return [.. bytes.AsSpan(0, at), .. insert, .. bytes.AsSpan(at)];
    }

    private static string DuplicateKey(string json, SeededRandom r)
    {
        // The writer puts asOf first and participant.birthDate after the id: insert a second copy of a key.
        return r.Between(0, 2) switch
        {
            0 => "{\"asOf\":\"2020-01-01\"," + json[1..],
            1 => json.Replace("\"participant\":{", "\"participant\":{\"sex\":\"male\",", StringComparison.Ordinal),
            _ => json[..^1] + ",\"region\":\"CN\"}",
        };
    }

    private static JsonObject UnknownField(JsonObject root, SeededRandom r)
    {
        var name = r.Pick(["asof", "Region", "bogus", "contribution", "participant_id", "\u0000", "__proto__", "plan.payOn", "计划"]);
        switch (r.Between(0, 3))
        {
            case 0: root[name] = 1; break;
            case 1: Participant(root)[name] = "x"; break;
            case 2: PlanOf(root)[name] = null; break;
            default:
                Array(root, "contributions").Add(new JsonObject { ["month"] = "2020-01", ["scheme"] = "employee", [name] = true });
                break;
        }

        return root;
    }

    private static string BrokenSyntax(string json, SeededRandom r) => r.Between(0, 6) switch
    {
        0 => json[..r.Between(0, json.Length - 1)], // truncated
        1 => json[..^1], // no closing brace
        2 => json[..^1] + ",}", // trailing comma
        3 => "// comment\n" + json,
        4 => json + json, // two documents
        5 => json.Replace("\"", "'", StringComparison.Ordinal), // single quotes
        // A stray token right after the opening brace, where it cannot fall inside a string.
        _ => json.Insert(1, r.Pick(["{", "]", ":", ",,", "\"", "NaN", "\\"])),
    };

    private static JsonObject UnknownEnum(JsonObject root, SeededRandom r)
    {
        switch (r.Between(0, 4))
        {
            case 0: Participant(root)["status"] = r.Pick(["retiree", "Employed", "EMPLOYED", "unemployed_with_benefits", "在职"]); break;
            case 1: Participant(root)["sex"] = r.Pick(["x", "Male", "f", "女"]); break;
            case 2: Array(root, "events").Add(new JsonObject { ["date"] = "2020-01-01", ["type"] = r.Pick(["fired", "EmploymentEnded", "moved"]) }); break;
            case 3: Array(root, "contributions").Add(new JsonObject { ["month"] = "2020-01", ["scheme"] = r.Pick(["both", "Employee", "310"]) }); break;
            default: Array(root, "contributions").Add(new JsonObject { ["month"] = "2020-01", ["scheme"] = "employee", ["payer"] = r.Pick(["boss", "self", "Employer"]) }); break;
        }

        return root;
    }

    private static JsonObject Negative(JsonObject root, SeededRandom r)
    {
        switch (r.Between(0, 3))
        {
            case 0: root["deemedMonths"] = -r.Between(1, 1000); break;
            case 1: PlanOf(root)["repairYears"] = -1; break;
            case 2: Participant(root)["originalRetirementAge"] = r.Pick([-55, 0, 45, 65, 61]); break;
            default: Array(root, "contributions").Add(new JsonObject { ["year"] = r.Pick([-2025, 0, 1989, 2101, 99999]), ["scheme"] = "resident" }); break;
        }

        return root;
    }

    private static string HugeDocument(JsonObject root, SeededRandom r)
    {
        // Past the 1 MiB document limit with whitespace only, or with one long (otherwise legal) string.
        var json = root.ToJsonString();
        return r.Chance(50) ? json[..^1] + new string(' ', 1_100_000) + "}" : json[..^1] + ",\"pad\":\"" + new string('a', 1_100_000) + "\"}";
    }

    private static JsonObject Participant(JsonObject root) => root["participant"] as JsonObject ?? (JsonObject)(root["participant"] = new JsonObject());

    private static JsonObject PlanOf(JsonObject root) => root["plan"] as JsonObject ?? (JsonObject)(root["plan"] = new JsonObject());

    private static JsonArray Array(JsonObject root, string name) => root[name] as JsonArray ?? (JsonArray)(root[name] = new JsonArray());

    private static JsonObject? Item(JsonObject root, string name, SeededRandom r)
        => root[name] is JsonArray { Count: > 0 } a ? a[r.Between(0, a.Count - 1)] as JsonObject : null;
}
