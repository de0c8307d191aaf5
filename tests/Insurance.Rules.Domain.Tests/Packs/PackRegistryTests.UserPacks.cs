using Insurance.Rules.Domain.Packs;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Packs;

public partial class PackRegistryTests
{
    private static readonly LocalDate Mid2025 = new(2025, 6, 1);

    [Fact]
    public void Load_UserPackAddingCity_ResolvesWithoutFallback()
    {
        var path = TestPaths.User(Path.Combine("wuhan", "420100.yaml"));
        var registry = PackRegistry.Load([path]);

        registry.Packs.Select(p => p.Code).Should().Equal([.. ShippedCodes, "420100"]);
        registry.TryResolveAlias("wuhan", out var code).Should().BeTrue();
        code.Should().Be("420100");

        var wuhan = registry.For("wuhan");
        wuhan.FallbackFrom.Should().BeNull();
        wuhan.Chain.Select(p => p.Code).Should().Equal("420100", "CN");
        var wait = wuhan.Find(PackKeys.GapLongWaitMonths, Mid2025)!;
        wait.Value.Should().Be(4);
        wait.Origin.Should().Be(path);
        wait.Line.Should().Be(10);
        wait.Assumption.Should().Be("WH-GAP-LONG-COUNTING");
        wait.IsUserSupplied.Should().BeTrue();
        wait.IsUserOverride.Should().BeFalse(); // a new city overrides nothing
        wuhan.Find(PackKeys.GapShortMaxMonths, Mid2025)!.RegionCode.Should().Be("CN");
        registry.Find("420100")!.Origin.Should().Be(path);
    }

    [Fact]
    public void Load_DirectoryOfUserPacks_LoadsEachFile()
    {
        var registry = PackRegistry.Load([TestPaths.User("wuhan")]);
        registry.Find("420100")!.Origin.Should().EndWith(".yaml", "the city comes from the folder's file");
    }

    [Fact]
    public void Load_UserPackOverridingShippedRegion_ReplacesOnlyItsKeys()
    {
        var path = TestPaths.User(Path.Combine("override", "420500.yaml"));
        var registry = PackRegistry.Load([path]);

        var pack = registry.Find("420500")!;
        pack.Name.Should().Be("宜昌市"); // kept from the shipped pack
        pack.Parent.Should().Be("CN");
        pack.Origin.Should().Be("embedded:420500.yaml");
        pack.OverriddenBy.Should().Equal(path);
        pack.Aliases.Should().Equal("yichang", "yc");
        registry.Packs.Should().HaveCount(ShippedCodes.Length);

        var yichang = registry.For("yc");
        var variant = yichang.Find(PackKeys.YcVariant, Mid2025)!;
        variant.Value.Should().Be("2022");
        variant.IsUserOverride.Should().BeTrue();
        variant.IsUserSupplied.Should().BeTrue();
        variant.Origin.Should().Be(path);
        variant.Assumption.Should().BeNull(); // the shipped entry's assumption went with it

        var shortDays = yichang.Find(PackKeys.YcShortMaxDays, Mid2025)!;
        shortDays.Value.Should().Be(60); // a key the user did not set stays shipped
        shortDays.IsUserOverride.Should().BeFalse();
        shortDays.Origin.Should().Be("embedded:420500.yaml");
    }

    [Fact]
    public void Load_UserOverride_DoesNotChangeTheSharedEmbeddedRegistry()
    {
        PackRegistry.Load([TestPaths.User(Path.Combine("override", "420500.yaml"))]);
        Shipped.For("420500").GetString(PackKeys.YcVariant, Mid2025).Should().Be("default");
    }

    [Fact]
    public void Load_WithoutEmbedded_UsesOnlyGivenPacks()
    {
        const string cn = "region: CN\nname: 全国\nnameEn: National\nvalues:\n  gap.shortMaxMonths:\n"
            + "    - { value: 2, effectiveFrom: 2000-01-01, source: test }\n";
        var registry = PackRegistry.LoadFromText("CN.yaml", cn, includeEmbedded: false);
        registry.Packs.Select(p => p.Code).Should().Equal("CN");
        registry.For("CN").GetInt(PackKeys.GapShortMaxMonths, Mid2025).Should().Be(2);
        registry.For("420500").FallbackFrom.Should().Be("420500"); // Yichang is not loaded now
    }

    [Fact]
    public void LoadFromText_OverrideCarriesTextOrigin()
    {
        const string yaml = "region: \"120000\"\nvalues:\n  payment.graceDayOfNextMonth:\n"
            + "    - { value: 20, effectiveFrom: 2026-01-01, source: test }\n";
        var tj = PackRegistry.LoadFromText("tj.yaml", yaml).For("120000");
        var value = tj.Find(PackKeys.PaymentGraceDayOfNextMonth, new LocalDate(2026, 1, 1))!;
        value.Value.Should().Be(20);
        value.Origin.Should().Be("text:tj.yaml");
        value.IsUserOverride.Should().BeTrue();

        // The override replaced the whole key: the shipped 15 (from 2000) is gone, so 2025 has no value.
        tj.TryGetInt(PackKeys.PaymentGraceDayOfNextMonth, new LocalDate(2025, 12, 31)).Should().BeNull();
    }
}
