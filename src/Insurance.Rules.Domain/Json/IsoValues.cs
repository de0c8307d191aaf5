using NodaTime;

namespace Insurance.Rules.Domain.Json;

/// <summary>
/// ISO months and dates of the years cases use, each built once and then looked up. NodaTime checks every value it
/// builds (calendar, year, month, day), and a monthly record carries a month and a date: building them was a tenth of
/// reading a typical case. Values outside these years are built as before. Thread-safe: a slot is written with the
/// value any thread would build (default(LocalDate) and default(YearMonth), year 1, mark a slot not yet built).
/// </summary>
internal static class IsoValues
{
    /// <summary>The first year kept.</summary>
    public const int FirstYear = 1900;

    /// <summary>The last year kept.</summary>
    public const int LastYear = 2099;

    private const int MonthCount = (LastYear - FirstYear + 1) * 12;

    // default(YearMonth) is 0001-01, outside the years kept, so it marks a slot not yet built.
    private static readonly YearMonth[] Months = new YearMonth[MonthCount];
    private static readonly LocalDate[]?[] Days = new LocalDate[]?[MonthCount];

    /// <summary>The ISO month; <paramref name="year"/> is 1 or later and <paramref name="month"/> 1 to 12.</summary>
    public static YearMonth Month(int year, int month)
    {
        var i = Index(year, month);
        if (i < 0)
        {
            return new YearMonth(year, month);
        }

        var value = Months[i];
        if (value == default)
        {
            value = new YearMonth(year, month);
            Months[i] = value;
        }

        return value;
    }

    /// <summary>
    /// The ISO date when <paramref name="day"/> is a day of the month; false otherwise (<paramref name="year"/> is 1 or
    /// later and <paramref name="month"/> 1 to 12).
    /// </summary>
    public static bool TryDate(int year, int month, int day, out LocalDate date)
    {
        var i = Index(year, month);
        if (i < 0)
        {
            var ok = day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month);
            date = ok ? new LocalDate(year, month, day) : default;
            return ok;
        }

        var days = Volatile.Read(ref Days[i]) ?? NewMonth(i, year, month);
        if ((uint)(day - 1) >= (uint)days.Length)
        {
            date = default;
            return false;
        }

        date = days[day - 1];
        if (date == default)
        {
            date = new LocalDate(year, month, day);
            days[day - 1] = date;
        }

        return true;
    }

    private static int Index(int year, int month)
        => year is >= FirstYear and <= LastYear ? ((year - FirstYear) * 12) + month - 1 : -1;

    // A month's slots, one per day (its length is the month's length); each date is built when first asked for, so a
    // process that reads one case builds no more dates than before.
    private static LocalDate[] NewMonth(int i, int year, int month)
    {
        var days = new LocalDate[CalendarSystem.Iso.GetDaysInMonth(year, month)];
        return Interlocked.CompareExchange(ref Days[i], days, null) ?? days;
    }
}
