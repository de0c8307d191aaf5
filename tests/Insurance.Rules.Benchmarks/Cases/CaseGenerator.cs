using System.Globalization;
using System.Text;

namespace Insurance.Rules.Benchmarks.Cases;

/// <summary>
/// Writes cases the way a payroll system sends them: one record per month with the date the money arrived.
/// Evaluated on 2025-03-10; the last paid month is 2024-10, so 2024-11 to 2025-02 is one open gap, to be paid on
/// 2025-03-20 (plan.payOn). The job ended four months before the last paid month; the person kept paying as a
/// flexible worker. Output is compact JSON (one line), deterministic for a shape and a seed.
/// </summary>
public static class CaseGenerator
{
    /// <summary>The evaluation date of every generated case.</summary>
    public const string AsOf = "2025-03-10";

    private const int LastPaidYear = 2024;
    private const int LastPaidMonth = 10;
    private const int OwnMonths = 4;

    /// <summary>The case as one line of JSON.</summary>
    /// <param name="shape">Region, history length and person.</param>
    /// <param name="seed">Varies the id, the pay day and (for batches) small details; 0 for the canonical case.</param>
    public static string Json(CaseShape shape, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var months = shape.Years * 12;
        var rng = new Random(seed);
        var payDay = seed == 0 ? 15 : rng.Next(5, 26);
        var sb = new StringBuilder(128 + (months * 90));
        var inv = CultureInfo.InvariantCulture;
        sb.Append("{\"asOf\":\"").Append(AsOf).Append("\",\"region\":\"").Append(shape.Region).Append("\",");
        sb.Append("\"participant\":{\"id\":\"P-").Append(seed.ToString("D7", inv)).Append("\",\"birthDate\":\"").Append(shape.BirthDate)
          .Append("\",\"sex\":\"").Append(shape.Sex).Append("\",\"originalRetirementAge\":").Append(shape.OriginalRetirementAge.ToString(inv))
          .Append(",\"status\":\"flexible\",\"hukou\":{\"region\":\"").Append(shape.Region).Append("\",\"type\":\"nonAgricultural\"}},");
        sb.Append("\"contributions\":[");

        // Month index (year*12 + month-1) of the first record.
        var last = (LastPaidYear * 12) + LastPaidMonth - 1;
        var first = last - months + 1;
        for (var m = first; m <= last; m++)
        {
            if (m != first)
            {
                sb.Append(',');
            }

            var payer = m > last - OwnMonths ? "individual" : "employer";
            sb.Append("{\"month\":\"").Append(Month(m)).Append("\",\"scheme\":\"employee\",\"payer\":\"").Append(payer)
              .Append("\",\"paidOn\":\"").Append(Month(m)).Append('-').Append(payDay.ToString("D2", inv)).Append("\"}");
        }

        var ended = last - OwnMonths;
        sb.Append("],\"deemedMonths\":0,\"events\":[{\"date\":\"").Append(Month(ended)).Append('-')
          .Append(NodaTime.CalendarSystem.Iso.GetDaysInMonth(ended / 12, (ended % 12) + 1).ToString("D2", inv))
          .Append("\",\"type\":\"employmentEnded\"}],\"plan\":{\"payOn\":\"2025-03-20\",\"repairYears\":0}}");
        return sb.ToString();
    }

    /// <summary>A JSON Lines batch: <paramref name="count"/> cases, typical ones varied by seed and alternating Yichang and Ningbo.</summary>
    /// <param name="writer">Where to write the lines.</param>
    /// <param name="count">How many cases.</param>
    public static void WriteBatch(TextWriter writer, int count)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var yichang = CaseShape.Typical(CaseShape.Yichang);
        var ningbo = CaseShape.Typical(CaseShape.Ningbo);
        for (var i = 1; i <= count; i++)
        {
            writer.Write(Json((i & 1) == 0 ? yichang : ningbo, i));
            writer.Write('\n');
        }
    }

    private static string Month(int index)
        => string.Create(CultureInfo.InvariantCulture, $"{index / 12:D4}-{(index % 12) + 1:D2}");
}
