using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;
using NodaTime;

namespace Insurance.Rules.Policies.Resident;

/// <summary>Arithmetic of the resident-scheme rules (CN-RESIDENT-WAIT, BJ-RESIDENT, FJ-RESIDENT, CN-SWITCH).</summary>
public static class ResidentCover
{
    /// <summary>The first insurance year the 38号 waiting periods apply to.</summary>
    public const int FirstWaitingYear = 2025;

    /// <summary>The centralised period for year <paramref name="year"/>, or null when the region sets none.</summary>
    public static DateInterval? CentralPeriod(CaseFact c, int year, List<PackValue>? used = null)
    {
        var on = new LocalDate(year, 1, 1);
        var v = c.Parameters.Find("resident.centralPeriod", on) ?? c.Parameters.Find("resident.centralPeriod", on.PlusMonths(-4));
        if (v?.Value is not IReadOnlyDictionary<string, string> map)
        {
            return null;
        }

        used?.Add(v);
        var start = MonthDay(map, "from", "fromYearOffset", year);
        var end = MonthDay(map, "to", "toYearOffset", year);
        return end < start ? null : new DateInterval(start, end);
    }

    /// <summary>The extension period (Fujian: 1 January – end of February of Y), or null.</summary>
    public static DateInterval? Extension(CaseFact c, int year, List<PackValue>? used = null)
    {
        var v = c.Parameters.Find("resident.extension", new LocalDate(year, 1, 1));
        if (v?.Value is not IReadOnlyDictionary<string, string> map)
        {
            return null;
        }

        used?.Add(v);
        var end = MonthDay(map, "to", "toYearOffset", year);
        return new DateInterval(new LocalDate(year, 1, 1), end);
    }

    /// <summary>Reads "MM-DD" (or "MM-LAST") with a year offset relative to the insurance year.</summary>
    private static LocalDate MonthDay(IReadOnlyDictionary<string, string> map, string key, string offsetKey, int year)
    {
        var offset = map.TryGetValue(offsetKey, out var o) && int.TryParse(o, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0;
        var text = map[key];
        var parts = text.Split('-');
        var y = year + offset;
        var month = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var daysInMonth = CalendarSystem.Iso.GetDaysInMonth(y, month);
        var day = parts[1].Equals("LAST", StringComparison.OrdinalIgnoreCase)
            ? daysInMonth
            : Math.Min(daysInMonth, int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
        return new LocalDate(y, month, day);
    }

    /// <summary>True when the payment falls in the centralised period (a region without one: paid before 1 January of Y, an assumption).</summary>
    public static bool PaidInPeriod(CaseFact c, ResidentYearFact y)
    {
        var period = CentralPeriod(c, y.Year);
        return period is null ? y.PaymentDate < new LocalDate(y.Year, 1, 1) : period.Contains(y.PaymentDate);
    }

    /// <summary>True when the payment falls in the region's extension period.</summary>
    public static bool PaidInExtension(CaseFact c, ResidentYearFact y) => Extension(c, y.Year)?.Contains(y.PaymentDate) == true;

    /// <summary>True when the payment is after the end of the centralised period (and of any extension).</summary>
    public static bool PaidAfterPeriod(CaseFact c, ResidentYearFact y)
    {
        var end = Extension(c, y.Year)?.End ?? CentralPeriod(c, y.Year)?.End;
        return end is { } e && y.PaymentDate > e;
    }

    /// <summary>Cover from 1 January of Y for a payment in the centralised period with no break.</summary>
    public static void FromJanuary(IContext ctx, CaseFact c, ResidentYearFact y, string band, string basis)
    {
        var used = new List<PackValue>();
        var period = CentralPeriod(c, y.Year, used);
        var start = new LocalDate(y.Year, 1, 1);
        ctx.InsertLinked(new ResidentCoverFact(y, start, 0, 0, 0, 0, band, basis, used));
        if (period is null)
        {
            ctx.InsertLinked(new AssumptionFact("RESIDENT-PERIOD-DEFAULT", basis, new Dictionary<string, object?> { { "year", y.Year } }));
        }
    }

    /// <summary>Cover from a given day with no waiting period (extensions, exemptions).</summary>
    public static void FromDay(IContext ctx, ResidentYearFact y, LocalDate from, string band, string basis, List<PackValue> used)
        => ctx.InsertLinked(new ResidentCoverFact(y, from, 0, 0, 0, 0, band, basis, used));

    /// <summary>Beijing: paid late for one's own reasons: a waiting period of <c>resident.lateWaitMonths</c> from the payment date.</summary>
    public static void BeijingLate(IContext ctx, CaseFact c, ResidentYearFact y)
    {
        var used = new List<PackValue>();
        var wait = Params.Int(c, "resident.lateWaitMonths", y.PaymentDate, used);
        ctx.InsertLinked(new ResidentCoverFact(y, y.PaymentDate.PlusMonths(wait), wait, 0, 0, wait, "BJ-RESIDENT.LATE", "BJ-RESIDENT", used));
    }

    /// <summary>Variable months: one per whole broken year (variant <c>firstYearFree</c>: one fewer).</summary>
    public static int VariableMonths(CaseFact c, ResidentYearFact y, LocalDate on, List<PackValue> used)
    {
        var perYear = Params.Int(c, "resident.variablePerBrokenYear", on, used);
        var variant = Params.TextOr(c, "resident.variableVariant", on, "default", used);
        var years = variant == "firstYearFree" ? Math.Max(0, y.BrokenYears - 1) : y.BrokenYears;
        return years * perYear;
    }

    /// <summary>
    /// CN-RESIDENT-WAIT: fixed 3 months + 1 month per broken year, repair removes variable months, and after ≥ 4
    /// broken years the total after repair is at least 6 months; counted from the payment date.
    /// </summary>
    public static void Waiting(IContext ctx, CaseFact c, ResidentYearFact y)
    {
        // The waiting-period values belong to the insurance year: a 2025 premium paid in 2024 reads the 2025 values.
        var january = new LocalDate(y.Year, 1, 1);
        if (y.Year < FirstWaitingYear)
        {
            // 38号 sets waiting periods for insurance years from 2025; earlier years are read without one.
            var start = y.PaymentDate > january ? y.PaymentDate : january;
            ctx.InsertLinked(new ResidentCoverFact(y, start, 0, 0, 0, 0, "CN-RESIDENT-WAIT", "CN-RESIDENT-WAIT", new List<PackValue>()));
            ctx.InsertLinked(new AssumptionFact("RESIDENT-BEFORE-2025", "CN-RESIDENT-WAIT", new Dictionary<string, object?> { { "year", y.Year } }));
            return;
        }

        var on = y.PaymentDate > january ? y.PaymentDate : january;
        var used = new List<PackValue>();
        var fix = Params.Int(c, "resident.fixedWaitMonths", on, used);
        var variable = VariableMonths(c, y, on, used);
        var repaired = Math.Min(variable, c.Case.Plan.RepairYears);
        var total = fix + variable - repaired;
        var floorAfter = Params.Int(c, "resident.floorAfterBrokenYears", on, used);
        if (y.BrokenYears >= floorAfter)
        {
            var floor = Params.Int(c, "resident.floorMonths", on, used);
            if (total < floor)
            {
                // Repair may not take the total below the floor: fewer months count as repaired.
                repaired -= floor - total;
                total = floor;
            }
        }

        var countFrom = Params.TextOr(c, "resident.waitCountFrom", on, "paymentDate", used);
        var from = countFrom == "paymentMonth" ? new LocalDate(y.PaymentDate.Year, y.PaymentDate.Month, 1) : y.PaymentDate;
        var coveredFrom = from.PlusMonths(total);
        if (coveredFrom < january)
        {
            coveredFrom = january;
        }

        ctx.InsertLinked(new ResidentCoverFact(y, coveredFrom, fix, variable, repaired, total, "CN-RESIDENT-WAIT", "CN-RESIDENT-WAIT", used));
        if (CentralPeriod(c, y.Year) is null)
        {
            // Whether the payment was "outside the centralised period" rests on the default period reading.
            ctx.InsertLinked(new AssumptionFact("RESIDENT-PERIOD-DEFAULT", "CN-RESIDENT-WAIT", new Dictionary<string, object?> { { "year", y.Year } }));
        }

        if (c.Case.Plan.RepairYears > 0 && y.BrokenYears == 0)
        {
            ctx.InsertLinked(new AssumptionFact("RESIDENT-REPAIR-UNUSED", "CN-RESIDENT-WAIT"));
        }
    }

    /// <summary>CN-SWITCH: an employee-scheme member continuously enrolled ≥ 24 months whose gap before the resident payment is ≤ 3 months.</summary>
    public static bool SwitchApplies(CaseFact c, ResidentYearFact y)
    {
        var last = c.Ledger.LastPaidMonth;
        if (last is null)
        {
            return false;
        }

        var min = Params.IntOr(c, "switch.minContinuousMonths", y.PaymentDate, 24);
        var gapMonths = ((y.PaymentDate.Year - last.Month.Year) * 12) + y.PaymentDate.Month - last.Month.Month - 1;
        // A premium paid in (or before) the last employee month leaves no gap at all: still a switch.
        return gapMonths <= 3 && c.Ledger.ContinuousMonthsEndingAt(last.Month) >= min;
    }

    /// <summary>Newborn window in days, or null when the region sets none.</summary>
    public static int? NewbornWindow(CaseFact c, ResidentYearFact y) => c.Parameters.TryGetInt("resident.newbornWindowDays", y.PaymentDate);

    /// <summary>True for a newborn paying within the region's newborn window (counted from birth).</summary>
    public static bool NewbornInWindow(CaseFact c, ResidentYearFact y)
    {
        if (c.Status != ParticipantStatus.Newborn)
        {
            return false;
        }

        var window = NewbornWindow(c, y);
        return window is null || Period.Between(c.Participant.BirthDate, y.PaymentDate, PeriodUnits.Days).Days <= window;
    }

    /// <summary>Newborn: covered from birth (never before 1 January of Y when born earlier).</summary>
    public static void Newborn(IContext ctx, CaseFact c, ResidentYearFact y)
    {
        var used = new List<PackValue>();
        var from = c.Participant.BirthDate;
        ctx.InsertLinked(new ResidentCoverFact(y, from, 0, 0, 0, 0, "CN-RESIDENT-WAIT.NEWBORN", "CN-RESIDENT-WAIT", used));
        if (NewbornWindow(c, y) is null)
        {
            ctx.InsertLinked(new AssumptionFact("NEWBORN-WINDOW-UNKNOWN", "CN-RESIDENT-WAIT"));
        }
        else
        {
            ctx.InsertLinked(new AssumptionFact("NEWBORN-WINDOW-FROM-BIRTH", "CN-RESIDENT-WAIT"));
        }
    }

    /// <summary>Beijing: newly eligible (moved in, new hukou) enrolling within the window: covered from the payment month.</summary>
    public static bool NewlyEligible(CaseFact c, ResidentYearFact y)
    {
        var window = c.Parameters.TryGetInt("resident.newlyEligibleWindowDays", y.PaymentDate);
        if (window is null)
        {
            return false;
        }

        foreach (var e in c.Case.Events)
        {
            if (e.Type == CaseEventType.MovedIn && e.Date <= y.PaymentDate
                && Period.Between(e.Date, y.PaymentDate, PeriodUnits.Days).Days <= window)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The insurance year an unpaid person's payment on <paramref name="date"/> is for: the next year when the date falls
    /// in next year's centralised period; in a region without a known period, the next year when this year's fixed
    /// waiting period would run past 31 December (paying for next year then starts cover sooner).
    /// </summary>
    public static int YearForPayment(CaseFact c, LocalDate date)
    {
        var d = date.Year;
        var next = CentralPeriod(c, d + 1);
        if (next is not null)
        {
            return next.Contains(date) ? d + 1 : d;
        }

        var fix = c.Parameters.TryGetInt("resident.fixedWaitMonths", new LocalDate(d, 1, 1)) ?? 0;
        return date.PlusMonths(fix) >= new LocalDate(d + 1, 1, 1) ? d + 1 : d;
    }

    /// <summary>The end of the centralised period (or of its extension) for the year, or null when unknown.</summary>
    public static LocalDate? PeriodEnd(CaseFact c, ResidentYearFact y) => Extension(c, y.Year)?.End ?? CentralPeriod(c, y.Year)?.End;

    /// <summary>The waiting months left after repairing every broken year: the fixed months, or the floor after ≥ 4 broken years.</summary>
    public static int MinimumAfterRepair(ResidentCoverFact f)
        => f.Year.BrokenYears >= 4 ? Math.Max(6, f.FixedMonths) : f.FixedMonths;
}
