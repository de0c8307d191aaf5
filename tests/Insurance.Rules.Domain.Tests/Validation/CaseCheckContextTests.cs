using Insurance.Rules.Domain.Text;
using Insurance.Rules.Domain.Validation;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Validation;

/// <summary>The date and month limits are compared as packed integers; the boundaries must be exactly NodaTime's.</summary>
public sealed class CaseCheckContextTests
{
    private static CaseCheckContext Context(LocalDate min, LocalDate max)
        => new(new InputLimits { MinDate = min, MaxDate = max }, new RegionResolver(null), new ErrorCollector(Language.En, 10));

    [Theory]
    [InlineData("1950-03-14", false)] // day before the minimum
    [InlineData("1950-03-15", true)] // on the minimum
    [InlineData("1950-04-01", true)] // next month, smaller day
    [InlineData("2099-12-31", true)] // year before the maximum's, larger month and day
    [InlineData("2100-02-28", true)] // on the maximum
    [InlineData("2100-03-01", false)] // day after the maximum
    [InlineData("1949-12-31", false)] // year before, largest month and day
    [InlineData("0001-01-01", false)]
    [InlineData("9999-12-31", false)]
    public void InRange_Date_MatchesNodaTimeComparison(string text, bool expected)
    {
        var min = new LocalDate(1950, 3, 15);
        var max = new LocalDate(2100, 2, 28);
        var date = NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;

        Context(min, max).InRange(date).Should().Be(expected).And.Be(date >= min && date <= max);
    }

    [Theory]
    [InlineData(1950, 2, false)] // month before the minimum's month
    [InlineData(1950, 3, true)] // the minimum's month (the minimum is the 15th: the month still counts)
    [InlineData(2100, 2, true)] // the maximum's month
    [InlineData(2100, 3, false)] // month after
    [InlineData(1949, 12, false)]
    [InlineData(2099, 12, true)]
    public void InRange_Month_ComparesWholeMonths(int year, int month, bool expected)
        => Context(new LocalDate(1950, 3, 15), new LocalDate(2100, 2, 28)).InRange(new YearMonth(year, month)).Should().Be(expected);

    [Fact]
    public void InRange_NegativeYears_KeepTheirOrder()
    {
        var context = Context(new LocalDate(-5, 6, 15), new LocalDate(-1, 2, 1));

        context.InRange(new LocalDate(-5, 6, 14)).Should().BeFalse();
        context.InRange(new LocalDate(-5, 6, 15)).Should().BeTrue();
        context.InRange(new LocalDate(-2, 12, 31)).Should().BeTrue();
        context.InRange(new LocalDate(-1, 2, 2)).Should().BeFalse();
        context.InRange(new YearMonth(-5, 5)).Should().BeFalse();
        context.InRange(new YearMonth(-1, 2)).Should().BeTrue();
    }
}
