using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Domain.Json;

/// <summary>The contract's date and month text: ISO <c>YYYY-MM-DD</c> and <c>YYYY-MM</c>, culture-invariant.</summary>
internal static class IsoText
{
    /// <summary>Room enough for any ISO date or month NodaTime can hold (a sign and four year digits).</summary>
    public const int MaxLength = 16;

    // Written by hand for years 0–9999 (every date the contract allows), through the UTF-8 writers below: building
    // NodaTime's pattern objects is a noticeable part of a cold start. Other years keep NodaTime's text.
    public static string Date(LocalDate date)
    {
        Span<byte> utf8 = stackalloc byte[MaxLength];
        return Encoding.ASCII.GetString(utf8[..Date(date, utf8)]);
    }

    public static string Month(YearMonth month)
    {
        Span<byte> utf8 = stackalloc byte[MaxLength];
        return Encoding.ASCII.GetString(utf8[..Month(month, utf8)]);
    }

    /// <summary>Writes <see cref="Date(LocalDate)"/>'s text as UTF-8 into <paramref name="utf8"/>; returns its length.</summary>
    public static int Date(LocalDate date, Span<byte> utf8)
    {
        if (date.Year is < 0 or > 9999)
        {
            return Encoding.UTF8.GetBytes(LocalDatePattern.Iso.Format(date), utf8);
        }

        Year(date.Year, utf8);
        utf8[4] = (byte)'-';
        TwoDigits(date.Month, utf8[5..]);
        utf8[7] = (byte)'-';
        TwoDigits(date.Day, utf8[8..]);
        return 10;
    }

    /// <summary>Writes <see cref="Month(YearMonth)"/>'s text as UTF-8 into <paramref name="utf8"/>; returns its length.</summary>
    public static int Month(YearMonth month, Span<byte> utf8)
    {
        if (month.Year is < 0 or > 9999)
        {
            return Encoding.UTF8.GetBytes(YearMonthPattern.Iso.Format(month), utf8);
        }

        Year(month.Year, utf8);
        utf8[4] = (byte)'-';
        TwoDigits(month.Month, utf8[5..]);
        return 7;
    }

    private static void Year(int year, Span<byte> utf8)
    {
        utf8[0] = (byte)('0' + (year / 1000));
        utf8[1] = (byte)('0' + (year / 100 % 10));
        utf8[2] = (byte)('0' + (year / 10 % 10));
        utf8[3] = (byte)('0' + (year % 10));
    }

    private static void TwoDigits(int value, Span<byte> utf8)
    {
        utf8[0] = (byte)('0' + (value / 10));
        utf8[1] = (byte)('0' + (value % 10));
    }
}
