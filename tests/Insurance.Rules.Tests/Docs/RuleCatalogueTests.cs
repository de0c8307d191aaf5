namespace Insurance.Rules.Tests.Docs;

public sealed class RuleCatalogueTests
{
    [Fact]
    public void RulesMarkdown_MatchesTheGeneratedCatalogue()
    {
        var path = RepoPaths.Combine("docs", "rules.md");
        var generated = RuleCatalogue.Markdown(EligibilityCalculator.Default);
        if (Environment.GetEnvironmentVariable("INSURANCE_RULES_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue("docs/rules.md is generated: run the tests with INSURANCE_RULES_UPDATE_DOCS=1");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(generated, "docs/rules.md must be regenerated after rule or pack changes");
    }

    [Fact]
    public void EveryRule_HasABasisIdSourceAndDescription()
    {
        foreach (var rule in EligibilityCalculator.Default.Rules)
        {
            rule.BasisId.Should().NotBeNullOrWhiteSpace($"{rule.Name} needs a FACTS id");
            rule.BasisSource.Should().NotBeNullOrWhiteSpace($"{rule.Name} needs a source");
            rule.Description.Should().NotBeNullOrWhiteSpace($"{rule.Name} needs the clause it encodes");
        }
    }

    [Fact]
    public void EveryFactsId_IsEncodedByAtLeastOneRule()
    {
        var ids = EligibilityCalculator.Default.Rules.Select(r => r.BasisId).ToHashSet();
        string[] facts =
        [
            "CN-TRANSFER-SHORT", "CN-TRANSFER-LONG", "CN-SWITCH", "CN-RESIDENT-WAIT", "CN-RESIDENT-INCENTIVE", "CN-UNEMPLOYED",
            "CN-LEAVE-3M", "CN-JOB-CHANGE", "CN-RETIRE-AGE", "CN-RETIRE-YEARS", "CN-HUKOU", "CN-ARREARS-BACKPAY",
            "YC-FLEX-BAND", "YC-FLEX-NEW", "NB-REJOIN", "TJ-FLEX-HUKOU", "ZH-RETIRE-TOPUP", "ZH-GAP", "SD-ARREARS", "SD-FLEX",
            "JDZ-UNEMPLOYED", "BJ-RESIDENT", "FJ-RESIDENT", "JS-WAIT-CAP", "CZ-FLEX",
        ];
        ids.Should().Contain(facts);
    }
}
