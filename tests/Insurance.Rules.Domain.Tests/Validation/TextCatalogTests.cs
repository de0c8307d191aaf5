using System.Globalization;
using Insurance.Rules.Domain.Tests.Json;
using Insurance.Rules.Domain.Text;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Validation;

// TextCatalog lives in Domain/Text; its tests sit here beside the validation messages that use it.
public sealed class TextCatalogTests
{
    private const string Yaml = """
        gap.band:
          zh: "断缴 {months} 个月,{date} 前补缴。"
          en: "Gap of {months} months; pay by {date}."
        only.zh:
          zh: "仅中文"
        only.en:
          en: "English only"
        braces:
          zh: "{{字面}} {x}"
          en: "{{literal}} {x}"
        """;

    private static readonly TextCatalog Catalog = TextCatalog.FromYaml(Yaml, "test.yaml");

    [Fact]
    public void Format_FillsPlaceholdersInEachLanguage()
    {
        var args = new Dictionary<string, object?> { ["months"] = 3, ["date"] = new LocalDate(2025, 3, 31) };

        Catalog.Format("gap.band", Language.ZhCN, args).Should().Be("断缴 3 个月,2025-03-31 前补缴。");
        Catalog.Format("gap.band", Language.En, args).Should().Be("Gap of 3 months; pay by 2025-03-31.");
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Format_ArgumentsAreCultureInvariant(string culture)
    {
        var args = new Dictionary<string, object?> { ["months"] = 1234.5m, ["date"] = new YearMonth(2025, 3) };

        var text = CaseJsonTests.InCulture(culture, () => Catalog.Format("gap.band", Language.En, args));

        text.Should().Be("Gap of 1234.5 months; pay by 2025-03.");
    }

    [Fact]
    public void Format_MissingLanguage_FallsBackToTheOther()
    {
        Catalog.Format("only.zh", Language.En).Should().Be("仅中文");
        Catalog.Format("only.en", Language.ZhCN).Should().Be("English only");
    }

    [Fact]
    public void Format_DoubledBraces_AreLiteral()
    {
        Catalog.Format("braces", Language.En, new Dictionary<string, object?> { ["x"] = null }).Should().Be("{literal} ");
    }

    [Fact]
    public void Format_UnknownCode_ThrowsNamingTheCode()
    {
        var act = () => Catalog.Format("no.such", Language.En);

        act.Should().Throw<TextCatalogException>().Which.Should().Match<TextCatalogException>(
            e => e.Code == "no.such" && e.Message.Contains("no.such") && e.SourceName == "test.yaml");
    }

    [Fact]
    public void Format_MissingArgument_ThrowsNamingIt()
    {
        var act = () => Catalog.Format("gap.band", Language.En, new Dictionary<string, object?> { ["months"] = 3 });

        act.Should().Throw<TextCatalogException>().WithMessage("*'date'*");
    }

    [Theory]
    [InlineData("a:\n  zh: x\na:\n  en: y\n", "test.yaml(3)")] // code twice
    [InlineData("a:\n  fr: x\n", "test.yaml(2)")] // unknown language
    [InlineData("a: x\n", "test.yaml(1)")] // not a mapping of languages
    [InlineData("- a\n", "test.yaml(1)")] // not a mapping at all
    [InlineData("a: {}\n", "test.yaml(1)")] // no text
    [InlineData("a: [\n", "test.yaml(")] // not YAML
    public void FromYaml_BadCatalogue_ThrowsWithLine(string yaml, string where)
    {
        var act = () => TextCatalog.FromYaml(yaml, "test.yaml");

        act.Should().Throw<TextCatalogException>().Which.SourceName.Should().StartWith(where);
    }

    [Fact]
    public void FromResource_MissingResource_Throws()
    {
        var act = () => TextCatalog.FromResource(typeof(TextCatalog).Assembly, "No.Such.yaml");

        act.Should().Throw<TextCatalogException>().WithMessage("*No.Such.yaml*");
    }

    [Fact]
    public void FromResource_ValidationMessages_Loads()
    {
        var catalog = TextCatalog.FromResource(typeof(TextCatalog).Assembly, "Insurance.Rules.Domain.Validation.messages.yaml");

        catalog.Contains("field.unknown").Should().BeTrue();
    }
}
