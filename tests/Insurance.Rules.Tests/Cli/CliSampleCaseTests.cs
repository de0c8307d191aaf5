using System.Text.Json.Nodes;
using Insurance.Rules.Cli;

namespace Insurance.Rules.Tests.Cli;

/// <summary>The shipped sample cases through the command line, with values worked out by hand from FACTS.md.</summary>
public sealed class CliSampleCaseTests
{
    private static JsonNode Evaluate(string sample)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "cases", sample + ".json");
        var o = new StringWriter();
        var e = new StringWriter();
        CliApp.Run(["evaluate", path, "--format", "json"], new StringReader(string.Empty), o, e).Should().Be(CliApp.Ok, e.ToString());
        return JsonNode.Parse(o.ToString())!;
    }

    [Theory]
    // Man born 1966-01: orig 2026-01, k = 13, delay ceil(13/4) = 4 → 2026-05 (research-notes §3.1 #2).
    [InlineData("cn-man-born-1966-01-employed", "2026-05")]
    // Woman-50 born 1976-05: orig 2026-05, k = 17, delay ceil(17/2) = 9 → 2027-02.
    [InlineData("changzhou-woman-50-cohort", "2027-02")]
    // Woman-55 born 1971-03: orig 2026-03, k = 15, delay ceil(15/4) = 4 → 2026-07.
    [InlineData("cn-woman-55-cohort-flexible", "2026-07")]
    // Man born 1965-09: orig 2025-09, k = 9, delay 3 → 2025-12.
    [InlineData("zhuhai-near-retirement", "2025-12")]
    public void Evaluate_CohortSamples_StatutoryRetirementMonth(string sample, string month)
        => Evaluate(sample)["retirement"]!["retirementMonth"]!.GetValue<string>().Should().Be(month);

    [Fact]
    public void Evaluate_ZhuhaiMan2025_NeedsNineteenYearsOnTheGuangdongSchedule()
        => Evaluate("zhuhai-near-retirement")["retirement"]!["requiredMonths"]!.GetValue<int>().Should().Be(19 * 12);

    [Theory]
    // Boundary: exactly 3 gap months (2024-03..05), paid 2024-06-15 → NB-REJOIN ≤ 3: P+1 = 2024-07-01, retroactive.
    [InlineData("ningbo-flexible-gap-3-months", 3, "NB-REJOIN.SHORT", "2024-07-01", true)]
    // Boundary: 4 gap months (2024-02..05), paid 2024-06-03 → NB-REJOIN > 3: P+2 = 2024-08-01, not retroactive.
    [InlineData("ningbo-flexible-gap-4-months", 4, "NB-REJOIN.LONG", "2024-08-01", false)]
    public void Evaluate_NingboGapSamples_ThreeVersusFourMonths(string sample, int months, string band, string resume, bool retroactive)
    {
        var r = Evaluate(sample);
        var gap = r["gaps"]![0]!;
        gap["months"]!.GetValue<int>().Should().Be(months);
        gap["band"]!.GetValue<string>().Should().Be(band);
        r["benefitsResumeOn"]!.GetValue<string>().Should().Be(resume);
        r["gapCoveredRetroactively"]!.GetValue<bool>().Should().Be(retroactive);
    }
}
