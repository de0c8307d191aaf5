using Insurance.Rules.Domain.Ledger;

namespace Insurance.Rules.Domain.Tests.Ledger;

public sealed class LedgerOptionsTests
{
    [Fact]
    public void Default_NationalReading()
    {
        LedgerOptions.Default.SuspendFromSecondUnpaidMonth.Should().BeFalse();
        LedgerOptions.Default.GraceDayOfNextMonth.Should().BeNull();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(32)]
    [InlineData(-1)]
    public void GraceDayOfNextMonth_OutsideDayRange_Throws(int day)
    {
        var act = () => new LedgerOptions { GraceDayOfNextMonth = day };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(15)]
    [InlineData(31)]
    public void GraceDayOfNextMonth_DayOfMonth_Kept(int day)
    {
        new LedgerOptions { GraceDayOfNextMonth = day }.GraceDayOfNextMonth.Should().Be(day);
    }
}
