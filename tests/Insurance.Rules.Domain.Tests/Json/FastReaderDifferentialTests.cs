using System.Globalization;
using System.Text;
using System.Text.Json;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.Domain.Validation;
using NodaTime;
using NodaTime.Text;
using Corpus = Insurance.Rules.Domain.Tests.Json.FastReaderDifferentialCorpus;

namespace Insurance.Rules.Domain.Tests.Json;

/// <summary>
/// Differential test of the two ways <see cref="CaseJson"/> reads a case: the one-pass <see cref="FastCaseReader"/>
/// (taken for plainly good documents) and the full path (prescan, document, reader, validator), which every document
/// takes when the fast path is not allowed. For every corpus document (every sample and scenario case, and seeded
/// mutations of each) and under several option sets, both must give the same outcome: the same case, or the same
/// errors in the same order with the same messages.
/// </summary>
public sealed class FastReaderDifferentialTests
{
    // Documents whose two outcomes are known to differ (a product bug reported elsewhere), by CorpusDocument.Name.
    // Empty: every corpus document agrees.
    private static readonly HashSet<string> KnownDisagreements = new(StringComparer.Ordinal);

    private static readonly (string Name, CaseReadOptions Options)[] OptionSets =
    [
        ("default limits, zh-CN", new CaseReadOptions { ResolveRegionAlias = Corpus.ResolveAlias }),

        // Smaller record, event, error and month budgets, a narrower date range and shorter strings: documents that
        // pass the defaults cross these limits, on both paths.
        ("tight limits, en", new CaseReadOptions
        {
            Language = Language.En,
            ResolveRegionAlias = Corpus.ResolveAlias,
            Limits = new InputLimits
            {
                MaxDepth = 6,
                MaxStringLength = 40,
                MaxContributions = 4,
                MaxEvents = 2,
                MaxExpandedMonths = 360,
                MaxErrors = 3,
                MinDate = new LocalDate(1950, 1, 1),
                MaxDate = new LocalDate(2060, 12, 31),
            },
        }),

        // The lowest depth and string limits at which the fast path still runs (boundary: exactly its floor), one
        // record, one event, one error, a small document size.
        ("fast-path floor limits, en", new CaseReadOptions
        {
            Language = Language.En,
            ResolveRegionAlias = Corpus.ResolveAlias,
            Limits = new InputLimits
            {
                MaxDepth = 4,
                MaxStringLength = 32,
                MaxContributions = 1,
                MaxEvents = 1,
                MaxExpandedMonths = 12,
                MaxErrors = 1,
                MaxDocumentBytes = 4096,
            },
        }),

        // The alias resolver is the caller's code and may itself read a case: the fast path's per-thread record buffer
        // must not be shared with that inner read.
        ("default limits, re-entrant alias resolver", new CaseReadOptions { ResolveRegionAlias = ReadACaseThenResolve }),
    ];

    [Fact]
    public void Parse_FastAndFullPaths_AgreeOnEveryCorpusDocument()
    {
        var documents = Corpus.Originals.Concat(Corpus.Mutants).ToArray();
        var disagreements = new List<string>();
        var compared = 0;
        int mutantSuccesses = 0, mutantFailures = 0, mutantsReadFast = 0, mutantsValidOnlyByFullPath = 0;

        foreach (var document in documents)
        {
            if (KnownDisagreements.Contains(document.Name))
            {
                continue;
            }

            foreach (var (setName, options) in OptionSets)
            {
                var withFastPath = Outcome(document.Utf8, options, allowFastPath: true);
                var fullPathOnly = Outcome(document.Utf8, options, allowFastPath: false);
                compared++;
                if (withFastPath != fullPathOnly)
                {
                    disagreements.Add(Report(document, setName, withFastPath, fullPathOnly));
                }

                if (!document.IsOriginal && ReferenceEquals(options, OptionSets[0].Options))
                {
                    var valid = fullPathOnly.StartsWith("valid", StringComparison.Ordinal);
                    var readFast = FastPathTakes(document.Utf8, options);
                    mutantSuccesses += valid ? 1 : 0;
                    mutantFailures += valid ? 0 : 1;
                    mutantsReadFast += readFast ? 1 : 0;
                    mutantsValidOnlyByFullPath += valid && !readFast ? 1 : 0;
                }
            }
        }

        if (disagreements.Count > 0)
        {
            Assert.Fail(
                $"{disagreements.Count} of {compared} comparisons differ between the fast and the full path (first 10):\n\n"
                + string.Join("\n\n", disagreements.Take(10)));
        }

        // The comparison covers both outcomes and both routes to a valid case: read fast, and read only by the full path
        // (an escaped date or enumeration value, which the fast reader leaves to the full path). The corpus is seeded, so
        // these counts are the same on every run; the floors are well below them.
        mutantSuccesses.Should().BeGreaterThanOrEqualTo(400, "many mutations keep the case valid");
        mutantFailures.Should().BeGreaterThanOrEqualTo(400, "many mutations break the case");
        mutantsReadFast.Should().BeGreaterThanOrEqualTo(400, "many mutants are still plainly good documents for the fast reader");
        mutantsValidOnlyByFullPath.Should().BeGreaterThanOrEqualTo(100, "some valid mutants are refused by the fast reader and read by the full path");
    }

    // One contribution record, written as its bytes, in a case that is otherwise the plainest: the fast reader reads a
    // record whose members are all plain strings straight from its bytes (ReadFlatContribution) and any other record
    // token by token. Whichever way it goes, the outcome must be the full path's; "fast" says whether the whole
    // document must still be read by the fast path (so that the cases that matter are known to reach the byte lane).
    private const string RecordCase =
        """{"asOf":"2025-03-10","region":"420500","participant":{"birthDate":"1987-04-12","sex":"female","status":"flexible"},"contributions":[RECORD]}""";

    [Theory]
    [InlineData("""{"month":"2024-06","scheme":"employee","payer":"individual","paidOn":"2024-06-15"}""", true)]
    [InlineData("""{"paidOn":"2024-07-20","payer":"employer","scheme":"employee","month":"2024-06"}""", true)] // any order
    [InlineData("""{"from":"2020-01","to":"2024-06","scheme":"employee","region":"420500"}""", true)]
    [InlineData("""{"region":"yichang","from":"2020-01","to":"2024-06","scheme":"employee"}""", true)] // an alias
    [InlineData("""{"region":"宜昌","from":"2020-01","to":"2024-06","scheme":"employee"}""", false)] // non-ASCII, unknown
    [InlineData("{ \"month\" : \"2024-06\" ,\r\n\t\"scheme\" : \"employee\" }", true)] // white space everywhere
    [InlineData("""{"month":"2024-06","scheme":"employee","payer":null}""", true)] // a null: read token by token
    [InlineData("""{"year":2024,"scheme":"resident"}""", true)] // a number: read token by token
    [InlineData("""{"month":"2024-06","scheme":"employee","note":"x"}""", false)] // an unknown name
    [InlineData("""{"month":"2024-06","month":"2024-07","scheme":"employee"}""", false)] // a duplicate name
    [InlineData("""{"month":"2024-06"}""", false)] // no scheme
    [InlineData("""{"month":"2024-6","scheme":"employee"}""", false)] // a month one byte short
    [InlineData("""{"month":"2024-061","scheme":"employee"}""", false)] // a month one byte long
    [InlineData("""{"month":"2024-13","scheme":"employee"}""", false)] // not a month
    [InlineData("""{"month":"20"4-06","scheme":"employee"}""", false)] // a quote inside the fixed width
    [InlineData("""{"month":"2024-06","scheme":"employee","paidOn":"2023-02-29"}""", false)] // not a date
    [InlineData("""{"month":"2024-06","scheme":"employee","paidOn":"2024-02-29"}""", true)] // a leap day (boundary)
    [InlineData("""{"month":"2024-06","scheme":"employee","paidOn":"2024-06-1"}""", false)] // a date one byte short
    [InlineData("""{"month":"2024-06","scheme":"Employee"}""", false)] // not a contract name
    [InlineData("""{"month":"2024-06","scheme":"employee\u0020"}""", false)] // an escape
    [InlineData("""{"monthly":"2024-06","scheme":"employee"}""", false)] // a known name's prefix only
    [InlineData("""{"month":"2024-06","scheme":"employee",}""", false)] // a trailing comma
    [InlineData("""{"month":"2024-06" "scheme":"employee"}""", false)] // no comma
    [InlineData("""{"month":"2024-06","scheme":"employee"]""", false)] // the wrong bracket
    [InlineData("""{}""", false)]
    public void Parse_OneRecord_SameOutcomeAsTheFullPath(string record, bool fast)
    {
        var document = Encoding.UTF8.GetBytes(RecordCase.Replace("RECORD", record, StringComparison.Ordinal));
        var options = OptionSets[0].Options;

        Outcome(document, options, allowFastPath: true).Should().Be(Outcome(document, options, allowFastPath: false));
        FastPathTakes(document, options).Should().Be(fast);
    }

    [Fact]
    public void Parse_RegionAtTheStringLimit_ReadLikeTheFullPath()
    {
        // The limit counts UTF-16 units: 32 Chinese characters are 96 bytes but exactly the limit (boundary); 33 are one
        // past it. The byte lane must agree with the token reader on both.
        var options = new CaseReadOptions { ResolveRegionAlias = Corpus.ResolveAlias, Limits = new InputLimits { MaxStringLength = 32 } };
        foreach (var length in new[] { 32, 33 })
        {
            var region = new string('宜', length);
            var document = Encoding.UTF8.GetBytes(RecordCase.Replace(
                "RECORD", $$"""{"month":"2024-06","scheme":"employee","region":"{{region}}"}""", StringComparison.Ordinal));

            var withFastPath = Outcome(document, options, allowFastPath: true);
            withFastPath.Should().Be(Outcome(document, options, allowFastPath: false), $"a region of {length} characters");
            withFastPath.Should().StartWith("invalid", "no such region either way");
        }
    }

    [Fact]
    public void TryRead_UnmutatedCorpusDocuments_TakeTheFastPath()
    {
        var options = OptionSets[0].Options;
        var problems = new List<string>();
        var valid = 0;
        foreach (var document in Corpus.Originals)
        {
            var full = CaseJson.Parse(document.Utf8, options, allowFastPath: false);
            if (!full.IsValid)
            {
                // A sample case is valid by definition; a scenario's case may be meant to be rejected.
                if (document.IsSample)
                {
                    problems.Add($"{document.Source}: not valid: {string.Join("; ", full.Errors.Select(e => $"{e.Path} {e.Code}"))}");
                }

                continue;
            }

            valid++;
            if (!FastPathTakes(document.Utf8, options))
            {
                problems.Add($"{document.Source}: valid, but FastCaseReader did not accept it");
            }
        }

        problems.Should().BeEmpty("every valid unmutated document is a plainly good document, which the fast path reads");
        Corpus.Originals.Count(d => d.IsSample).Should().BeGreaterThan(0);
        valid.Should().BeGreaterThanOrEqualTo(200, "the differential test must compare many documents the fast path really reads");
    }

    [Fact]
    public void Corpus_SeededMutations_AreNonTrivial()
    {
        Corpus.Originals.Should().HaveCountGreaterThanOrEqualTo(200);
        Corpus.Mutants.Should().HaveCount(Corpus.Originals.Count * Corpus.MutantsPerDocument);
        Corpus.Mutants.Should().HaveCountGreaterThanOrEqualTo(2000);
        Corpus.Mutants.Select(m => m.Kind).Distinct().Should().BeEquivalentTo(Corpus.Kinds, "every mutation kind is used somewhere");
        Corpus.Mutants.Count(m => !m.Utf8.AsSpan().SequenceEqual(Original(m).Utf8))
            .Should().BeGreaterThan(Corpus.Mutants.Count * 9 / 10, "nearly every mutation changes the document");
    }

    private static string? ReadACaseThenResolve(string written)
    {
        CaseJson.Parse(Encoding.UTF8.GetBytes(CaseDocuments.Valid), CaseReadOptions.Default).IsValid.Should().BeTrue();
        return Corpus.ResolveAlias(written);
    }

    // What the fast path decides, observed without changing the product: CaseJson.Parse takes the fast result exactly
    // when FastCaseReader.TryRead gives a DTO and the remaining checks pass, after the same size, BOM and UTF-8 steps.
    private static bool FastPathTakes(byte[] document, CaseReadOptions options)
    {
        ReadOnlySpan<byte> utf8 = document;
        if (utf8.Length > options.Limits.MaxDocumentBytes)
        {
            return false;
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return false;
        }

        var check = new CaseCheckContext(
            options.Limits, new RegionResolver(options.ResolveRegionAlias), new ErrorCollector(options.Language, options.Limits.MaxErrors));
        try
        {
            return FastCaseReader.TryRead(utf8, check, []) is { } dto && CaseChecks.AllPassButContributions(dto, check);
        }
        catch (InvalidOperationException)
        {
            // Text the reader cannot turn into a string (a lone surrogate escape): Parse itself reports what happens.
            return false;
        }
    }

    // The outcome as text: the case in full (every field of every record, event, the plan and the person), or every
    // error with path, code and message, in order; or the exception, should parsing throw (which it must not for any
    // input, but that is a separate defect: here only the two paths must agree).
    private static string Outcome(byte[] utf8, CaseReadOptions options, bool allowFastPath)
    {
        CaseParseResult result;
        try
        {
            result = CaseJson.Parse(utf8, options, allowFastPath);
        }
        catch (Exception ex)
        {
            return $"threw {ex.GetType().FullName}: {ex.Message}";
        }

        if (result.IsValid)
        {
            result.Errors.Should().BeEmpty();
            return "valid\n" + Canonical(result.Case!);
        }

        result.Case.Should().BeNull();
        return "invalid\n" + string.Join("\n", result.Errors.Select(e => $"  {e.Path} | {e.Code} | {e.Message}"));
    }

    private static string Canonical(InsuranceCase c)
    {
        var text = new StringBuilder();
        text.AppendLine("  " + CaseJson.Serialize(c));
        Line(text, $"asOf={D(c.AsOf)} region={c.Region} deemedMonths={c.DeemedMonths} assumedPaymentDate={D(c.AssumedPaymentDate)}");
        var p = c.Participant;
        Line(
            text,
            $"participant id={S(p.Id)} birthDate={D(p.BirthDate)} sex={p.Sex} originalRetirementAge={p.OriginalRetirementAge?.ToString(CultureInfo.InvariantCulture) ?? "null"} status={p.Status} hukou={(p.Hukou is { } h ? $"{h.Region}/{h.Type}" : "null")} residencePermitRegion={S(p.ResidencePermitRegion)}");
        for (var i = 0; i < c.Contributions.Count; i++)
        {
            var r = c.Contributions[i];
            Line(
                text,
                $"contributions[{i}] from={M(r.From)} to={M(r.To)} year={r.Year?.ToString(CultureInfo.InvariantCulture) ?? "null"} isYear={r.IsYear} scheme={r.Scheme} payer={r.Payer?.ToString() ?? "null"} paidOn={D(r.PaidOn)} region={S(r.Region)}");
        }

        for (var i = 0; i < c.Events.Count; i++)
        {
            Line(text, $"events[{i}] date={D(c.Events[i].Date)} type={c.Events[i].Type}");
        }

        Line(text, $"plan payOn={D(c.Plan.PayOn)} repairYears={c.Plan.RepairYears}");
        return text.ToString();
    }

    private static void Line(StringBuilder text, FormattableString line) => text.Append("  ").AppendLine(FormattableString.Invariant(line));

    private static string D(LocalDate? d) => d is { } date ? LocalDatePattern.Iso.Format(date) : "null";

    private static string M(YearMonth? m) => m is { } month ? YearMonthPattern.Iso.Format(month) : "null";

    private static string S(string? s) => s is null ? "null" : JsonSerializer.Serialize(s);

    private static CorpusDocument Original(CorpusDocument mutant) => Corpus.Originals.First(o => o.Source == mutant.Source);

    private static string Report(CorpusDocument document, string setName, string withFastPath, string fullPathOnly)
    {
        string shown;
        try
        {
            shown = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(document.Utf8);
        }
        catch (DecoderFallbackException)
        {
            shown = "(not UTF-8) " + Convert.ToHexString(document.Utf8);
        }

        if (shown.Length > 1500)
        {
            shown = shown[..1500] + "…";
        }

        return $"{document.Name}\n  options: {setName}\n  with the fast path allowed: {withFastPath}\n  full path only: {fullPathOnly}\n  document: {shown}";
    }
}
