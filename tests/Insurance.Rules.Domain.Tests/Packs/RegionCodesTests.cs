using Insurance.Rules.Domain.Packs;

namespace Insurance.Rules.Domain.Tests.Packs;

public class RegionCodesTests
{
    [Theory]
    [InlineData("CN")]
    [InlineData("110000")] // first province-level range, lower end
    [InlineData("150000")] // 11–15 upper end
    [InlineData("210000")]
    [InlineData("230000")]
    [InlineData("310000")]
    [InlineData("370000")]
    [InlineData("410000")]
    [InlineData("460000")]
    [InlineData("500000")]
    [InlineData("540000")]
    [InlineData("610000")]
    [InlineData("650000")] // last range, upper end
    [InlineData("420500")]
    [InlineData("420100")]
    public void IsValidSyntax_ValidCode_True(string code) => RegionCodes.IsValidSyntax(code).Should().BeTrue();

    [Theory]
    [InlineData("")]
    [InlineData("cn")] // codes are exact; aliases are resolved by the registry
    [InlineData("4205")] // too short
    [InlineData("4205001")] // too long
    [InlineData("42050a")]
    [InlineData("AB0000")]
    [InlineData("100000")] // 10: below 11
    [InlineData("160000")] // 16: just above 11–15
    [InlineData("200000")] // 20: just below 21–23
    [InlineData("240000")] // 24: just above 21–23
    [InlineData("380000")] // 38: just above 31–37
    [InlineData("470000")] // 47: just above 41–46
    [InlineData("550000")] // 55: just above 50–54
    [InlineData("660000")] // 66: just above 61–65
    [InlineData("710000")] // Taiwan: not a pooling-area province code in FACTS §0
    [InlineData("810000")] // Hong Kong
    [InlineData("９９００００")] // full-width digits are not ASCII digits
    public void IsValidSyntax_InvalidCode_False(string code) => RegionCodes.IsValidSyntax(code).Should().BeFalse();

    [Fact]
    public void IsValidSyntax_Null_False() => RegionCodes.IsValidSyntax(null).Should().BeFalse();

    [Theory]
    [InlineData("420500", "420000")]
    [InlineData("330200", "330000")]
    [InlineData("330000", "330000")]
    [InlineData("CN", "CN")]
    public void ProvinceOf_ValidCode_FirstTwoDigitsAndZeros(string code, string province)
        => RegionCodes.ProvinceOf(code).Should().Be(province);

    [Fact]
    public void ProvinceOf_InvalidCode_Throws()
        => FluentActions.Invoking(() => RegionCodes.ProvinceOf("990000")).Should().Throw<ArgumentException>();

    [Theory]
    [InlineData("330000", true)]
    [InlineData("330200", false)]
    [InlineData("CN", false)]
    [InlineData("990000", false)]
    public void IsProvince_Code_Expected(string code, bool expected) => RegionCodes.IsProvince(code).Should().Be(expected);
}
