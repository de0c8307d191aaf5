using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Domain.Tests.Json;

/// <summary>One document of the differential corpus: where it came from and what was done to it.</summary>
/// <param name="Source">The file (and, for a scenario, the <c>case</c> object inside it).</param>
/// <param name="Kind">The mutation kind, or <see cref="FastReaderDifferentialCorpus.Original"/>.</param>
/// <param name="Mutation">What exactly was changed, enough to rebuild the document by hand.</param>
/// <param name="Utf8">The document's bytes.</param>
internal sealed record CorpusDocument(string Source, string Kind, string Mutation, byte[] Utf8)
{
    public bool IsOriginal => Kind == FastReaderDifferentialCorpus.Original;

    public bool IsSample => Source.StartsWith("samples/", StringComparison.Ordinal);

    public string Name => $"{Source} [{Kind}: {Mutation}]";
}

/// <summary>
/// The documents the fast and the full case reader are compared on: every sample case and every scenario's case,
/// each as written and in <see cref="MutantsPerDocument"/> seeded mutations (seeded by the file name, so a document
/// is the same on every run and in any order). Mutations are built on the JSON tree where they can be, and as raw
/// text or bytes where a tree cannot hold them (duplicate names, escapes, comments, broken syntax, bad UTF-8).
/// </summary>
internal static class FastReaderDifferentialCorpus
{
    public const string Original = "original";

    public const int MutantsPerDocument = 16;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly JsonSerializerOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    private static readonly string[] DateFields = ["asOf", "birthDate", "paidOn", "date", "payOn"];
    private static readonly string[] MonthFields = ["month", "from", "to"];
    private static readonly string[] IntegerFields = ["deemedMonths", "originalRetirementAge", "repairYears", "year"];
    private static readonly string[] EnumFields = ["sex", "status", "type", "scheme", "payer"];
    private static readonly string[] RegionFields = ["region", "residencePermitRegion"];

    // Region aliases as the loaded packs would give them; "badalias" resolves to a code that is not valid.
    private static readonly Dictionary<string, string> AliasMap = new(StringComparer.Ordinal)
    {
        ["beijing"] = "110000",
        ["tianjin"] = "120000",
        ["jiangsu"] = "320000",
        ["changzhou"] = "320400",
        ["zhejiang"] = "330000",
        ["ningbo"] = "330200",
        ["fujian"] = "350000",
        ["jingdezhen"] = "360200",
        ["rizhao"] = "371100",
        ["yichang"] = "420500",
        ["guangdong"] = "440000",
        ["zhuhai"] = "440400",
        ["badalias"] = "99",
    };

    private static readonly (string Kind, Func<Draft, string> Apply)[] Catalogue =
    [
        ("drop-property", DropProperty),
        ("duplicate-property", DuplicateProperty),
        ("change-type", ChangeType),
        ("bad-month", BadMonth),
        ("bad-date", BadDate),
        ("escaped-date", EscapedDate),
        ("unknown-property", UnknownProperty),
        ("deep-nesting", DeepNesting),
        ("extra-contribution", ExtraContribution),
        ("truncate", Truncate),
        ("reorder", Reorder),
        ("name-case", NameCase),
        ("whitespace-bom", WhitespaceOrBom),
        ("escaped-name", EscapedName),
        ("escaped-value", EscapedValue),
        ("syntax", Syntax),
        ("number-form", NumberForm),
        ("long-string", LongString),
        ("array-length", ArrayLength),
        ("month-budget", MonthBudget),
        ("region", Region),
        ("enum-value", EnumValue),
        ("cross-field", CrossField),
        ("root-shape", RootShape),
        ("null-or-empty", NullOrEmpty),
        ("encoding", BrokenEncoding),
        ("swap-values", SwapValues),
        ("duplicate-record", DuplicateRecord),
    ];

    private static readonly Lazy<IReadOnlyList<CorpusDocument>> LazyOriginals = new(LoadOriginals);

    private static readonly Lazy<IReadOnlyList<CorpusDocument>> LazyMutants = new(() => Originals.SelectMany(Mutate).ToArray());

    /// <summary>Every sample case and scenario case, as written.</summary>
    public static IReadOnlyList<CorpusDocument> Originals => LazyOriginals.Value;

    /// <summary>The seeded mutations of every original.</summary>
    public static IReadOnlyList<CorpusDocument> Mutants => LazyMutants.Value;

    public static IEnumerable<string> Kinds => Catalogue.Select(c => c.Kind);

    public static string? ResolveAlias(string written) => AliasMap.TryGetValue(written, out var code) ? code : null;

    public static string RepoRoot { get; } = FindRepoRoot();

    private static IReadOnlyList<CorpusDocument> LoadOriginals()
    {
        var documents = new List<CorpusDocument>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoRoot, "samples", "cases"), "*.json").Order(StringComparer.Ordinal))
        {
            documents.Add(new CorpusDocument(Relative(file), Original, "as written", File.ReadAllBytes(file)));
        }

        var scenarios = Path.Combine(RepoRoot, "tests", "scenarios");
        foreach (var file in Directory.EnumerateFiles(scenarios, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var scenario = JsonDocument.Parse(File.ReadAllBytes(file));
            if (scenario.RootElement.ValueKind == JsonValueKind.Object && scenario.RootElement.TryGetProperty("case", out var @case))
            {
                // The case object's own text, exactly as written in the scenario (indentation included).
                documents.Add(new CorpusDocument(Relative(file) + "#case", Original, "as written", Encoding.UTF8.GetBytes(@case.GetRawText())));
            }
        }

        return documents;
    }

    private static IEnumerable<CorpusDocument> Mutate(CorpusDocument original)
    {
        var rng = new Random(StableSeed(original.Source));
        for (var i = 0; i < MutantsPerDocument; i++)
        {
            var (kind, apply) = Catalogue[rng.Next(Catalogue.Length)];
            var draft = new Draft(JsonNode.Parse(original.Utf8)!.AsObject(), rng, original.Utf8);
            var description = apply(draft);
            yield return new CorpusDocument(original.Source, kind, $"#{i} {description}", draft.Render());
        }
    }

    // ---- mutations (each changes the draft and says what it did) ----

    private static string DropProperty(Draft d)
    {
        var site = d.Pick(d.Properties());
        site.Owner.Remove(site.Name);
        return $"drop {site.Path}";
    }

    private static string DuplicateProperty(Draft d)
    {
        var site = d.Pick(d.Properties());
        var first = Json(site.Value);
        var same = d.Rng.Next(2) == 0;
        var second = same ? first : d.Pick(["null", "1", "\"x\"", "\"2024-01\"", "\"2024-01-01\"", "{}", "[]"]);
        site.Owner[site.Name] = d.Raw($"{first},{Quote(site.Name)}:{second}");
        return $"duplicate {site.Path} (second value {second})";
    }

    private static string ChangeType(Draft d)
    {
        var site = d.Pick(d.Properties());
        var kind = site.Value?.GetValueKind() ?? JsonValueKind.Null;
        var text = site.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var candidates = new List<string> { "null", "true", "false", "{}", "[]", "7", "\"7\"", "1.5" };
        if (text is not null && text.Length > 0 && text.All(char.IsAsciiDigit))
        {
            candidates.Add(text); // "2024" -> 2024: a string of digits as a number
        }

        if (kind == JsonValueKind.Number)
        {
            candidates.Add(Quote(Json(site.Value))); // 55 -> "55"
        }

        var replacement = d.Pick(candidates.Where(c => KindOf(c) != kind).ToArray());
        site.Owner[site.Name] = d.Raw(replacement);
        return $"{site.Path}: {kind} -> {replacement}";
    }

    private static string BadMonth(Draft d)
    {
        var value = d.Pick(
            ["2024-13", "2024-00", "2024-1", "24-01", "2024/01", "2024-01-01", "０２４-01", "1899-12", "1900-01", "1949-12", "1950-01",
             "2060-12", "2061-01", "2100-12", "2101-01", "9999-12", "0000-01", "0001-01", "2024-02", " 2024-01", "2024-01 ", "2024–01", ""]);
        var sites = d.Properties().Where(p => MonthFields.Contains(p.Name)).ToArray();
        if (sites.Length == 0)
        {
            d.Contributions().Add(new JsonObject { ["month"] = value, ["scheme"] = "employee" });
            return $"appended record with month \"{value}\"";
        }

        var site = d.Pick(sites);
        site.Owner[site.Name] = value;
        return $"{site.Path} = \"{value}\"";
    }

    private static string BadDate(Draft d)
    {
        var value = d.Pick(
            ["2023-02-29", "2024-02-29", "2024-02-30", "2024-04-31", "2024-04-30", "2024-1-05", "2024-01-5", "2024-01-01T00:00", "20240101",
             "1899-12-31", "1900-01-01", "1949-12-31", "1950-01-01", "2060-12-31", "2061-01-01", "2100-12-31", "2101-01-01", "0001-01-01",
             "0000-01-01", "9999-12-31", "2024-13-01", "2024-00-10", "2024-01-00", "2024-01-32", "２０24-01-01", ""]);
        var site = d.Pick(d.Properties().Where(p => DateFields.Contains(p.Name)).ToArray());
        site.Owner[site.Name] = value;
        return $"{site.Path} = \"{value}\"";
    }

    // One character of a date or month written as a \u escape: the same text, but not for the fast reader.
    private static string EscapedDate(Draft d)
    {
        var sites = d.Properties().Where(p => (DateFields.Contains(p.Name) || MonthFields.Contains(p.Name)) && StringOf(p.Value) is not null).ToArray();
        if (sites.Length == 0)
        {
            d.Root["asOf"] = d.Raw("\"2024\\u002d01-15\"");
            return "asOf = \"2024\\u002d01-15\"";
        }

        var site = d.Pick(sites);
        var escaped = EscapeOne(d, StringOf(site.Value)!);
        site.Owner[site.Name] = d.Raw(escaped);
        return $"{site.Path} = {escaped}";
    }

    private static string UnknownProperty(Draft d)
    {
        var (owner, path) = d.Pick(d.Objects());
        var name = d.Pick(["extra", "AsOf", "asof", "birthdate", "Month", "comment", "$schema", "regionCode", "", "participants", "type ", "年份"]);
        if (owner.ContainsKey(name))
        {
            name += "_";
        }

        var value = d.Pick<JsonNode?>([JsonValue.Create(1), JsonValue.Create("x"), null, new JsonObject(), new JsonArray(), JsonValue.Create(true)]);
        var position = d.Rng.Next(owner.Count + 1);
        InsertAt(owner, position, name, value);
        return $"add {Quote(name)}: {Json(value)} to {path} at position {position}";
    }

    private static string DeepNesting(Draft d)
    {
        var depth = d.Pick([1, 2, 3, 4, 5, 6, 8, 27, 28, 29, 30, 31, 32, 33, 40, 64]);
        var open = new StringBuilder();
        var close = new StringBuilder();
        for (var i = 0; i < depth; i++)
        {
            var array = d.Rng.Next(2) == 0;
            open.Append(array ? "[" : "{\"n\":");
            close.Insert(0, array ? "]" : "}");
        }

        var nested = $"{open}1{close}";
        var site = d.Pick(d.Properties());
        site.Owner[site.Name] = d.Raw(nested);
        return $"{site.Path} = {depth} levels of nesting";
    }

    private static string ExtraContribution(Draft d)
    {
        var record = d.Pick(
            ["{\"month\":\"2024-01\",\"scheme\":\"employee\",\"payer\":\"employer\",\"amount\":100}",
             "{\"month\":202401,\"scheme\":\"employee\"}",
             "{\"month\":\"2024-01\",\"scheme\":\"Employee\"}",
             "{\"year\":2024,\"scheme\":\"employee\"}",
             "{\"year\":2024,\"scheme\":\"resident\",\"payer\":\"individual\"}",
             "{\"year\":2024,\"scheme\":\"resident\"}",
             "{\"year\":2024,\"scheme\":\"resident\",\"paidOn\":\"2024-03-01\",\"region\":\"110000\"}",
             "{\"year\":1989,\"scheme\":\"resident\"}",
             "{\"year\":1990,\"scheme\":\"resident\"}",
             "{\"year\":2101,\"scheme\":\"resident\"}",
             "{\"year\":2024.0,\"scheme\":\"resident\"}",
             "{\"year\":\"2024\",\"scheme\":\"resident\"}",
             "{\"month\":\"2024-01\",\"year\":2024,\"scheme\":\"resident\"}",
             "{\"month\":\"2024-01\",\"from\":\"2024-01\",\"to\":\"2024-02\",\"scheme\":\"employee\"}",
             "{\"from\":\"2024-01\",\"scheme\":\"employee\"}",
             "{\"to\":\"2024-01\",\"scheme\":\"employee\"}",
             "{\"from\":\"2024-05\",\"to\":\"2024-01\",\"scheme\":\"employee\"}",
             "{\"from\":\"2024-01\",\"to\":\"2024-01\",\"scheme\":\"employee\"}",
             "{\"from\":null,\"to\":null,\"scheme\":\"employee\"}",
             "{\"month\":null,\"scheme\":\"employee\"}",
             "{\"scheme\":\"employee\"}",
             "{\"month\":\"2024-01\"}",
             "{\"month\":\"2024-01\",\"scheme\":null}",
             "{}",
             "42",
             "\"2024-01\"",
             "null",
             "[]",
             "{\"month\":\"2024-01\",\"scheme\":\"employee\",\"region\":\"12345\"}",
             "{\"month\":\"2024-01\",\"scheme\":\"employee\",\"region\":\"atlantis\"}",
             "{\"month\":\"2024-01\",\"scheme\":\"employee\",\"region\":\"ningbo\"}",
             "{\"month\":\"2024-01\",\"scheme\":\"employee\",\"region\":\"badalias\"}",
             "{\"month\":\"2024-01\",\"scheme\":\"employee\",\"paidOn\":\"2024-02-30\"}",
             "{\"month\":\"2024-01\",\"scheme\":\"employee\",\"payer\":\"unemploymentFund\",\"paidOn\":\"2024-01-31\"}",
             "{\"month\":\"2024-01\",\"scheme\":\"resident\"}",
             "{\"month\":\"2024-01\",\"scheme\":\"resident\",\"payer\":\"employer\"}",
             "{\"month\":\"2024-01\",\"scheme\":\"employee\",\"payer\":\"employer\",\"payer\":\"individual\"}",
             "{\"from\":\"1900-01\",\"to\":\"2100-12\",\"scheme\":\"employee\"}"]);
        var contributions = d.Contributions();
        var index = d.Rng.Next(contributions.Count + 1);
        contributions.Insert(index, d.Raw(record));
        return $"insert contributions[{index}] = {record}";
    }

    private static string Truncate(Draft d)
    {
        var keep = d.Rng.Next(d.OriginalBytes.Length);
        d.Replace(d.OriginalBytes[..keep]);
        return $"first {keep} of {d.OriginalBytes.Length} bytes";
    }

    private static string Reorder(Draft d)
    {
        var objects = d.Objects();
        var all = d.Rng.Next(2) == 0;
        var chosen = all ? objects : [d.Pick(objects)];
        foreach (var (owner, _) in chosen)
        {
            var properties = owner.ToList();
            owner.Clear();
            foreach (var p in properties.OrderBy(_ => d.Rng.Next()))
            {
                owner.Add(p.Key, p.Value);
            }
        }

        return all ? "shuffle every object's properties" : $"shuffle the properties of {chosen[0].Path}";
    }

    private static string NameCase(Draft d)
    {
        var site = d.Pick(d.Properties());
        var variants = new[]
        {
            site.Name.ToUpperInvariant(),
            site.Name.ToLowerInvariant(),
            char.IsUpper(site.Name[0]) ? char.ToLowerInvariant(site.Name[0]) + site.Name[1..] : char.ToUpperInvariant(site.Name[0]) + site.Name[1..],
        }.Where(v => v != site.Name).Distinct().ToArray();
        var renamed = d.Pick(variants);
        Rename(site.Owner, site.Name, renamed);
        return $"rename {site.Path} to {Quote(renamed)}";
    }

    private static string WhitespaceOrBom(Draft d)
    {
        d.Indented = d.Rng.Next(2) == 0;
        var choice = d.Rng.Next(8);
        var description = choice switch
        {
            0 => "leading BOM",
            1 => "leading BOM and whitespace",
            2 => "whitespace then BOM",
            3 => "two BOMs",
            4 => "CRLF line ends and tabs",
            5 => "leading and trailing whitespace",
            6 => "trailing newline",
            _ => "written again",
        };
        d.AfterRender = bytes =>
        {
            byte[] bom = [0xEF, 0xBB, 0xBF];
            return choice switch
            {
                0 => [.. bom, .. bytes],
                1 => [.. bom, .. " \n\t"u8, .. bytes],
                2 => [.. " "u8, .. bom, .. bytes],
                3 => [.. bom, .. bom, .. bytes],
                4 => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace("\n", "\r\n", StringComparison.Ordinal).Replace("  ", "\t", StringComparison.Ordinal)),
                5 => [.. " \r\n\t "u8, .. bytes, .. "\n \t\r\n"u8],
                6 => [.. bytes, .. "\n"u8],
                _ => bytes,
            };
        };
        return description + (d.Indented ? ", indented" : ", compact");
    }

    // A property name with one character written as a \u escape: the same name once unescaped.
    private static string EscapedName(Draft d)
    {
        var site = d.Pick(d.Properties());
        var escaped = EscapeOne(d, site.Name);
        Rename(site.Owner, site.Name, d.RawName(escaped));
        return $"name of {site.Path} written {escaped}";
    }

    private static string EscapedValue(Draft d)
    {
        var sites = d.Properties().Where(p => StringOf(p.Value) is { Length: > 0 }).ToArray();
        var site = d.Pick(sites);
        var escaped = EscapeOne(d, StringOf(site.Value)!);
        site.Owner[site.Name] = d.Raw(escaped);
        return $"{site.Path} = {escaped}";
    }

    private static string Syntax(Draft d)
    {
        var site = d.Pick(d.Properties());
        var value = Json(site.Value);
        var (replacement, what) = d.Rng.Next(14) switch
        {
            0 => ($"{value},", "trailing comma after"),
            1 => ($"{value} /* note */", "block comment after"),
            2 => ($"{value} // note\n", "line comment after"),
            3 => ("'x'", "single-quoted string for"),
            4 => ("NaN", "NaN for"),
            5 => ("007", "leading zeros for"),
            6 => ("+1", "plus sign for"),
            7 => (".5", "bare fraction for"),
            8 => ("0x10", "hex number for"),
            9 => ("\"unterminated", "unterminated string for"),
            10 => ($"{value} {value}", "two values for"),
            11 => ("", "no value for"),
            12 => ("\"tab\there\"", "raw tab inside string for"),
            _ => ($"{value}}}", "extra closing brace after"),
        };
        site.Owner[site.Name] = d.Raw(replacement);
        var trailing = d.Rng.Next(4);
        if (trailing > 0)
        {
            var tail = trailing switch { 1 => "x", 2 => "{}", _ => "," };
            d.AfterRender = bytes => [.. bytes, .. Encoding.UTF8.GetBytes(tail)];
            return $"{what} {site.Path}, then \"{tail}\" after the root";
        }

        return $"{what} {site.Path}";
    }

    private static string NumberForm(Draft d)
    {
        var value = d.Pick(
            ["-1", "0", "-0", "1.0", "1e2", "1E+1", "2147483647", "2147483648", "-2147483648", "-2147483649", "99999999999999999999", "12.5",
             "45", "50", "55", "60", "1990", "1989", "2100", "2101", "1", "0.0"]);
        var sites = d.Properties().Where(p => IntegerFields.Contains(p.Name)).ToArray();
        if (sites.Length == 0 || d.Rng.Next(3) == 0)
        {
            var field = d.Pick(["deemedMonths", "originalRetirementAge", "repairYears"]);
            var owner = field switch
            {
                "deemedMonths" => d.Root,
                "originalRetirementAge" => d.Root["participant"] as JsonObject ?? d.Root,
                _ => d.Plan(),
            };
            owner[field] = d.Raw(value);
            return $"{field} = {value}";
        }

        var site = d.Pick(sites);
        site.Owner[site.Name] = d.Raw(value);
        return $"{site.Path} = {value}";
    }

    private static string LongString(Draft d)
    {
        var length = d.Pick([31, 32, 33, 39, 40, 41, 255, 256, 257, 300]);
        var chinese = d.Rng.Next(2) == 0;
        var text = new string(chinese ? '保' : 'x', length);
        if (d.Rng.Next(4) == 0)
        {
            var (owner, path) = d.Pick(d.Objects());
            owner[text] = 1;
            return $"{path} gets a property named {length} x '{text[0]}'";
        }

        var site = d.Pick(d.Properties().Where(p => p.Name is "id" or "region" or "residencePermitRegion" || StringOf(p.Value) is not null).ToArray());
        site.Owner[site.Name] = text;
        return $"{site.Path} = {length} x '{text[0]}'";
    }

    // Contribution and event counts around every limit set's maximum (the large ones rarely: they are slow).
    private static string ArrayLength(Draft d)
    {
        var events = d.Rng.Next(3) == 0;
        var large = d.Rng.Next(12) == 0;
        var count = large
            ? (events ? d.Pick([1000, 1001]) : d.Pick([5000, 5001]))
            : d.Pick([0, 1, 2, 3, 4, 5]);
        var array = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            array.Add(events
                ? new JsonObject { ["date"] = "2020-01-01", ["type"] = "movedIn" }
                : new JsonObject { ["year"] = 2000 + (i % 50), ["scheme"] = "resident" });
        }

        d.Root[events ? "events" : "contributions"] = array;
        return $"{(events ? "events" : "contributions")} = {count} entries";
    }

    // A range that brings the months all records cover to exactly a limit set's month budget, or one past it.
    private static string MonthBudget(Draft d)
    {
        var target = d.Pick([2400, 2401, 360, 361, 12, 13]);
        long covered = 0;
        foreach (var record in d.Contributions().OfType<JsonObject>())
        {
            if (StringOf(record["month"]) is not null)
            {
                covered++;
            }
            else if (MonthOf(record["from"]) is { } from && MonthOf(record["to"]) is { } to && to >= from)
            {
                covered += ((to.Year - from.Year) * 12L) + to.Month - from.Month + 1;
            }
        }

        var length = target - covered;
        if (length < 1)
        {
            d.Contributions().Add(new JsonObject { ["month"] = "2024-01", ["scheme"] = "employee" });
            return $"already covers {covered} months (target {target}); one more month record";
        }

        var start = length <= 1332 ? new YearMonth(1950, 1) : new YearMonth(1900, 1);
        var end = start.PlusMonths((int)length - 1);
        d.Contributions().Add(new JsonObject { ["from"] = Iso(start), ["to"] = Iso(end), ["scheme"] = "employee" });
        return $"covers {covered} months, plus {Iso(start)}..{Iso(end)} = {target} in all";
    }

    private static string Region(Draft d)
    {
        var value = d.Pick(
            ["CN", "cn", "000000", "12345", "1234567", "110000", "110105", "160000", "ningbo", "Ningbo", "atlantis", "badalias", "", " 110000",
             "１１００００", "11000a", "CN "]);
        var sites = d.Properties().Where(p => RegionFields.Contains(p.Name)).ToArray();
        var site = d.Pick(sites);
        site.Owner[site.Name] = value;
        return $"{site.Path} = \"{value}\"";
    }

    private static string EnumValue(Draft d)
    {
        var sites = d.Properties().Where(p => EnumFields.Contains(p.Name)).ToArray();
        var site = d.Pick(sites);
        var value = d.Pick<string?>(
            ["other", "Male", "FEMALE", "", null, "employee", "resident", "male", "female", "retired", "agricultural", "nonAgricultural",
             "employer", "individual", "unemploymentFund", "movedIn", "born", "employmentEnded", " male", "unemployed_with_benefits"]);
        site.Owner[site.Name] = value;
        return $"{site.Path} = {(value is null ? "null" : Quote(value))}";
    }

    private static string CrossField(Draft d)
    {
        var participant = d.Root["participant"] as JsonObject;
        var asOf = DateOf(d.Root["asOf"]) ?? new LocalDate(2025, 1, 1);
        switch (d.Rng.Next(9))
        {
            case 0 when participant is not null:
                participant["birthDate"] = Iso(asOf.PlusDays(1));
                return "birthDate = the day after asOf";
            case 1 when participant is not null:
                participant["birthDate"] = Iso(asOf);
                return "birthDate = asOf (boundary: on)";
            case 2 when participant is not null:
                participant["sex"] = "male";
                participant["originalRetirementAge"] = d.Pick([50, 55, 60]);
                return $"male with originalRetirementAge {participant["originalRetirementAge"]}";
            case 3 when participant is not null:
                participant["sex"] = "female";
                participant["originalRetirementAge"] = d.Pick([45, 50, 55, 60, 65]);
                return $"female with originalRetirementAge {participant["originalRetirementAge"]}";
            case 4:
                d.Root["deemedMonths"] = d.Pick([-1, 0, 1, 360]);
                return $"deemedMonths = {d.Root["deemedMonths"]}";
            case 5:
                d.Plan()["repairYears"] = d.Pick([-1, 0, 15]);
                return $"plan.repairYears = {d.Plan()["repairYears"]}";
            case 6:
                d.Root["asOf"] = d.Pick(["1900-01-01", "2100-12-31", "1950-01-01", "2060-12-31"]);
                return $"asOf = {d.Root["asOf"]}";
            case 7 when participant is not null:
                participant["birthDate"] = d.Pick(["1899-12-31", "1900-01-01", "1949-12-31", "1950-01-01"]);
                return $"birthDate = {participant["birthDate"]} (limit boundary)";
            default:
                d.Contributions().Add(new JsonObject { ["year"] = asOf.Year, ["scheme"] = "resident", ["payer"] = "individual" });
                return "resident year record with a payer";
        }
    }

    private static string RootShape(Draft d)
    {
        var document = Encoding.UTF8.GetString(d.OriginalBytes);
        var (text, what) = d.Rng.Next(11) switch
        {
            0 => ("null", "null"),
            1 => ("[]", "empty array"),
            2 => ("\"case\"", "a string"),
            3 => ("42", "a number"),
            4 => ("", "empty document"),
            5 => ("{}", "empty object"),
            6 => ("   \n", "whitespace only"),
            7 => ($"[{document}]", "the case inside an array"),
            8 => ($"{{\"case\":{document}}}", "the case inside a scenario-like wrapper"),
            9 => ("true", "true"),
            _ => ($"{document}\n{document}", "the case twice"),
        };
        d.Replace(Encoding.UTF8.GetBytes(text));
        return what;
    }

    private static string NullOrEmpty(Draft d)
    {
        var (path, value) = d.Pick<(string, string)>(
            [("participant", "null"), ("participant", "{}"), ("contributions", "null"), ("contributions", "[]"), ("contributions", "[null]"),
             ("events", "null"), ("events", "[]"), ("events", "[{}]"), ("events", "[null]"), ("plan", "null"), ("plan", "{}"),
             ("participant.hukou", "null"), ("participant.hukou", "{}"), ("participant.hukou", "[]"), ("participant.id", "null"),
             ("participant.residencePermitRegion", "null"), ("asOf", "null"), ("region", "null"), ("deemedMonths", "null"),
             ("participant.birthDate", "null"), ("participant.originalRetirementAge", "null"), ("plan.payOn", "null")]);
        var owner = path.StartsWith("participant.", StringComparison.Ordinal) ? d.Root["participant"] as JsonObject ?? d.Root
            : path.StartsWith("plan.", StringComparison.Ordinal) ? d.Plan()
            : d.Root;
        owner[path[(path.LastIndexOf('.') + 1)..]] = d.Raw(value);
        return $"{path} = {value}";
    }

    private static string BrokenEncoding(Draft d)
    {
        var choice = d.Rng.Next(5);
        if (choice < 2)
        {
            // A lone surrogate as an escape: valid JSON text that is not valid Unicode once unescaped.
            var site = d.Pick(d.Properties().Where(p => StringOf(p.Value) is not null).ToArray());
            if (choice == 0)
            {
                site.Owner[site.Name] = d.Raw("\"a\\ud800b\"");
                return $"{site.Path} = \"a\\ud800b\" (lone surrogate escape)";
            }

            Rename(site.Owner, site.Name, d.RawName("\"\\udc00\""));
            return $"name of {site.Path} written \"\\udc00\" (lone surrogate escape)";
        }

        var bad = choice switch
        {
            2 => new byte[] { 0xFF },
            3 => [0xC0, 0xAF],
            _ => [0xE4, 0xBF],
        };
        var position = d.Rng.Next(d.OriginalBytes.Length + 1);
        d.Replace([.. d.OriginalBytes[..position], .. bad, .. d.OriginalBytes[position..]]);
        return $"bytes {Convert.ToHexString(bad)} inserted at offset {position}";
    }

    private static string SwapValues(Draft d)
    {
        var sites = d.Properties();
        var a = d.Pick(sites);
        var b = d.Pick(sites);
        var av = a.Value?.DeepClone();
        var bv = b.Value?.DeepClone();
        a.Owner[a.Name] = bv;
        b.Owner[b.Name] = av;
        return $"swap the values of {a.Path} and {b.Path}";
    }

    private static string DuplicateRecord(Draft d)
    {
        var contributions = d.Contributions();
        if (contributions.Count == 0)
        {
            contributions.Add(new JsonObject { ["month"] = "2024-01", ["scheme"] = "employee", ["payer"] = "individual" });
            contributions.Add(new JsonObject { ["month"] = "2024-01", ["scheme"] = "employee", ["payer"] = "individual" });
            return "two equal month records added";
        }

        var index = d.Rng.Next(contributions.Count);
        var copies = d.Rng.Next(1, 4);
        for (var i = 0; i < copies; i++)
        {
            contributions.Insert(index, contributions[index]!.DeepClone());
        }

        return $"contributions[{index}] repeated {copies} more time(s)";
    }

    // ---- helpers ----

    private static string EscapeOne(Draft d, string text)
    {
        // Only characters of the Basic Multilingual Plane outside the surrogates, so the escape is one \u unit.
        var candidates = Enumerable.Range(0, text.Length).Where(i => !char.IsSurrogate(text[i])).ToArray();
        if (candidates.Length == 0)
        {
            return Quote(text);
        }

        var at = d.Pick(candidates);
        var hex = ((int)text[at]).ToString(d.Rng.Next(2) == 0 ? "x4" : "X4", CultureInfo.InvariantCulture);
        var before = JsonSerializer.Serialize(text[..at], Compact);
        var after = JsonSerializer.Serialize(text[(at + 1)..], Compact);
        return $"{before[..^1]}\\u{hex}{after[1..]}";
    }

    private static void Rename(JsonObject owner, string from, string to)
    {
        var properties = owner.ToList();
        owner.Clear();
        foreach (var p in properties)
        {
            owner[p.Key == from ? to : p.Key] = p.Value;
        }
    }

    private static void InsertAt(JsonObject owner, int position, string name, JsonNode? value)
    {
        var properties = owner.ToList();
        owner.Clear();
        for (var i = 0; i <= properties.Count; i++)
        {
            if (i == position)
            {
                owner[name] = value;
            }

            if (i < properties.Count)
            {
                owner[properties[i].Key] = properties[i].Value;
            }
        }
    }

    private static string Json(JsonNode? node) => node?.ToJsonString(Compact) ?? "null";

    private static string Quote(string text) => JsonSerializer.Serialize(text, Compact);

    private static JsonValueKind KindOf(string json) => JsonDocument.Parse(json).RootElement.ValueKind;

    private static string? StringOf(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static YearMonth? MonthOf(JsonNode? node)
        => StringOf(node) is { } s && YearMonthPattern.Iso.Parse(s) is { Success: true } r ? r.Value : null;

    private static LocalDate? DateOf(JsonNode? node)
        => StringOf(node) is { } s && LocalDatePattern.Iso.Parse(s) is { Success: true } r ? r.Value : null;

    private static string Iso(YearMonth m) => YearMonthPattern.Iso.Format(m);

    private static string Iso(LocalDate d) => LocalDatePattern.Iso.Format(d);

    private static string Relative(string file) => Path.GetRelativePath(RepoRoot, file).Replace('\\', '/');

    // FNV-1a over the name: string.GetHashCode differs between runs.
    private static int StableSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private static string FindRepoRoot([CallerFilePath] string source = "")
    {
        // With a private --artifacts-path the test assembly is not under the repository: also try the current folder
        // and this source file's folder.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory(), Path.GetDirectoryName(source) })
        {
            for (var dir = start is null ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Insurance.Rules.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException($"Insurance.Rules.sln not found above {AppContext.BaseDirectory}, {Directory.GetCurrentDirectory()} or {source}");
    }

    /// <summary>A property of some object in the tree, with its JSON path.</summary>
    private sealed record Site(JsonObject Owner, string Name, string Path)
    {
        public JsonNode? Value => Owner[Name];
    }

    /// <summary>A document being mutated: its tree, raw-text placeholders, and any change to the rendered bytes.</summary>
    private sealed class Draft
    {
        private readonly Dictionary<string, string> raw = new(StringComparer.Ordinal);
        private byte[]? replaced;

        public Draft(JsonObject root, Random rng, byte[] originalBytes)
        {
            Root = root;
            Rng = rng;
            OriginalBytes = originalBytes;
            Indented = rng.Next(2) == 0;
        }

        public JsonObject Root { get; }

        public Random Rng { get; }

        public byte[] OriginalBytes { get; }

        public bool Indented { get; set; }

        public Func<byte[], byte[]>? AfterRender { get; set; }

        public T Pick<T>(IReadOnlyList<T> items) => items[Rng.Next(items.Count)];

        // Raw JSON text in value position: a unique string stands in for it in the tree and is swapped on rendering.
        public JsonNode Raw(string json) => JsonValue.Create(Placeholder(json));

        // A property name written as raw JSON text (quotes included).
        public string RawName(string quotedJson) => Placeholder(quotedJson);

        public void Replace(byte[] bytes) => replaced = bytes;

        public JsonArray Contributions()
        {
            if (Root["contributions"] is JsonArray array)
            {
                return array;
            }

            array = [];
            Root["contributions"] = array;
            return array;
        }

        public JsonObject Plan()
        {
            if (Root["plan"] is JsonObject plan)
            {
                return plan;
            }

            plan = [];
            Root["plan"] = plan;
            return plan;
        }

        public List<(JsonObject Owner, string Path)> Objects()
        {
            var found = new List<(JsonObject, string)>();
            Walk(Root, "$", found);
            return found;
        }

        public Site[] Properties()
            => Objects().SelectMany(o => o.Owner.Select(p => new Site(o.Owner, p.Key, o.Path == "$" ? p.Key : $"{o.Path}.{p.Key}"))).ToArray();

        public byte[] Render()
        {
            if (replaced is not null)
            {
                return replaced;
            }

            var json = Root.ToJsonString(Indented ? FastReaderDifferentialCorpus.Indented : Compact);
            foreach (var (marker, text) in raw)
            {
                json = json.Replace(Quote(marker), text, StringComparison.Ordinal);
            }

            var bytes = Encoding.UTF8.GetBytes(json);
            return AfterRender is null ? bytes : AfterRender(bytes);
        }

        private string Placeholder(string json)
        {
            var marker = $"@@raw{raw.Count}@@";
            raw[marker] = json;
            return marker;
        }

        private static void Walk(JsonNode? node, string path, List<(JsonObject, string)> found)
        {
            switch (node)
            {
                case JsonObject o:
                    found.Add((o, path));
                    foreach (var p in o)
                    {
                        Walk(p.Value, path == "$" ? p.Key : $"{path}.{p.Key}", found);
                    }

                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        Walk(a[i], $"{path}[{i}]", found);
                    }

                    break;
            }
        }
    }
}
