using Insurance.Rules.Domain.Json;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Json;

/// <summary>The kept ISO months and dates are exactly what NodaTime builds, inside and outside the years kept.</summary>
public sealed class IsoValuesTests
{
    [Theory]
    [InlineData(1, 1)] // far outside: built as before
    [InlineData(1899, 12)] // the month before the first kept (boundary)
    [InlineData(1900, 1)] // the first kept (boundary)
    [InlineData(2025, 2)]
    [InlineData(2099, 12)] // the last kept (boundary)
    [InlineData(2100, 1)] // the month after it
    [InlineData(9999, 12)]
    public void Month_AnyYear_EqualsNodaTime(int year, int month)
    {
        IsoValues.Month(year, month).Should().Be(new YearMonth(year, month));
        IsoValues.Month(year, month).Should().Be(new YearMonth(year, month), "asked again, from the kept slot");
    }

    [Theory]
    [InlineData(2024, 2, 29, true)] // leap day
    [InlineData(2023, 2, 29, false)] // not a leap year
    [InlineData(2000, 2, 29, true)] // divisible by 400
    [InlineData(1900, 2, 29, false)] // divisible by 100 only; the first year kept (boundary)
    [InlineData(2100, 2, 29, false)] // just past the years kept
    [InlineData(1899, 12, 31, true)]
    [InlineData(2099, 12, 31, true)]
    [InlineData(2025, 4, 30, true)]
    [InlineData(2025, 4, 31, false)]
    [InlineData(2025, 1, 0, false)]
    [InlineData(2025, 1, 32, false)]
    [InlineData(1, 1, 1, true)]
    [InlineData(9999, 12, 31, true)]
    public void TryDate_DayOfTheMonthOrNot_AsNodaTimeDecides(int year, int month, int day, bool exists)
    {
        IsoValues.TryDate(year, month, day, out var date).Should().Be(exists);
        if (exists)
        {
            date.Should().Be(new LocalDate(year, month, day));
        }
    }

    [Fact]
    public void TryDate_EveryDayOfTheYearsKept_EqualsNodaTime_AlsoWhenBuiltByManyThreadsAtOnce()
    {
        var mismatches = 0;
        Parallel.For(IsoValues.FirstYear, IsoValues.LastYear + 1, year =>
        {
            for (var month = 1; month <= 12; month++)
            {
                var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
                for (var day = 1; day <= days + 1; day++)
                {
                    var ok = IsoValues.TryDate(year, month, day, out var date);
                    if (ok != (day <= days) || (ok && date != new LocalDate(year, month, day)) || IsoValues.Month(year, month) != new YearMonth(year, month))
                    {
                        Interlocked.Increment(ref mismatches);
                    }
                }
            }
        });

        mismatches.Should().Be(0);
    }
}
