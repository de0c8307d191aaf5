using Insurance.Rules.Domain.Validation;

namespace Insurance.Rules.Domain.Tests.Validation;

public sealed class RegionCodeSyntaxTests
{
    [Theory]
    // each province-level block: first, last, and the neighbours just outside it
    [InlineData("100000", false)]
    [InlineData("110000", true)]
    [InlineData("150000", true)]
    [InlineData("160000", false)]
    [InlineData("200000", false)]
    [InlineData("210000", true)]
    [InlineData("230000", true)]
    [InlineData("240000", false)]
    [InlineData("300000", false)]
    [InlineData("310000", true)]
    [InlineData("370000", true)]
    [InlineData("380000", false)]
    [InlineData("400000", false)]
    [InlineData("410000", true)]
    [InlineData("460000", true)]
    [InlineData("470000", false)]
    [InlineData("490000", false)]
    [InlineData("500000", true)]
    [InlineData("540000", true)]
    [InlineData("550000", false)]
    [InlineData("600000", false)]
    [InlineData("610000", true)]
    [InlineData("650000", true)]
    [InlineData("660000", false)]
    [InlineData("710000", false)] // Taiwan's GB/T 2260 code has no pooling area here
    [InlineData("420500", true)]
    [InlineData("CN", true)]
    [InlineData("cn", false)]
    [InlineData("42050", false)]
    [InlineData("4205000", false)]
    [InlineData("42050a", false)]
    [InlineData("４２０５００", false)] // full-width digits
    [InlineData("", false)]
    public void IsValid_FollowsFactsSectionZero(string code, bool valid)
    {
        RegionCodeSyntax.IsValid(code).Should().Be(valid);
    }
}
