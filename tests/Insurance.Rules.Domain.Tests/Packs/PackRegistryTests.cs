using Insurance.Rules.Domain.Packs;

namespace Insurance.Rules.Domain.Tests.Packs;

public partial class PackRegistryTests
{
    private static readonly PackRegistry Shipped = PackRegistry.LoadEmbedded();

    private static readonly string[] ShippedCodes =
    [
        "110000", "120000", "320000", "320400", "330000", "330200", "350000", "360200", "370000", "371100",
        "420500", "440000", "440400", "CN",
    ];

    [Fact]
    public void LoadEmbedded_ShippedPacks_AllLoadInFileNameOrder()
        => Shipped.Packs.Select(p => p.Code).Should().Equal(ShippedCodes);

    [Fact]
    public void LoadEmbedded_CalledTwice_SameInstance()
        => PackRegistry.LoadEmbedded().Should().BeSameAs(Shipped);

    [Fact]
    public void LoadEmbedded_EachPack_ComesFromTheFileNamedForItsRegion()
    {
        foreach (var pack in Shipped.Packs)
        {
            pack.Origin.Should().Be($"embedded:{pack.Code}.yaml");
            pack.OverriddenBy.Should().BeEmpty();
        }
    }

    [Theory]
    [InlineData("CN", null, "全国")]
    [InlineData("420500", "CN", "宜昌市")]
    [InlineData("330000", "CN", "浙江省")]
    [InlineData("330200", "330000", "宁波市")]
    [InlineData("120000", "CN", "天津市")]
    [InlineData("440000", "CN", "广东省")]
    [InlineData("440400", "440000", "珠海市")]
    [InlineData("370000", "CN", "山东省")]
    [InlineData("371100", "370000", "日照市")]
    [InlineData("360200", "CN", "景德镇市")]
    [InlineData("110000", "CN", "北京市")]
    [InlineData("350000", "CN", "福建省")]
    [InlineData("320000", "CN", "江苏省")]
    [InlineData("320400", "320000", "常州市")]
    public void LoadEmbedded_Pack_HasParentAndName(string code, string? parent, string name)
    {
        var pack = Shipped.Find(code)!;
        pack.Parent.Should().Be(parent);
        pack.Name.Should().Be(name);
        pack.NameEn.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void LoadEmbedded_EveryValue_HasSourceCatalogueKeyAndItsPackAsRegion()
    {
        var count = 0;
        foreach (var pack in Shipped.Packs)
        {
            foreach (var (key, entries) in pack.Values)
            {
                var definition = PackKeyCatalogue.Get(key);
                entries.Should().NotBeEmpty();
                foreach (var value in entries)
                {
                    value.Key.Should().Be(key);
                    value.Type.Should().Be(definition.Type);
                    value.Source.Should().NotBeNullOrWhiteSpace();
                    value.RegionCode.Should().Be(pack.Code);
                    value.Origin.Should().Be(pack.Origin);
                    value.Line.Should().BePositive();
                    value.IsUserSupplied.Should().BeFalse();
                    value.IsUserOverride.Should().BeFalse();
                    count++;
                }
            }
        }

        count.Should().BeGreaterThan(80);
    }

    [Fact]
    public void LoadEmbedded_ValuesFactsLeavesUnknown_AreNotShipped()
    {
        // FACTS: no national retiree minimum, Zhuhai's new-enrolee wait and every base cap are unknown.
        Shipped.Find("CN")!.Values.Should().NotContainKey(PackKeys.RetireMinYearsMale);
        Shipped.Packs.Should().NotContain(p => p.Values.ContainsKey(PackKeys.ZhNewEnrolmentWaitMonths));
        Shipped.Packs.Should().NotContain(p => p.Values.ContainsKey(PackKeys.IncentiveBaseCap));
        Shipped.Find("CN")!.Values.Should().NotContainKey(PackKeys.ResidentCentralPeriod);
    }

    [Fact]
    public void LoadEmbedded_PlaceholderStartDates_AreExplainedInANote()
    {
        // Regional placeholders start 2000-01-01; national ones 1900-01-01, the earliest date a case may carry,
        // so that any valid case finds a national value.
        var unexplained = Shipped.Packs.SelectMany(p => p.Values.Values).SelectMany(v => v)
            .Where(v => v.EffectiveFrom == new NodaTime.LocalDate(2000, 1, 1) || v.EffectiveFrom == new NodaTime.LocalDate(1900, 1, 1))
            .Where(v => v.Note is null || !v.Note.Contains("placeholder", StringComparison.Ordinal))
            .Select(v => v.ToString());
        unexplained.Should().BeEmpty();
    }

    [Theory]
    [InlineData("yichang", "420500")]
    [InlineData("ningbo", "330200")]
    [InlineData("zhejiang", "330000")]
    [InlineData("tianjin", "120000")]
    [InlineData("guangdong", "440000")]
    [InlineData("zhuhai", "440400")]
    [InlineData("shandong", "370000")]
    [InlineData("rizhao", "371100")]
    [InlineData("jingdezhen", "360200")]
    [InlineData("beijing", "110000")]
    [InlineData("fujian", "350000")]
    [InlineData("jiangsu", "320000")]
    [InlineData("changzhou", "320400")]
    [InlineData("YiChang", "420500")] // aliases are case-insensitive
    [InlineData(" yichang ", "420500")] // and trimmed
    [InlineData("420500", "420500")] // a code passes through
    [InlineData("420100", "420100")] // a valid code without a pack passes through too
    [InlineData("CN", "CN")]
    [InlineData("cn", "CN")]
    public void TryResolveAlias_KnownAliasOrCode_ResolvesToCode(string text, string code)
    {
        Shipped.TryResolveAlias(text, out var resolved).Should().BeTrue();
        resolved.Should().Be(code);
    }

    [Theory]
    [InlineData("wuhan")] // not shipped
    [InlineData("990000")]
    [InlineData("")]
    public void TryResolveAlias_UnknownText_False(string text)
    {
        Shipped.TryResolveAlias(text, out var resolved).Should().BeFalse();
        resolved.Should().BeEmpty();
    }

    [Theory]
    [InlineData("420500", new[] { "420500", "CN" })]
    [InlineData("330200", new[] { "330200", "330000", "CN" })]
    [InlineData("440400", new[] { "440400", "440000", "CN" })]
    [InlineData("371100", new[] { "371100", "370000", "CN" })]
    [InlineData("320400", new[] { "320400", "320000", "CN" })]
    [InlineData("CN", new[] { "CN" })]
    public void For_RegionWithOwnPack_ChainCityProvinceCnAndNoFallback(string code, string[] chain)
    {
        var parameters = Shipped.For(code);
        parameters.Chain.Select(p => p.Code).Should().Equal(chain);
        parameters.RequestedCode.Should().Be(code);
        parameters.RegionCode.Should().Be(code);
        parameters.FallbackFrom.Should().BeNull();
        parameters.IsFallback.Should().BeFalse();
    }

    [Fact]
    public void For_SameCodeOrItsAlias_SameParametersEveryTime_FromManyThreads()
    {
        // Parameters are immutable and kept per resolved code: every case of a region shares one instance, also when
        // many threads ask for it first at once; a code and its alias resolve to the same one.
        var codes = new[] { "420500", "330200", "110105", "CN" };
        var seen = new System.Collections.Concurrent.ConcurrentBag<(string Code, RegionParameters Parameters)>();
        Parallel.For(0, 64, i => seen.Add((codes[i % codes.Length], Shipped.For(codes[i % codes.Length]))));

        foreach (var code in codes)
        {
            seen.Where(s => s.Code == code).Select(s => s.Parameters).Distinct().Should().ContainSingle(code);
        }

        Shipped.For("yichang").Should().BeSameAs(Shipped.For("420500"));
    }

    [Theory]
    [InlineData("330100", "330000", new[] { "330000", "CN" })] // Hangzhou → Zhejiang
    [InlineData("440300", "440000", new[] { "440000", "CN" })] // Shenzhen → Guangdong
    [InlineData("371000", "370000", new[] { "370000", "CN" })] // Weihai → Shandong
    [InlineData("420100", "CN", new[] { "CN" })] // Wuhan: no Hubei pack → CN
    [InlineData("420000", "CN", new[] { "CN" })] // a province without a pack → CN
    [InlineData("310000", "CN", new[] { "CN" })] // Shanghai: nothing verified → CN
    public void For_ValidCodeWithoutPack_FallsBackAndReportsIt(string code, string used, string[] chain)
    {
        var parameters = Shipped.For(code);
        parameters.RequestedCode.Should().Be(code);
        parameters.RegionCode.Should().Be(used);
        parameters.Chain.Select(p => p.Code).Should().Equal(chain);
        parameters.FallbackFrom.Should().Be(code);
        parameters.IsFallback.Should().BeTrue();
    }

    [Fact]
    public void For_Alias_ResolvesToThePack()
    {
        var parameters = Shipped.For("yichang");
        parameters.RequestedCode.Should().Be("420500");
        parameters.RegionCode.Should().Be("420500");
        parameters.FallbackFrom.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("4205")]
    [InlineData("4205001")]
    [InlineData("990000")]
    [InlineData("710000")]
    [InlineData("AB0000")]
    [InlineData("atlantis")]
    public void For_InvalidCode_ThrowsArgumentException(string code)
        => FluentActions.Invoking(() => Shipped.For(code)).Should().Throw<ArgumentException>()
            .WithMessage($"'{code}' is not a valid region code*")
            .And.ParamName.Should().Be("regionCode");
}
