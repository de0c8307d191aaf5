using System.Buffers;
using System.Collections.ObjectModel;
using Insurance.Rules.Domain.Model;
using NodaTime;

namespace Insurance.Rules.Domain.Ledger;

/// <summary>
/// The contribution ledger of one case read the FACTS §0 way: paid months, gaps with their payment date and
/// suspension start, on-time spans, credited months and resident-scheme years. Immutable and safe to share.
/// </summary>
/// <remarks>
/// <para>Counting choices this class makes (FACTS leaves them open; each is fixed here so all rules agree):</para>
/// <list type="bullet">
/// <item>Months after the month of <c>asOf</c> are ignored, and so is any record whose <c>paidOn</c> is after
/// <c>asOf</c> (the money had not arrived on the evaluation date; a planned payment belongs in <c>plan.payOn</c>).</item>
/// <item>A month in several records counts once; the earliest payment (<c>paidOn</c>, or the first day of the
/// month when absent) wins; equal dates are settled by payer then region so record order never matters.</item>
/// <item>A <c>plan.payOn</c> before <c>asOf</c> cannot close an open gap (the money had not arrived by then), so
/// payment on <c>asOf</c> is assumed instead.</item>
/// <item>A resident-scheme record given as months instead of a year insures the years those months fall in.</item>
/// </list>
/// <para>Built in a few passes over month-indexed arrays (no per-month dictionaries, no LINQ): a ten-year monthly
/// history costs a few microseconds. <see cref="EmployeeMonths"/> is materialised on first use.</para>
/// </remarks>
public sealed class LedgerAnalysis
{
    private const byte StateUnpaid = 0;
    private const byte StateOnTime = 1;
    private const byte StateBackpaid = 2;

    private static readonly IReadOnlyList<YearMonth> NoMonths = ReadOnlyCollection<YearMonth>.Empty;

    // One slot per month from the first to the last paid employee month (month index _base + i).
    private readonly MonthSlot[] _slots;

    // The distinct regions the slots name (usually just the case region); a slot keeps an index into it.
    private readonly RegionTable _regions = new();
    private readonly int _base;
    private readonly int _lastPaidIndex;

    // One flag per year from _yearBase: insured (either scheme) and insured in the resident scheme.
    private readonly bool[] _insuredYears;
    private readonly bool[] _residentYears;
    private readonly int _yearBase;
    private readonly int _firstInsuredYear;

    private ReadOnlyCollection<PaidMonth>? _employeeMonths;

    // Records whose month ranges pass 1 notes on the stack (8 bytes each); more use a pooled array.
    private const int MaxStackRecords = 256;

    private LedgerAnalysis(InsuranceCase c, LedgerOptions options)
    {
        var asOf = c.AsOf;
        var asOfIndex = MonthIndex.Of(asOf);
        AsOfMonth = asOf.ToYearMonth();
        var records = Records(c);

        // Pass 1: the range of employee months and the resident years. Each employee record's months (up to the
        // evaluation month) are noted here for pass 2, so each record's dates are read and compared once; a record
        // that adds no month is noted as an empty range.
        var lo = int.MaxValue;
        var hi = int.MinValue;
        var residentCount = 0;
        int[]? rented = null;
        var ranges = records.Length <= MaxStackRecords
            ? stackalloc int[2 * records.Length]
            : (rented = ArrayPool<int>.Shared.Rent(2 * records.Length));
        for (var r = 0; r < records.Length; r++)
        {
            var rec = records[r];
            ranges[2 * r] = 0;
            ranges[(2 * r) + 1] = -1;
            if (rec.PaidOn is { } paid && paid > asOf)
            {
                continue;
            }

            if (rec.Scheme != Scheme.Employee)
            {
                residentCount++;
                continue;
            }

            var from = MonthIndex.Of(rec.From!.Value);
            var to = Math.Min(MonthIndex.Of(rec.To!.Value), asOfIndex);
            if (to < from)
            {
                continue;
            }

            ranges[2 * r] = from;
            ranges[(2 * r) + 1] = to;
            lo = Math.Min(lo, from);
            hi = Math.Max(hi, to);
        }

        var residentYears = BuildResidentYears(c, residentCount);
        ResidentYears = residentYears.Length == 0 ? ReadOnlyCollection<ResidentYear>.Empty : Array.AsReadOnly(residentYears);

        // Pass 2: expand the employee records into the month slots.
        _base = lo == int.MaxValue ? asOfIndex : lo;
        _slots = lo == int.MaxValue ? [] : new MonthSlot[hi - lo + 1];
        var grace = options.GraceDayOfNextMonth;
        string? lastRegion = null;
        var lastRegionIndex = -1;
        for (var r = 0; r < records.Length; r++)
        {
            var from = ranges[2 * r];
            var to = ranges[(2 * r) + 1];
            if (to < from)
            {
                continue;
            }

            var rec = records[r];
            var region = rec.Region ?? c.Region;
            if (!ReferenceEquals(region, lastRegion))
            {
                // Records nearly always share the case's region string: looked up once per change.
                lastRegion = region;
                lastRegionIndex = _regions.IndexOf(region);
            }

            var regionIndex = lastRegionIndex;
            var payer = PayerCode(rec.Payer);
            var recordPaidOn = rec.PaidOn;
            var paidOn = recordPaidOn.GetValueOrDefault();
            var hasPaidOn = recordPaidOn.HasValue;
            var paidMonth = hasPaidOn ? MonthIndex.Of(paidOn) : int.MinValue;
            for (var m = from; m <= to; m++)
            {
                ref var slot = ref _slots[m - _base];
                if (slot.State != StateUnpaid
                    && !IsEarlier(hasPaidOn ? paidOn : MonthIndex.FirstDay(m), payer, region, PaidOnAt(m - _base), slot.Payer, _regions[slot.Region]))
                {
                    continue;
                }

                slot.PaidOn = paidOn;
                slot.HasPaidOn = hasPaidOn;
                slot.Payer = payer;
                slot.Region = regionIndex;
                slot.State = IsOnTime(m, paidMonth, paidOn.Day, grace) ? StateOnTime : StateBackpaid;
            }
        }

        if (rented is not null)
        {
            ArrayPool<int>.Shared.Return(rented);
        }

        // Pass 3: run lengths, counts, first on-time month, years insured.
        var firstYear = int.MaxValue;
        var lastYear = int.MinValue;
        if (_slots.Length > 0)
        {
            firstYear = _base / 12;
            lastYear = (_base + _slots.Length - 1) / 12;
        }

        if (residentYears.Length > 0)
        {
            firstYear = Math.Min(firstYear, residentYears[0].Year);
            lastYear = Math.Max(lastYear, residentYears[^1].Year);
        }

        _yearBase = firstYear == int.MaxValue ? 0 : firstYear;
        _insuredYears = firstYear == int.MaxValue ? [] : new bool[lastYear - firstYear + 1];
        _residentYears = new bool[_insuredYears.Length];
        foreach (var year in residentYears)
        {
            _insuredYears[year.Year - _yearBase] = true;
            _residentYears[year.Year - _yearBase] = true;
        }

        var paidCount = 0;
        var lastPaid = -1;
        var firstOnTime = -1;
        for (var i = 0; i < _slots.Length; i++)
        {
            ref var slot = ref _slots[i];
            if (slot.State == StateUnpaid)
            {
                continue;
            }

            slot.Ordinal = paidCount++;
            lastPaid = i;
            if (firstOnTime < 0 && slot.State == StateOnTime)
            {
                firstOnTime = i;
            }

            _insuredYears[((_base + i) / 12) - _yearBase] = true;
        }

        PaidEmployeeMonths = paidCount;
        CreditedMonths = paidCount + c.DeemedMonths;
        _lastPaidIndex = lastPaid;
        _firstInsuredYear = int.MaxValue;
        for (var y = 0; y < _insuredYears.Length; y++)
        {
            if (_insuredYears[y])
            {
                _firstInsuredYear = _yearBase + y;
                break;
            }
        }

        // Pass 4: gaps and on-time spans.
        var (gaps, spans) = firstOnTime < 0 ? (null, null) : Scan(c, options, _base + firstOnTime, asOfIndex);
        Gaps = gaps is null ? ReadOnlyCollection<Gap>.Empty : gaps.AsReadOnly();
        Spans = spans is null ? ReadOnlyCollection<ContinuousSpan>.Empty : spans.AsReadOnly();
    }

    /// <summary>The month of <c>asOf</c>; FACTS §0: "the <c>asOf</c> month itself is not yet due".</summary>
    public YearMonth AsOfMonth { get; }

    /// <summary>
    /// Distinct paid employee-scheme months up to the <c>asOf</c> month, ascending. A month in several records
    /// (overlap) counts once: the earliest payment wins.
    /// </summary>
    public IReadOnlyList<PaidMonth> EmployeeMonths => _employeeMonths ?? MaterialiseMonths();

    /// <summary>Employee-scheme gaps, ascending (FACTS §0 "Gap").</summary>
    public IReadOnlyList<Gap> Gaps { get; }

    /// <summary>Maximal runs of consecutive employee months paid on time, ascending.</summary>
    public IReadOnlyList<ContinuousSpan> Spans { get; }

    /// <summary>
    /// FACTS CN-RETIRE-YEARS: "Credited months = distinct paid employee-scheme months (any payer) plus declared
    /// deemed months (视同缴费)". Paid months count on time or backpaid, up to the <c>asOf</c> month.
    /// </summary>
    public int CreditedMonths { get; }

    /// <summary>Distinct paid employee-scheme months, without deemed months.</summary>
    public int PaidEmployeeMonths { get; }

    /// <summary>The earliest paid employee month (any timeliness); null when there is none.</summary>
    public PaidMonth? FirstPaidMonth
    {
        get
        {
            for (var i = 0; i < _slots.Length; i++)
            {
                if (_slots[i].State != StateUnpaid)
                {
                    return MonthAt(i);
                }
            }

            return null;
        }
    }

    /// <summary>The latest paid employee month (any timeliness); null when there is none.</summary>
    public PaidMonth? LastPaidMonth => _lastPaidIndex < 0 ? null : MonthAt(_lastPaidIndex);

    /// <summary>Insured resident-scheme years, ascending, one per year.</summary>
    public IReadOnlyList<ResidentYear> ResidentYears { get; }

    /// <summary>Analyses a case's contribution ledger.</summary>
    /// <param name="c">The case.</param>
    /// <param name="options">Region counting choices; null for <see cref="LedgerOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="c"/> is null.</exception>
    public static LedgerAnalysis Analyze(InsuranceCase c, LedgerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        return new LedgerAnalysis(c, options ?? LedgerOptions.Default);
    }

    /// <summary>
    /// Whether an employee month is paid (on time or backpaid), and if so whether on time: what
    /// <see cref="FindMonth"/> tells, without building the month's <see cref="PaidMonth"/>.
    /// </summary>
    /// <param name="month">The month.</param>
    /// <param name="onTime">True when the month is paid on time; false when backpaid or unpaid.</param>
    public bool IsPaid(YearMonth month, out bool onTime)
    {
        var i = MonthIndex.Of(month) - _base;
        var paid = (uint)i < (uint)_slots.Length && _slots[i].State != StateUnpaid;
        onTime = paid && _slots[i].State == StateOnTime;
        return paid;
    }

    /// <summary>The paid employee month <paramref name="month"/>, or null when it is unpaid (or after <c>asOf</c>).</summary>
    /// <param name="month">The month to look up.</param>
    public PaidMonth? FindMonth(YearMonth month)
    {
        var i = MonthIndex.Of(month) - _base;
        return (uint)i < (uint)_slots.Length && _slots[i].State != StateUnpaid ? MonthAt(i) : null;
    }

    // One month without building the whole list (most evaluations ask for a few months, not for all of them).
    private PaidMonth MonthAt(int i)
    {
        if (_employeeMonths is { } list)
        {
            return list[_slots[i].Ordinal];
        }

        ref var slot = ref _slots[i];
        return new PaidMonth(MonthIndex.ToYearMonth(_base + i), PaidOnAt(i), slot.State == StateOnTime, PayerOf(slot), _regions[slot.Region]);
    }

    /// <summary>
    /// The length of the run of consecutive paid employee months (on time or backpaid) ending at
    /// <paramref name="lastMonth"/>; 0 when that month is unpaid. For CN-SWITCH (≥ 24) and Yichang 2022 (≥ 36).
    /// </summary>
    /// <param name="lastMonth">The last month of the run.</param>
    public int ContinuousMonthsEndingAt(YearMonth lastMonth)
    {
        return RunEndingAt(MonthIndex.Of(lastMonth) - _base);
    }

    /// <summary>True when a resident-scheme record covers <paramref name="year"/> or any employee month in it is paid.</summary>
    /// <param name="year">The calendar (insurance) year.</param>
    public bool IsInsuredInYear(int year)
    {
        var i = year - _yearBase;
        return (uint)i < (uint)_insuredYears.Length && _insuredYears[i];
    }

    /// <summary>True when the person was insured (either scheme) in some year before <paramref name="year"/>.</summary>
    /// <param name="year">The year whose predecessors are examined.</param>
    public bool EverInsuredBefore(int year) => _firstInsuredYear < year;

    /// <summary>
    /// CN-RESIDENT-WAIT "whole insurance years broken": the consecutive uninsured years immediately before
    /// <paramref name="year"/>, counting back until an insured year (either scheme).
    /// </summary>
    /// <remarks>
    /// FACTS does not say how to count for a person never insured before. Reading fixed here: a first enrolment has
    /// no broken years, so the result is 0; <see cref="EverInsuredBefore"/> lets a rule report that case.
    /// </remarks>
    /// <param name="year">The insurance year being paid for.</param>
    public int BrokenYearsBefore(int year)
    {
        if (!EverInsuredBefore(year))
        {
            return 0;
        }

        var broken = 0;
        for (var y = year - 1; !IsInsuredInYear(y); y--)
        {
            broken++;
        }

        return broken;
    }

    /// <summary>
    /// Consecutive insured resident-scheme years ending at <paramref name="year"/> (0 when that year has no resident
    /// record); for CN-RESIDENT-INCENTIVE.
    /// </summary>
    /// <param name="year">The last year of the run.</param>
    public int ConsecutiveResidentYearsThrough(int year)
    {
        var count = 0;
        for (var i = year - _yearBase; (uint)i < (uint)_residentYears.Length && _residentYears[i]; i--)
        {
            count++;
        }

        return count;
    }

    // FACTS §0: "A month is paid on time when its record has no paidOn, or paidOn falls in or before that month
    // (a region may set a grace period, e.g. Tianjin's window to the 15th of the next month)." A record without
    // paidOn comes with paidMonth = int.MinValue, which is before every month.
    private static bool IsOnTime(int month, int paidMonth, int paidDay, int? graceDay)
        => paidMonth <= month || (graceDay is { } g && paidMonth == month + 1 && paidDay <= g);

    // The earliest payment wins; equal dates are settled by payer (stated before unstated) then region, so that the
    // result never depends on record order.
    private static bool IsEarlier(LocalDate paidOn, byte payer, string region, LocalDate heldPaidOn, byte heldPayer, string heldRegion)
    {
        if (paidOn != heldPaidOn)
        {
            return paidOn < heldPaidOn;
        }

        return payer != heldPayer ? payer < heldPayer : string.CompareOrdinal(region, heldRegion) < 0;
    }

    // Payers as small codes ordered as the enum, with "not stated" last (so a stated payer wins a same-day tie).
    private static byte PayerCode(Payer? payer) => payer is { } p ? (byte)p : byte.MaxValue;

    private static Payer? PayerOf(in MonthSlot slot) => slot.Payer == byte.MaxValue ? null : (Payer)slot.Payer;

    // InsuranceCase keeps its records in an array; read it directly instead of through the interface.
    private static ContributionRecord[] Records(InsuranceCase c)
        => c.Contributions as ContributionRecord[] ?? [.. c.Contributions];

    // The payment date of slot i: the record's paidOn, or the first day of the month when it gave none.
    private LocalDate PaidOnAt(int i) => _slots[i].HasPaidOn ? _slots[i].PaidOn : MonthIndex.FirstDay(_base + i);

    // Consecutive paid months (on time or backpaid) ending at slot i; 0 when it is unpaid or outside the slots.
    // Counted on demand rather than stored per slot: callers ask for it once per gap.
    private int RunEndingAt(int i)
    {
        if ((uint)i >= (uint)_slots.Length)
        {
            return 0;
        }

        var run = 0;
        for (; i >= 0 && _slots[i].State != StateUnpaid; i--)
        {
            run++;
        }

        return run;
    }

    private static ResidentYear[] BuildResidentYears(InsuranceCase c, int candidates)
    {
        if (candidates == 0)
        {
            return [];
        }

        var records = c.Contributions;
        var asOf = c.AsOf;
        var years = new ResidentYear[candidates];
        var count = 0;
        for (var r = 0; r < records.Count; r++)
        {
            var rec = records[r];
            if (rec.Scheme != Scheme.Resident || (rec.PaidOn is { } paid && paid > asOf))
            {
                continue;
            }

            var region = rec.Region ?? c.Region;
            if (rec.Year is { } year)
            {
                // A year after the asOf year counts only when its payment had arrived (paying ahead for next year).
                if (year <= asOf.Year || rec.PaidOn is not null)
                {
                    AddResidentYear(ref years, ref count, year, rec.PaidOn, region);
                }

                continue;
            }

            var first = rec.From!.Value.Year;
            var last = Math.Min(rec.To!.Value.Year, asOf.Year);
            for (var y = first; y <= last; y++)
            {
                AddResidentYear(ref years, ref count, y, rec.PaidOn, region);
            }
        }

        if (count != years.Length)
        {
            Array.Resize(ref years, count);
        }

        return years;
    }

    // Keeps `years` sorted by year with one entry per year: a record without paidOn (on time) wins, else the
    // earliest paidOn, then the region (ordinal) so record order never matters. Grows the array when full: a range
    // record adds several years, so a year record after it may find no room left.
    private static void AddResidentYear(ref ResidentYear[] years, ref int count, int year, LocalDate? paidOn, string region)
    {
        var i = count - 1;
        while (i >= 0 && years[i].Year > year)
        {
            i--;
        }

        if (i >= 0 && years[i].Year == year)
        {
            var held = years[i];
            var better = (paidOn, held.PaidOn) switch
            {
                (null, not null) => true,
                (not null, null) => false,
                ({ } a, { } b) when a != b => a < b,
                _ => string.CompareOrdinal(region, held.Region) < 0,
            };
            if (better)
            {
                years[i] = new ResidentYear(year, paidOn, region);
            }

            return;
        }

        if (count == years.Length)
        {
            Array.Resize(ref years, Math.Max(4, years.Length * 2));
        }

        Array.Copy(years, i + 1, years, i + 2, count - i - 1);
        years[i + 1] = new ResidentYear(year, paidOn, region);
        count++;
    }

    private byte StateAt(int month)
    {
        var i = month - _base;
        return (uint)i < (uint)_slots.Length ? _slots[i].State : StateUnpaid;
    }

    private (List<Gap>? Gaps, List<ContinuousSpan> Spans) Scan(InsuranceCase c, LedgerOptions options, int firstOnTime, int asOfIndex)
    {
        List<Gap>? gaps = null;
        var spans = new List<ContinuousSpan>();
        var lastOnTime = -1;
        var spanStart = -1;
        var gapStart = -1;

        // Months before the first on-time month are no gap. The asOf month is scanned only for a payment that closes
        // a gap: FACTS §0 "the asOf month itself is not yet due ... so an unpaid current month alone is no gap".
        for (var m = firstOnTime; m <= asOfIndex; m++)
        {
            var state = StateAt(m);
            if (state == StateOnTime)
            {
                if (gapStart >= 0)
                {
                    gaps ??= [];
                    gaps.Add(BuildGap(c, options, gaps.Count, lastOnTime, gapStart, m - 1, closing: m));
                    gapStart = -1;
                }

                if (spanStart < 0)
                {
                    spanStart = m;
                }

                lastOnTime = m;
                continue;
            }

            if (spanStart >= 0)
            {
                spans.Add(new ContinuousSpan(MonthIndex.ToYearMonth(spanStart), MonthIndex.ToYearMonth(m - 1)));
                spanStart = -1;
            }

            if (m < asOfIndex && gapStart < 0)
            {
                gapStart = m;
            }
        }

        if (spanStart >= 0)
        {
            spans.Add(new ContinuousSpan(MonthIndex.ToYearMonth(spanStart), MonthIndex.ToYearMonth(lastOnTime)));
        }

        if (gapStart >= 0)
        {
            // No on-time month after the run: it reaches the last due month.
            gaps ??= [];
            gaps.Add(BuildGap(c, options, gaps.Count, lastOnTime, gapStart, asOfIndex - 1, closing: -1));
        }

        return (gaps, spans);
    }

    private Gap BuildGap(InsuranceCase c, LedgerOptions options, int index, int last, int runFrom, int runTo, int closing)
    {
        var backpaidCount = 0;
        var backpaidByEmployer = 0;
        var lastBackpaid = -1;
        LocalDate? earliest = null;
        for (var m = runFrom; m <= runTo; m++)
        {
            if (StateAt(m) != StateBackpaid)
            {
                continue;
            }

            ref var slot = ref _slots[m - _base];
            backpaidCount++;
            lastBackpaid = m;
            if (PayerOf(slot) == Payer.Employer)
            {
                backpaidByEmployer++;
            }

            // A backpaid month always has its paidOn.
            if (earliest is not { } e || slot.PaidOn < e)
            {
                earliest = slot.PaidOn;
            }
        }

        var runLength = runTo - runFrom + 1;

        // FACTS §0: "A gap is open while no month after it is paid"; a run that ends at the last due month with every
        // month backpaid is closed by those backpayments.
        var open = closing < 0 && backpaidCount < runLength;
        LocalDate paymentDate;
        PaymentKind kind;
        int to;
        var after = closing >= 0 ? closing : lastBackpaid;
        if (open)
        {
            // FACTS §0: "for an open gap, plan.payOn or else asOf"; the gap then runs to P−1.
            var planned = c.Plan.PayOn is { } payOn && payOn >= c.AsOf;
            paymentDate = planned ? c.Plan.PayOn!.Value : c.AsOf;
            kind = planned ? PaymentKind.Planned : PaymentKind.AssumedAsOf;
            to = MonthIndex.Of(paymentDate) - 1;
            after = -1;
        }
        else
        {
            // FACTS §0: "the earliest of the paidOn dates of its backpaid months and the payment date of the first
            // paid month after it (an on-time record without paidOn counts as paid on the first day of its month)".
            paymentDate = earliest ?? PaidOnAt(closing - _base);
            if (closing >= 0)
            {
                // The first paid month after the gap, and any month of the same paid run prepaid even earlier: the
                // gap closes when the person pays again, so a month paid ahead before the arrears counts from its
                // own payment date (otherwise paying the arrears earlier could move the payment date later).
                for (var m = closing; StateAt(m) != StateUnpaid; m++)
                {
                    var paid = PaidOnAt(m - _base);
                    if (paid < paymentDate)
                    {
                        paymentDate = paid;
                    }
                }
            }

            kind = PaymentKind.Actual;
            to = runTo;
        }

        var backpaid = backpaidCount == 0 ? [] : new YearMonth[backpaidCount];
        var unpaidCount = to - runFrom + 1 - backpaidCount;
        var unpaid = unpaidCount == 0 ? [] : new YearMonth[unpaidCount];
        int b = 0, u = 0;
        for (var m = runFrom; m <= to; m++)
        {
            if (m <= runTo && StateAt(m) == StateBackpaid)
            {
                backpaid[b++] = MonthIndex.ToYearMonth(m);
            }
            else
            {
                unpaid[u++] = MonthIndex.ToYearMonth(m);
            }
        }

        ref var before = ref _slots[last - _base];
        var payerAfter = after >= 0 ? PayerOf(_slots[after - _base]) : null;
        var regionAfter = after >= 0 ? _regions[_slots[after - _base].Region] : null;

        // FACTS §0: "Suspension start S: the first day of month L+1 ... unless the region says benefits stop one month
        // later (suspendFrom: secondUnpaidMonth)."
        var suspensionStart = MonthIndex.FirstDay(last + (options.SuspendFromSecondUnpaidMonth ? 2 : 1));
        var closesIn = closing >= 0 ? closing : MonthIndex.Of(paymentDate);
        var gapKind = Classify(
            c.Events,
            last,
            to,
            closesIn,
            open,
            PayerOf(before),
            payerAfter,
            backpaidCount > 0 && backpaidByEmployer == backpaidCount,
            open && ResidentYearWithin((runFrom / 12) - _yearBase, (to / 12) - _yearBase));

        return new Gap(
            index,
            MonthIndex.ToYearMonth(last),
            MonthIndex.ToYearMonth(to),
            open,
            paymentDate,
            kind,
            suspensionStart,
            backpaid.Length == 0 ? NoMonths : Array.AsReadOnly(backpaid),
            unpaid.Length == 0 ? NoMonths : Array.AsReadOnly(unpaid),
            PayerOf(before),
            payerAfter,
            _regions[before.Region],
            regionAfter,
            gapKind,
            RunEndingAt(last - _base));
    }

    private bool ResidentYearWithin(int first, int last)
    {
        for (var i = Math.Max(first, 0); i <= last && i < _residentYears.Length; i++)
        {
            if (_residentYears[i])
            {
                return true;
            }
        }

        return false;
    }

    // The precedence documented on GapKind. `last` is L, `to` the gap's last month, `closesIn` the month of the
    // payment or first paid month that closes it (P for an open gap).
    private static GapKind Classify(
        IReadOnlyList<CaseEvent> events,
        int last,
        int to,
        int closesIn,
        bool open,
        Payer? payerBefore,
        Payer? payerAfter,
        bool backpaidByEmployerOnly,
        bool residentYearInGap)
    {
        var from = last + 1;
        var gapStart = MonthIndex.FirstDay(from);
        var stoppedPaying = false;
        var arrearsPaid = false;
        LocalDate? ended = null;
        var started = false;
        var benefitsEnded = false;

        // Events are ordered by date (InsuranceCase sorts them).
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var month = MonthIndex.Of(e.Date);
            switch (e.Type)
            {
                case CaseEventType.EmployerStoppedPaying when month >= last && month <= from:
                    stoppedPaying = true;
                    break;
                case CaseEventType.EmploymentEnded when month >= last && month <= to:
                    // An employment that ended after the employer stopped paying makes the gap a departure.
                    stoppedPaying = false;
                    ended ??= e.Date;
                    break;
                case CaseEventType.EmploymentStarted when ended is { } end && e.Date >= end && month <= to + 1:
                    started = true;
                    break;
                case CaseEventType.ArrearsPaid when !open && e.Date >= gapStart && month <= closesIn:
                    arrearsPaid = true;
                    break;
                case CaseEventType.UnemploymentBenefitsEnded when month >= last && month <= to:
                    benefitsEnded = true;
                    break;
            }
        }

        if ((stoppedPaying && payerBefore != Payer.Individual) || arrearsPaid || backpaidByEmployerOnly)
        {
            return GapKind.EmployerArrears;
        }

        if (residentYearInGap)
        {
            return GapKind.SchemeSwitch;
        }

        var employerBefore = payerBefore == Payer.Employer || (payerBefore is null && ended is not null);
        var employerAfter = payerAfter == Payer.Employer || (payerAfter is null && !open && started);
        if (employerBefore && employerAfter)
        {
            return GapKind.JobChange;
        }

        if (payerBefore is Payer.Employer or Payer.UnemploymentFund
            || (payerBefore is null && (ended is not null || benefitsEnded)))
        {
            return GapKind.LeftEmployment;
        }

        return GapKind.OwnGap;
    }

    private ReadOnlyCollection<PaidMonth> MaterialiseMonths()
    {
        var months = new PaidMonth[PaidEmployeeMonths];
        for (var i = 0; i < _slots.Length; i++)
        {
            ref var slot = ref _slots[i];
            if (slot.State != StateUnpaid)
            {
                months[slot.Ordinal] = new PaidMonth(
                    MonthIndex.ToYearMonth(_base + i), PaidOnAt(i), slot.State == StateOnTime, PayerOf(slot), _regions[slot.Region]);
            }
        }

        // Two threads may race here; both build equal lists and the first one stored is kept.
        var view = months.Length == 0 ? ReadOnlyCollection<PaidMonth>.Empty : Array.AsReadOnly(months);
        return Interlocked.CompareExchange(ref _employeeMonths, view, null) ?? view;
    }

    // Kept small (16 bytes, no references): one per month of history.
    private struct MonthSlot
    {
        public LocalDate PaidOn; // meaningful only when HasPaidOn
        public int Ordinal; // position in EmployeeMonths
        public int Region; // index into _regions
        public byte Payer; // PayerCode
        public byte State;
        public bool HasPaidOn;
    }

    // Region codes by index. Almost every ledger has one or two, so a list searched by reference (the strings come
    // from the same records) beats hashing; a dictionary takes over if a case names many.
    private sealed class RegionTable
    {
        private readonly List<string> _codes = new(2);
        private Dictionary<string, int>? _index;

        public string this[int index] => _codes[index];

        public int IndexOf(string code)
        {
            if (_index is not null)
            {
                return _index.TryGetValue(code, out var known) ? known : Add(code);
            }

            for (var i = 0; i < _codes.Count; i++)
            {
                if (ReferenceEquals(_codes[i], code) || string.Equals(_codes[i], code, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return Add(code);
        }

        private int Add(string code)
        {
            _codes.Add(code);
            if (_index is null && _codes.Count > 8)
            {
                _index = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < _codes.Count; i++)
                {
                    _index[_codes[i]] = i;
                }
            }
            else
            {
                _index?.Add(code, _codes.Count - 1);
            }

            return _codes.Count - 1;
        }
    }
}
