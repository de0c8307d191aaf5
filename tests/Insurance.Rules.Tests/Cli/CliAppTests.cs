using System.Text.Json.Nodes;
using Insurance.Rules.Cli;

namespace Insurance.Rules.Tests.Cli;

public sealed class CliAppTests
{
    private static (int Exit, string Out, string Err) Run(string stdin, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var code = CliApp.Run(args, new StringReader(stdin), o, e);
        return (code, o.ToString(), e.ToString());
    }

    private static string Case(string asOf = "2025-03-10") => $$"""
        {"asOf":"{{asOf}}","region":"yichang","participant":{"id":"E-1","birthDate":"1985-04-12","sex":"female","status":"flexible"},
         "contributions":[{"from":"2020-01","to":"2024-12","scheme":"employee","payer":"individual"}]}
        """.ReplaceLineEndings(" ");

    [Fact]
    public void Evaluate_ValidCaseAsJson_PrintsOneResultAndExitsZero()
    {
        var (exit, output, _) = Run(Case(), "evaluate", "-", "--format", "json");
        exit.Should().Be(CliApp.Ok);
        var json = JsonNode.Parse(output)!;
        json["caseId"]!.GetValue<string>().Should().Be("E-1");
        json["region"]!.GetValue<string>().Should().Be("420500", "the alias yichang resolves to its code");
        // Gap 2025-01..2025-02 open, payment assumed on asOf 2025-03-10: S = 2025-01-01, 68 days → 61–180 band, P+3.
        json["gaps"]![0]!["band"]!.GetValue<string>().Should().Be("YC-FLEX-BAND.180");
        json["benefitsResumeOn"]!.GetValue<string>().Should().Be("2025-06-01");
    }

    [Fact]
    public void Evaluate_InvalidCaseAsJson_PrintsAllErrorsWithPathsAndExitsTwo()
    {
        var (exit, output, err) = Run("""{"asOf":"2025-02-30","region":"990000","participant":{"birthDate":"1985-04-12","sex":"x","status":"flexible"},"contributions":[],"bogus":1}""", "evaluate", "-", "--format", "json");
        exit.Should().Be(CliApp.InvalidInput);
        err.Should().NotContain("   at ", "no stack trace is printed");
        var errors = JsonNode.Parse(output)!["errors"]!.AsArray().Select(x => x!["path"]!.GetValue<string>()).ToList();
        errors.Should().Contain(["asOf", "region", "participant.sex", "bogus"]);
    }

    [Fact]
    public void Evaluate_BrokenJson_ExitsTwoWithSyntaxError()
    {
        var (exit, output, _) = Run("{\"asOf\": ", "evaluate", "-", "--format", "json");
        exit.Should().Be(CliApp.InvalidInput);
        JsonNode.Parse(output)!["errors"]![0]!["code"]!.GetValue<string>().Should().Be("json.syntax");
    }

    [Fact]
    public void Evaluate_AliasFromAUserPack_ResolvesWhileThePacksLoadAlongside()
    {
        // The calculator is built on another thread while the case is read; an alias only a user pack knows must wait
        // for it and resolve.
        var pack = RepoPaths.Combine("tests", "Insurance.Rules.Domain.Tests", "TestData", "Packs", "User", "wuhan");
        var (exit, output, err) = Run(Case().Replace("yichang", "wuhan", StringComparison.Ordinal), "evaluate", "-", "--format", "json", "--packs", pack);

        exit.Should().Be(CliApp.Ok, err);
        JsonNode.Parse(output)!["region"]!.GetValue<string>().Should().Be("420100");
    }

    [Fact]
    public void Evaluate_MalformedUserPackAndInvalidCase_ReportsThePackErrorOnly()
    {
        // The order of checks is that of a sequential run: the pack error comes before the case's input errors.
        var pack = RepoPaths.Combine("tests", "Insurance.Rules.Domain.Tests", "TestData", "Packs", "Malformed", "invalid-region.yaml");
        var (exit, output, err) = Run("""{"asOf":"2025-02-30"}""", "evaluate", "-", "--format", "json", "--packs", pack);

        exit.Should().Be(CliApp.InvalidInput);
        err.Should().Contain("invalid-region.yaml:1").And.NotContain("   at ");
        output.Should().NotContain("asOf", "input errors are not reached");
    }

    [Fact]
    public void Evaluate_MissingFileAndMalformedUserPack_ReportsTheFileFirst()
    {
        var pack = RepoPaths.Combine("tests", "Insurance.Rules.Domain.Tests", "TestData", "Packs", "Malformed", "invalid-region.yaml");
        var (exit, _, err) = Run(string.Empty, "evaluate", "/nonexistent/case.json", "--format", "json", "--packs", pack);

        exit.Should().Be(CliApp.InvalidInput);
        err.Should().Contain("/nonexistent/case.json").And.NotContain("invalid-region.yaml");
    }

    [Theory]
    [InlineData("evaluate|case.json", "case.json", null, null)]
    [InlineData("evaluate|-|--format|json", "-", "json", null)]
    [InlineData("evaluate|--lang|en|case.json|--format|text", "case.json", "text", "en")]
    [InlineData("evaluate|--format|json|--lang|zh|a b.json", "a b.json", "json", "zh")]
    public void TryPlainEvaluate_CommonForms_AreRecognised(string tokens, string file, string? format, string? lang)
    {
        CliApp.TryPlainEvaluate(tokens.Split('|'), out var f, out var fmt, out var l).Should().BeTrue();
        (f, fmt, l).Should().Be((file, format, lang));
    }

    [Theory]
    [InlineData("evaluate")] // no file
    [InlineData("evaluate|a.json|b.json")] // two files
    [InlineData("evaluate|a.json|--format=json")] // other option syntax
    [InlineData("evaluate|a.json|--format|JSON")] // not an accepted value
    [InlineData("evaluate|a.json|--format|json|--format|text")] // repeated
    [InlineData("evaluate|a.json|--format")] // value missing
    [InlineData("evaluate|a.json|--packs|p")] // an option it does not take
    [InlineData("evaluate|@args.rsp")] // response file
    [InlineData("evaluate|--help")]
    [InlineData("evaluate|-h")]
    [InlineData("--lang|en|evaluate|a.json")] // option before the command
    [InlineData("batch|a.jsonl")]
    public void TryPlainEvaluate_AnyOtherForm_IsLeftToSystemCommandLine(string tokens)
        => CliApp.TryPlainEvaluate(tokens.Split('|'), out _, out _, out _).Should().BeFalse();

    [Theory]
    [InlineData("json")]
    [InlineData("text")]
    public void Evaluate_PlainFormAndSystemCommandLineForm_GiveTheSameOutput(string format)
    {
        // "--format X" takes the plain path, "--format=X" the command tree: same bytes, same exit code.
        var plain = Run(Case(), "evaluate", "-", "--format", format, "--lang", "en");
        var tree = Run(Case(), "evaluate", "-", $"--format={format}", "--lang", "en");

        plain.Should().Be(tree);
        plain.Exit.Should().Be(CliApp.Ok);
        plain.Out.Should().NotBeEmpty();
    }

    [Fact]
    public void Evaluate_UnknownFormatValue_StillReportedBySystemCommandLine()
    {
        var (exit, _, err) = Run(Case(), "evaluate", "-", "--format", "xml");

        exit.Should().NotBe(CliApp.Ok);
        err.Should().Contain("xml");
    }

    [Fact]
    public void Evaluate_MissingFile_ExitsTwo()
    {
        var (exit, _, err) = Run(string.Empty, "evaluate", "/nonexistent/case.json", "--format", "json");
        exit.Should().Be(CliApp.InvalidInput);
        err.Should().Contain("/nonexistent/case.json");
    }

    [Fact]
    public void Evaluate_TextFormatInEnglish_ShowsStatusStepsAndTimeline()
    {
        var (exit, output, _) = Run(Case(), "evaluate", "-", "--format", "text", "--lang", "en");
        exit.Should().Be(CliApp.Ok);
        output.Should().Contain("Status: suspended");
        output.Should().Contain("What to do");
        output.Should().Contain("Timeline");
        output.Should().Contain("2025-06-01");
    }

    [Fact]
    public void Batch_MixedLines_KeepsOrderAndTurnsBadLinesIntoErrorObjects()
    {
        var input = string.Join('\n', Case(), "not json", "", Case("2025-01-15"));
        var (exit, output, err) = Run(input, "batch", "-");
        exit.Should().Be(CliApp.Ok);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(4);
        JsonNode.Parse(lines[0])!["caseId"]!.GetValue<string>().Should().Be("E-1");
        JsonNode.Parse(lines[1])!["line"]!.GetValue<long>().Should().Be(2);
        JsonNode.Parse(lines[2])!["errors"]![0]!["code"]!.GetValue<string>().Should().Be("json.empty");
        JsonNode.Parse(lines[3])!["asOf"]!.GetValue<string>().Should().Be("2025-01-15");
        err.Should().Contain("4");
    }

    [Fact]
    public void Packs_ListsEveryRegionWithSources()
    {
        var (exit, output, _) = Run(string.Empty, "packs", "--lang", "en");
        exit.Should().Be(CliApp.Ok);
        foreach (var code in new[] { "CN", "420500", "330200", "120000", "440400", "371100", "360200", "110000", "350000", "320400" })
        {
            output.Should().Contain(code);
        }

        output.Should().Contain("source:");
    }
}
