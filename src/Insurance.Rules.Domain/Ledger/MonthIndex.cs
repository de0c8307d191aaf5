using NodaTime;

namespace Insurance.Rules.Domain.Ledger;

/// <summary>
/// Months as consecutive integers (year·12 + month − 1), so month arithmetic and month-indexed arrays need no
/// calendar calls in the hot loops.
/// </summary>
internal static class MonthIndex
{
    public static int Of(YearMonth month) => (month.Year * 12) + month.Month - 1;

    public static int Of(LocalDate date) => (date.Year * 12) + date.Month - 1;

    public static YearMonth ToYearMonth(int index) => new(index / 12, (index % 12) + 1);

    public static LocalDate FirstDay(int index) => new(index / 12, (index % 12) + 1, 1);

    public static LocalDate LastDay(int index)
    {
        var year = index / 12;
        var month = (index % 12) + 1;
        return new LocalDate(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));
    }
}
