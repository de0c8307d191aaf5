using Insurance.Rules.Domain.Ledger;
using static Insurance.Rules.Domain.Tests.Ledger.LedgerCases;

namespace Insurance.Rules.Domain.Tests.Ledger;

public sealed class PaidMonthTests
{
    [Fact]
    public void Constructor_BackpaidButPaidInTheMonth_Throws()
    {
        var act = () => new PaidMonth(M("2024-10"), D("2024-10-31"), onTime: false, null, null);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Constructor_BackpaidPaidNextMonth_Kept()
    {
        var m = new PaidMonth(M("2024-10"), D("2024-11-01"), onTime: false, null, "420500");

        m.Backpaid.Should().BeTrue();
        m.Region.Should().Be("420500");
    }
}

public sealed class ContinuousSpanTests
{
    [Fact]
    public void Constructor_AcrossYearEnd_CountsInclusiveMonths()
    {
        new ContinuousSpan(M("2023-11"), M("2024-02")).Months.Should().Be(4);
        new ContinuousSpan(M("2024-02"), M("2024-02")).Months.Should().Be(1);
    }

    [Fact]
    public void Constructor_EndBeforeStart_Throws()
    {
        var act = () => new ContinuousSpan(M("2024-02"), M("2024-01"));

        act.Should().Throw<ArgumentException>();
    }
}
