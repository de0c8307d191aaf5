using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Domain.Json;

/// <summary>The contract's date and month text: ISO <c>YYYY-MM-DD</c> and <c>YYYY-MM</c>, culture-invariant.</summary>
internal static class IsoText
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Month(YearMonth month) => YearMonthPattern.Iso.Format(month);
}
