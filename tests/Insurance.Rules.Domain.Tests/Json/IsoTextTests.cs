using Insurance.Rules.Domain.Json;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Domain.Tests.Json;

/// <summary>The hand-written ISO text must equal NodaTime's pattern text for every year, inside the fast range and out.</summary>
public sealed class IsoTextTests
{
    public static TheoryData<int> Years => new()
    {
        -9998, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 1900, 1999, 2000, 2024, 2100, 9998, 9999,
    };

    [Theory]
    [MemberData(nameof(Years))]
    public void Date_AnyYear_EqualsNodaTimeIsoPattern(int year)
    {
        // Boundaries: years 0 and 9999 are the ends of the hand-written range, -1 the first year outside it;
        // each year is checked on its first day, a month end, 29 February when it exists and 31 December.
        var days = new List<LocalDate> { new(year, 1, 1), new(year, 4, 30), new(year, 12, 31) };
        if (CalendarSystem.Iso.IsLeapYear(year))
        {
            days.Add(new LocalDate(year, 2, 29));
        }

        Span<byte> utf8 = stackalloc byte[IsoText.MaxLength];
        foreach (var day in days)
        {
            var expected = LocalDatePattern.Iso.Format(day);
            IsoText.Date(day).Should().Be(expected);
            System.Text.Encoding.UTF8.GetString(utf8[..IsoText.Date(day, utf8)]).Should().Be(expected);
        }
    }

    [Theory]
    [MemberData(nameof(Years))]
    public void Month_AnyYear_EqualsNodaTimeIsoPattern(int year)
    {
        Span<byte> utf8 = stackalloc byte[IsoText.MaxLength];
        foreach (var m in new[] { 1, 9, 10, 12 })
        {
            var month = new YearMonth(year, m);
            var expected = YearMonthPattern.Iso.Format(month);
            IsoText.Month(month).Should().Be(expected);
            System.Text.Encoding.UTF8.GetString(utf8[..IsoText.Month(month, utf8)]).Should().Be(expected);
        }
    }
}
