using Insurance.Rules.DependencyInjection;

namespace Insurance.Rules.Tests.DependencyInjection;

public sealed class PackVariantTests
{
    [Theory]
    [InlineData("yc.variant=2022", null, "yc.variant", "2022")]
    [InlineData("420500:yc.variant=excludePaymentMonth", "420500", "yc.variant", "excludePaymentMonth")]
    [InlineData(" yichang : yc.variant = 2022 ", "yichang", "yc.variant", "2022")]
    public void Parse_ValidText_GivesRegionKeyAndValue(string text, string? region, string key, string value)
    {
        var v = PackVariant.Parse(text);

        v.Region.Should().Be(region);
        v.Key.Should().Be(key);
        v.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("yc.variant")]
    [InlineData("=2022")]
    [InlineData("yc.variant=")]
    [InlineData(":yc.variant=2022")]
    [InlineData("420500:=2022")]
    [InlineData("")]
    public void Parse_MalformedText_ThrowsFormatExceptionWithTheExpectedShape(string text)
    {
        var parse = () => PackVariant.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage("*key=value or region:key=value*");
    }

    [Fact]
    public void ToString_WithAndWithoutRegion_RoundTripsThroughParse()
    {
        var with = new PackVariant("yc.variant", "2022", "420500");
        var without = new PackVariant("yc.variant", "2022");

        PackVariant.Parse(with.ToString()).Should().Be(with);
        PackVariant.Parse(without.ToString()).Should().Be(without);
        with.ToString().Should().Be("420500:yc.variant=2022");
    }

    [Fact]
    public void Constructor_BlankRegion_Throws()
    {
        var create = () => new PackVariant("yc.variant", "2022", " ");

        create.Should().Throw<ArgumentException>();
    }
}
