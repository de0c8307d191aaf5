using Insurance.Rules.DependencyInjection;
using Insurance.Rules.Diagnostics;
using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Domain.Text;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Insurance.Rules.Tests.DependencyInjection;

public sealed class CalculatorFactoryTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private InsuranceRulesOptions Options(params PackVariant[] variants)
    {
        var o = new InsuranceRulesOptions { VariantPackFolder = temp.Path, Language = Language.En };
        foreach (var v in variants)
        {
            o.Variants.Add(v);
        }

        return o;
    }

    [Fact]
    public void Create_WithoutDependencyInjection_BuildsACalculatorWithTheOptions()
    {
        var logs = new CapturingLoggerFactory();

        var calculator = CalculatorFactory.Create(Options(new PackVariant("yc.variant", "excludePaymentMonth")), logs);

        calculator.Language.Should().Be(Language.En);
        calculator.EvaluateJson(YichangCases.MidBand).Result!.BenefitsResumeOn.Should().Be(new LocalDate(2025, 7, 1));
        logs.WithEvent(DiagnosticEvents.CalculatorBuilt).Should().ContainSingle();
    }

    [Fact]
    public void Create_WithoutLoggerFactory_LogsNothingAndWorks()
    {
        var calculator = CalculatorFactory.Create(Options());

        calculator.EvaluateJson(YichangCases.Wuhan).IsValid.Should().BeTrue();
    }

    [Fact]
    public void Create_Variant2022With36ContinuousMonths_ReducesTheDeferralToPaymentMonthPlus1()
    {
        // 2022 wording: 61–180 days → P+3, minus 3 months for ≥ 36 continuous months before the gap (here 118), never
        // earlier than P+1: payment 2025-03-20 → 2025-04-01.
        var calculator = CalculatorFactory.Create(Options(new PackVariant("yc.variant", "2022")));

        calculator.EvaluateJson(YichangCases.MidBand).Result!.BenefitsResumeOn.Should().Be(new LocalDate(2025, 4, 1));
    }

    [Fact]
    public void Create_SameVariantsTwice_ReusesTheSameGeneratedFile()
    {
        var logs1 = new CapturingLoggerFactory();
        var logs2 = new CapturingLoggerFactory();
        CalculatorFactory.Create(Options(new PackVariant("yc.variant", "2022")), logs1);
        CalculatorFactory.Create(Options(new PackVariant("yc.variant", "2022")), logs2);
        var logs3 = new CapturingLoggerFactory();
        CalculatorFactory.Create(Options(new PackVariant("yc.variant", "excludePaymentMonth")), logs3);

        string FileOf(CapturingLoggerFactory l) => l.WithEvent(DiagnosticEvents.VariantApplied).Single().Message.Split("generated pack ")[1].TrimEnd(')');
        FileOf(logs1).Should().Be(FileOf(logs2));
        FileOf(logs3).Should().NotBe(FileOf(logs1), "files are named by their content");
        File.ReadAllText(FileOf(logs1)).Should().Contain("value: \"2022\"").And.Contain("region: \"420500\"");
    }

    [Fact]
    public void Create_VariantsInTwoRegions_WritesOnePackPerRegion()
    {
        var logs = new CapturingLoggerFactory();
        var calculator = CalculatorFactory.Create(
            Options(new PackVariant("yc.variant", "2022"), new PackVariant(PackKeys.ResidentVariableVariant, "firstYearFree")), logs);

        logs.WithEvent(DiagnosticEvents.VariantApplied).Select(e => Path.GetFileName(e.Message.Split("generated pack ")[1].TrimEnd(')')))
            .Should().BeEquivalentTo(["420500.variant.yaml", "CN.variant.yaml"]);
        calculator.Packs.Find("CN")!.OverriddenBy.Should().ContainSingle();
        calculator.Packs.Find("420500")!.OverriddenBy.Should().ContainSingle();
    }

    [Fact]
    public void Create_VariantKeySetByManyPacksWithoutRegion_SaysWhichRegionsToChooseFrom()
    {
        var create = () => CalculatorFactory.Create(Options(new PackVariant(PackKeys.GapFlexibleRule, "CN-TRANSFER")));

        create.Should().Throw<InvalidOperationException>()
            .WithMessage("*gap.flexible.rule is set by the packs of *420500*name the region (region:gap.flexible.rule=CN-TRANSFER)*");
    }

    [Fact]
    public void Create_VariantKeySetByManyPacksWithRegion_ChangesOnlyThatRegion()
    {
        var calculator = CalculatorFactory.Create(Options(new PackVariant(PackKeys.GapFlexibleRule, "CN-TRANSFER", "420500")));
        var on = new LocalDate(2025, 3, 20);

        calculator.Packs.For("420500").GetString(PackKeys.GapFlexibleRule, on).Should().Be("CN-TRANSFER");
        calculator.Packs.For("330200").GetString(PackKeys.GapFlexibleRule, on).Should().Be("NB-REJOIN", "Ningbo keeps its own rule");
    }

    [Fact]
    public void Create_VariantForRegionWithoutPack_PointsToThePackItUses()
    {
        var create = () => CalculatorFactory.Create(Options(new PackVariant("yc.variant", "2022", "420100")));

        create.Should().Throw<InvalidOperationException>().WithMessage("*region 420100 has no pack of its own (it uses CN)*");
    }

    [Fact]
    public void Create_VariantForUnknownAlias_SaysItIsNoRegion()
    {
        var create = () => CalculatorFactory.Create(Options(new PackVariant("yc.variant", "2022", "atlantis")));

        create.Should().Throw<InvalidOperationException>().WithMessage("*'atlantis' is neither a region code nor a pack alias*");
    }

    [Fact]
    public void Create_VariantForRegionTheUserAlreadyOverrides_NamesTheUsersFile()
    {
        var file = temp.Write("yc.yaml", """
            region: "420500"
            values:
              yc.midOffsetMonths:
                - value: 4
                  effectiveFrom: 2000-01-01
                  source: "test override"
            """);
        var options = Options(new PackVariant("yc.variant", "2022"));
        options.ExtraPackPaths.Add(file);

        var create = () => CalculatorFactory.Create(options);

        create.Should().Throw<InvalidOperationException>().WithMessage($"*already overridden by {file}; set yc.variant in that file instead*");
    }

    [Fact]
    public void Create_NumericKeyAsVariant_IsRejectedWithAHintToUseAPackFile()
    {
        var create = () => CalculatorFactory.Create(Options(new PackVariant(PackKeys.YcMidOffsetMonths, "4")));

        create.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle()
            .Which.Should().Contain("no fixed set of values").And.Contain("user pack file");
    }

    [Fact]
    public void Create_SameKeySelectedTwice_IsRejected()
    {
        var create = () => CalculatorFactory.Create(Options(new PackVariant("yc.variant", "2022"), new PackVariant("yc.variant", "default")));

        create.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle().Which.Should().Contain("selected twice");
    }

    [Fact]
    public void Create_NullOptions_Throws()
    {
        var create = () => CalculatorFactory.Create(null!);

        create.Should().Throw<ArgumentNullException>();
    }
}
