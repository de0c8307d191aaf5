using Insurance.Rules.Batch;
using Insurance.Rules.DependencyInjection;
using Insurance.Rules.Diagnostics;
using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NodaTime;

namespace Insurance.Rules.Tests.DependencyInjection;

public sealed class InsuranceRulesServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private ServiceProvider Build(Action<InsuranceRulesOptions>? configure, CapturingLoggerFactory? logs = null)
    {
        var services = new ServiceCollection();
        if (logs is not null)
        {
            services.AddSingleton<ILoggerFactory>(logs);
        }

        services.AddInsuranceRules(o =>
        {
            o.VariantPackFolder = temp.Path;
            configure?.Invoke(o);
        });
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void AddInsuranceRules_ResolvedTwiceAndFromScopes_GivesOneSharedCalculator()
    {
        using var provider = Build(null);
        var first = provider.GetRequiredService<EligibilityCalculator>();
        using var scope1 = provider.CreateScope();
        using var scope2 = provider.CreateScope();

        provider.GetRequiredService<EligibilityCalculator>().Should().BeSameAs(first);
        scope1.ServiceProvider.GetRequiredService<EligibilityCalculator>().Should().BeSameAs(first);
        scope2.ServiceProvider.GetRequiredService<EligibilityCalculator>().Should().BeSameAs(first);
        provider.GetRequiredService<BatchEvaluator>().Should().BeSameAs(provider.GetRequiredService<BatchEvaluator>());
    }

    [Fact]
    public void AddInsuranceRules_ResolvedFromManyThreadsAtOnce_BuildsTheCalculatorOnce()
    {
        var logs = new CapturingLoggerFactory();
        using var provider = Build(null, logs);
        var resolved = new EligibilityCalculator[8];
        Parallel.For(0, resolved.Length, i => resolved[i] = provider.GetRequiredService<EligibilityCalculator>());

        resolved.Distinct().Should().ContainSingle();
        logs.WithEvent(DiagnosticEvents.CalculatorBuilt).Should().ContainSingle("packs and rules are loaded once");
    }

    [Fact]
    public void AddInsuranceRules_CalledTwice_CombinesConfigurationAndRegistersOnce()
    {
        var services = new ServiceCollection();
        services.AddInsuranceRules(o => o.Language = Language.En);
        services.AddInsuranceRules(o => o.IncludeTimeline = false);

        services.Count(d => d.ServiceType == typeof(EligibilityCalculator)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(BatchEvaluator)).Should().Be(1);
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<InsuranceRulesOptions>>().Value;
        options.Language.Should().Be(Language.En);
        options.IncludeTimeline.Should().BeFalse();
    }

    [Fact]
    public void AddInsuranceRules_WithoutConfiguration_UsesShippedPacksAndChinese()
    {
        using var provider = Build(null);
        var calculator = provider.GetRequiredService<EligibilityCalculator>();

        calculator.Language.Should().Be(Language.ZhCN);
        calculator.Packs.Packs.Should().OnlyContain(p => p.Origin.StartsWith("embedded:", StringComparison.Ordinal));
        calculator.Rules.Count.Should().Be(EligibilityCalculator.Default.Rules.Count);
    }

    [Fact]
    public void AddInsuranceRules_LanguageEn_ResultTextsAreEnglish()
    {
        using var provider = Build(o => o.Language = Language.En);
        var calculator = provider.GetRequiredService<EligibilityCalculator>();

        var result = calculator.EvaluateJson(YichangCases.MidBand).Result!;

        calculator.Language.Should().Be(Language.En);
        result.Steps.Should().Contain(s => s.Code == "payArrears" && s.Title.StartsWith("Pay the 4 unpaid month(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void AddInsuranceRules_IncludeTimelineFalse_ResultsHaveNoTimeline()
    {
        using var provider = Build(o => o.IncludeTimeline = false);

        provider.GetRequiredService<EligibilityCalculator>().EvaluateJson(YichangCases.MidBand).Result!.Timeline.Should().BeEmpty();
    }

    [Fact]
    public void AddInsuranceRules_NoVariant_YichangDay139IsPaymentMonthPlus3()
    {
        // Control for the variant test below: the shipped default reading, 61–180 days (here 139) → P+3.
        using var provider = Build(null);

        var result = provider.GetRequiredService<EligibilityCalculator>().EvaluateJson(YichangCases.MidBand).Result!;

        result.Gaps.Should().ContainSingle().Which.Band.Should().Be("YC-FLEX-BAND.180");
        result.BenefitsResumeOn.Should().Be(new LocalDate(2025, 6, 1));
        result.Assumptions.Select(a => a.Code).Should().Contain("YC-FLEX-BAND-DEFAULT-READING");
    }

    [Fact]
    public void AddInsuranceRules_VariantExcludePaymentMonth_YichangDay139MovesFromPPlus3ToPPlus4()
    {
        using var provider = Build(o => o.UseVariant("yc.variant", "excludePaymentMonth"));

        var result = provider.GetRequiredService<EligibilityCalculator>().EvaluateJson(YichangCases.MidBand).Result!;

        result.Gaps.Should().ContainSingle().Which.Band.Should().Be("YC-FLEX-BAND.180");
        result.BenefitsResumeOn.Should().Be(new LocalDate(2025, 7, 1), "payment in March, P+4 = July");
        result.Assumptions.Select(a => a.Code).Should().Contain("USER-PACK-VALUE", "a host-selected reading is reported like any user pack value")
            .And.NotContain("YC-FLEX-BAND-DEFAULT-READING", "the default reading is no longer used");
    }

    [Fact]
    public void AddInsuranceRules_VariantByRegionAlias_LandsInThatRegionsPack()
    {
        using var provider = Build(o => o.Variants.Add(PackVariant.Parse("yichang:yc.variant=excludePaymentMonth")));
        var calculator = provider.GetRequiredService<EligibilityCalculator>();

        var value = calculator.Packs.For("420500").Find(PackKeys.YcVariant, new LocalDate(2025, 3, 20))!;

        value.Value.Should().Be("excludePaymentMonth");
        value.IsUserOverride.Should().BeTrue();
        value.EffectiveFrom.Should().Be(new LocalDate(2000, 1, 1), "the variant keeps the range of the entry it replaces");
    }

    [Fact]
    public void AddInsuranceRules_VariantOfNationalKey_ReplacesCnEntriesOverTheirRanges()
    {
        using var provider = Build(o => o.UseVariant(PackKeys.ResidentVariableVariant, "firstYearFree"));
        var packs = provider.GetRequiredService<EligibilityCalculator>().Packs;

        var value = packs.For("110000").Find(PackKeys.ResidentVariableVariant, new LocalDate(2025, 1, 1))!;

        value.Value.Should().Be("firstYearFree");
        value.RegionCode.Should().Be("CN");
        // Boundary: the shipped entry starts 2025-01-01, so the day before has no value either way.
        packs.For("110000").Find(PackKeys.ResidentVariableVariant, new LocalDate(2024, 12, 31)).Should().BeNull();
    }

    [Fact]
    public void AddInsuranceRules_ExtraPackFolder_LoadsItsPacks()
    {
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "packs")).FullName;
        File.WriteAllText(Path.Combine(folder, "420100.yaml"), """
            region: "420100"
            name: 武汉市
            nameEn: Wuhan
            parent: CN
            aliases: [wuhan]
            values:
              gap.longWaitMonths:
                - value: 4
                  effectiveFrom: 2000-01-01
                  source: "test pack"
            """);
        using var provider = Build(o => o.ExtraPackPaths.Add(folder));

        var packs = provider.GetRequiredService<EligibilityCalculator>().Packs;

        // Found by code (a null fails BeOfType), with the user file's name and parent.
        var wuhan = packs.Find("420100").Should().BeOfType<RegionPack>().Subject;
        wuhan.NameEn.Should().Be("Wuhan");
        wuhan.Parent.Should().Be("CN");
        packs.For("wuhan").GetInt(PackKeys.GapLongWaitMonths, new LocalDate(2025, 5, 20)).Should().Be(4);
    }

    [Fact]
    public void AddInsuranceRules_WithLoggerFactory_LogsBuildSummaryWithRuleCount()
    {
        var logs = new CapturingLoggerFactory();
        using var provider = Build(o => o.Language = Language.En, logs);

        var calculator = provider.GetRequiredService<EligibilityCalculator>();

        var summary = logs.WithEvent(DiagnosticEvents.CalculatorBuilt).Should().ContainSingle().Subject;
        summary.Category.Should().Be(typeof(EligibilityCalculator).FullName);
        summary.Level.Should().Be(LogLevel.Information);
        summary.Message.Should().Contain($"{calculator.Rules.Count} rules").And.Contain($"{calculator.Packs.Packs.Count} region packs").And.Contain("En");
        logs.WithEvent(DiagnosticEvents.PackInUse).Should().HaveCount(calculator.Packs.Packs.Count);
    }

    [Fact]
    public void AddInsuranceRules_UserPackOverridesShippedRegion_LogsWarningNamingFileAndKeys()
    {
        var file = temp.Write("yichang-override.yaml", """
            region: "420500"
            values:
              yc.midOffsetMonths:
                - value: 4
                  effectiveFrom: 2000-01-01
                  source: "test override"
            """);
        var logs = new CapturingLoggerFactory();
        using var provider = Build(o => o.ExtraPackPaths.Add(file), logs);

        provider.GetRequiredService<EligibilityCalculator>();

        var warning = logs.WithEvent(DiagnosticEvents.UserPackOverride).Should().ContainSingle().Subject;
        warning.Level.Should().Be(LogLevel.Warning);
        warning.Message.Should().Contain(file).And.Contain("420500").And.Contain("yc.midOffsetMonths");
        logs.WithEvent(DiagnosticEvents.CalculatorBuilt).Single().Message.Should().Contain("(1 added or overridden by user files)");
    }

    [Fact]
    public void AddInsuranceRules_Variant_LogsVariantAndTheGeneratedOverride()
    {
        var logs = new CapturingLoggerFactory();
        using var provider = Build(o => o.UseVariant("yc.variant", "2022"), logs);

        provider.GetRequiredService<EligibilityCalculator>();

        var applied = logs.WithEvent(DiagnosticEvents.VariantApplied).Should().ContainSingle().Subject;
        applied.Message.Should().Contain("yc.variant = 2022").And.Contain("420500").And.Contain(temp.Path);
        var overrideLog = logs.WithEvent(DiagnosticEvents.UserPackOverride).Should().ContainSingle().Subject;
        overrideLog.Message.Should().Contain("yc.variant");
        overrideLog.Level.Should().Be(LogLevel.Information, "an override the host asked for is no warning");
    }

    [Fact]
    public void AddInsuranceRules_RegionWithoutPackEvaluatedTwice_LogsFallbackOnce()
    {
        var logs = new CapturingLoggerFactory();
        using var provider = Build(null, logs);
        var calculator = provider.GetRequiredService<EligibilityCalculator>();

        calculator.EvaluateJson(YichangCases.Wuhan).IsValid.Should().BeTrue();
        calculator.EvaluateJson(YichangCases.Wuhan).IsValid.Should().BeTrue();
        calculator.EvaluateJson(YichangCases.MidBand).IsValid.Should().BeTrue();

        var fallback = logs.WithEvent(DiagnosticEvents.RegionFallback).Should().ContainSingle("Yichang has its own pack; Wuhan is logged once").Subject;
        fallback.Message.Should().Contain("420100").And.Contain("CN");
    }

    [Fact]
    public void AddInsuranceRules_MissingPackPath_ThrowsPackLoadExceptionAndLogsError()
    {
        var missing = Path.Combine(temp.Path, "no-such-folder");
        var logs = new CapturingLoggerFactory();
        using var provider = Build(o => o.ExtraPackPaths.Add(missing), logs);

        var resolve = () => provider.GetRequiredService<EligibilityCalculator>();

        resolve.Should().Throw<PackLoadException>().Which.FilePath.Should().Be(missing);
        var error = logs.WithEvent(DiagnosticEvents.PackLoadFailed).Should().ContainSingle().Subject;
        error.Level.Should().Be(LogLevel.Error);
        error.Exception.Should().BeOfType<PackLoadException>();
    }

    [Fact]
    public void AddInsuranceRules_InvalidOptions_ResolvingReportsEveryProblem()
    {
        using var provider = Build(o =>
        {
            o.UseVariant("yc.varient", "2022");
            o.UseVariant(PackKeys.ResidentVariableVariant, "lastYearFree");
            o.BatchWindowPerWorker = 0;
        });

        var resolve = () => provider.GetRequiredService<EligibilityCalculator>();

        var failures = resolve.Should().Throw<OptionsValidationException>().Which.Failures.ToList();
        failures.Should().HaveCount(3);
        failures.Should().Contain(f => f.Contains("'yc.varient' is not a pack key", StringComparison.Ordinal));
        failures.Should().Contain(f => f.Contains("allowed: default, firstYearFree", StringComparison.Ordinal));
        failures.Should().Contain(f => f.Contains("BatchWindowPerWorker", StringComparison.Ordinal));
    }

    [Fact]
    public void AddInsuranceRules_BatchEvaluator_UsesTheSharedCalculatorAndWindow()
    {
        using var provider = Build(o =>
        {
            o.Language = Language.En;
            o.BatchWindowPerWorker = 3;
            o.UseVariant("yc.variant", "excludePaymentMonth");
        });
        var batch = provider.GetRequiredService<BatchEvaluator>();

        var item = batch.EvaluateLine(1, YichangCases.MidBand.ReplaceLineEndings(" "));

        batch.WindowPerWorker.Should().Be(3);
        item.Result!.BenefitsResumeOn.Should().Be(new LocalDate(2025, 7, 1), "the batch runs on the calculator with the variant");
        item.Result.Status.Should().Be(CoverageStatus.Suspended);
        item.Result.Steps[0].Title.Should().StartWith("Pay the");
    }
}
