using System.Text.Json.Nodes;
using Insurance.Rules.Cli;
using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// A user pack that overrides a shipped value must show in the result: an assumption <c>USER-PACK-VALUE</c> naming
/// the key and the file, and the rule the value steers in the trace — through the library and the command line.
/// </summary>
public sealed class UserPackTests : IDisposable
{
    // Yichang flexible worker, own gap from 2024-07 (S = 2024-07-01), payment assumed on asOf 2025-03-10: 252 days,
    // past the 180-day band. The shipped default reads that as a new enrolment; yc.variant 2022 defers instead.
    private const string Case = """
        {"asOf":"2025-03-10","region":"420500","participant":{"id":"U-1","birthDate":"1985-04-12","sex":"female","status":"flexible"},
         "contributions":[{"from":"2020-01","to":"2024-06","scheme":"employee","payer":"individual"}]}
        """;

    private const string Pack = """
        region: "420500"
        values:
          yc.variant:
            - value: "2022"
              effectiveFrom: 2000-01-01
              source: "reliability test: local confirmation of the 2022 wording"
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "insurance-rules-userpack-" + Guid.NewGuid().ToString("N"));
    private readonly string packFile;

    public UserPackTests()
    {
        Directory.CreateDirectory(folder);
        packFile = Path.Combine(folder, "420500.yaml");
        File.WriteAllText(packFile, Pack);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void EvaluateJson_UserPackOverridesYichangVariant_AssumptionNamesKeyAndFile()
    {
        var options = new CalculatorOptions { Language = Language.En };
        options.ExtraPackPaths.Add(packFile);
        var calculator = new EligibilityCalculator(options);

        var result = calculator.EvaluateJson(Case).Result!;

        result.Gaps.Should().ContainSingle().Which.Band.Should().Be("YC-FLEX-BAND.OVER180", "the user pack selected variant 2022");
        var assumption = result.Assumptions.Should().ContainSingle(a => a.Code == "USER-PACK-VALUE").Which;
        assumption.Text.Should().Contain("yc.variant").And.Contain("420500.yaml");
        result.Trace.Select(t => t.Rule).Should().Contain(r => r.StartsWith("YC-FLEX", StringComparison.Ordinal));
    }

    [Fact]
    public void EvaluateJson_ShippedPacksOnly_NoUserPackAssumption()
    {
        var result = new EligibilityCalculator(new CalculatorOptions { Language = Language.En }).EvaluateJson(Case).Result!;

        result.Gaps.Should().ContainSingle().Which.Band.Should().NotBe("YC-FLEX-BAND.OVER180");
        result.Assumptions.Select(a => a.Code).Should().NotContain("USER-PACK-VALUE");
    }

    [Fact]
    public void CliEvaluate_WithPacksOption_PrintsUserPackAssumption()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = CliApp.Run(["evaluate", "-", "--format", "json", "--lang", "en", "--packs", packFile], new StringReader(Case), stdout, stderr);

        exit.Should().Be(CliApp.Ok, stderr.ToString());
        var assumptions = JsonNode.Parse(stdout.ToString())!["assumptions"]!.AsArray();
        assumptions.Select(a => a!["code"]!.GetValue<string>()).Should().Contain("USER-PACK-VALUE");
    }
}
