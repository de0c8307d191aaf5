using Insurance.Rules.Domain.Model;
using NodaTime;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// Builds valid cases from a seed: every region pack (plus codes that fall back to a province or CN, and aliases),
/// every participant status, both schemes and all payers, evaluation dates 2015–2030, and employee histories made of
/// on-time runs separated by gaps of every shape — unpaid and closed by the next payment, fully or partly backpaid,
/// open at the end with or without a planned payment — with lengths and payment dates clustered on the boundaries
/// the rules care about (1–4 and 6 months, 60/61 and 180/181 days, month ends, leap days). Resident-scheme years
/// are paid on time, in a centralised period, in an extension or late, with broken years and repair plans.
/// </summary>
/// <remarks>
/// A fraction of cases is "wild": overlapping records, payments dated after <c>asOf</c>, a planned payment before
/// <c>asOf</c>, months after <c>asOf</c>. The validator accepts these, so the library must not fail on them; the
/// invariants that assume a tidy history are not checked on them (see <see cref="GeneratedCase.Wild"/>).
/// </remarks>
internal sealed class CaseGenerator
{
    private static readonly ParticipantStatus[] Statuses = Enum.GetValues<ParticipantStatus>();
    private static readonly CaseEventType[] EventTypes = Enum.GetValues<CaseEventType>();

    // Codes with no pack of their own: they fall back to their province's pack, or to CN.
    private static readonly string[] FallbackCodes = ["420100", "440300", "320500", "330100", "110105", "370200", "350200", "650100", "120101"];

    private readonly IReadOnlyList<string> packCodes;
    private readonly IReadOnlyList<string> aliases;

    public CaseGenerator(EligibilityCalculator calculator)
    {
        packCodes = calculator.Packs.Packs.Select(p => p.Code).Order(StringComparer.Ordinal).ToArray();
        aliases = calculator.Packs.Packs.SelectMany(p => p.Aliases).Order(StringComparer.Ordinal).ToArray();
    }

    public GeneratedCase Generate(ulong seed)
    {
        var r = new SeededRandom(seed);
        var wild = r.Chance(10);
        var asOf = RandomDate(r, new LocalDate(2015, 1, 1), new LocalDate(2030, 12, 31));
        if (r.Chance(8))
        {
            asOf = r.Pick(BoundaryDates(asOf.Year));
        }

        var region = Region(r);
        var status = r.Pick(Statuses);
        var sex = r.Chance(50) ? Sex.Male : Sex.Female;
        var birth = BirthDate(r, asOf, status);
        int? originalAge = r.Weighted(60, 40) == 0 ? null : sex == Sex.Male ? 60 : r.Chance(50) ? 50 : 55;
        var hukou = r.Chance(60) ? new Hukou(r.Chance(70) ? CodeOf(region) : Region(r, allowAlias: false), r.Chance(50) ? HukouType.Agricultural : HukouType.NonAgricultural) : null;
        var permit = r.Chance(25) ? Region(r, allowAlias: false) : null;
        var participant = new Participant(r.Chance(90) ? $"G-{seed:X16}" : null, birth, sex, originalAge, status, hukou, permit);

        var records = new List<ContributionRecord>();
        var events = new List<CaseEvent>();
        LocalDate? payOn = null;

        var shape = r.Weighted(70, 15, 15); // employee history, resident years, both
        if (shape != 1 && !(status is ParticipantStatus.Newborn && r.Chance(80)))
        {
            EmployeeHistory(r, asOf, birth, status, region, wild, records, events);
        }

        if (shape != 0)
        {
            ResidentYears(r, asOf, birth, records);
        }

        if (status == ParticipantStatus.Newborn && r.Chance(70))
        {
            events.Add(new CaseEvent(birth, CaseEventType.Born));
        }

        // A few unrelated events anywhere in the history.
        for (var i = r.Between(0, 2); i > 0; i--)
        {
            events.Add(new CaseEvent(RandomDate(r, Max(birth, asOf.PlusYears(-10)), asOf), r.Pick(EventTypes)));
        }

        if (r.Chance(50))
        {
            payOn = PlannedPayment(r, asOf, wild);
        }

        var repair = r.Chance(20) ? r.Between(1, 6) : 0;
        var deemed = r.Chance(15) ? r.Between(1, 240) : 0;

        if (wild)
        {
            Wilden(r, asOf, records);
        }

        var c = new InsuranceCase(asOf, region, participant, records, deemed, events, payOn is null && repair == 0 ? null : new Plan(payOn, repair));
        return new GeneratedCase(seed, c, wild);
    }

    /// <summary>Dates the rules are sensitive to: month ends, the leap day, the turn of the year, the 15th/16th/25th/26th.</summary>
    public static IReadOnlyList<LocalDate> BoundaryDates(int year)
    {
        var list = new List<LocalDate>
        {
            new(year, 1, 1), new(year, 1, 31), new(year, 2, 28), new(year, 3, 1), new(year, 3, 31), new(year, 6, 30),
            new(year, 9, 1), new(year, 11, 30), new(year, 12, 31), new(year, 2, 15), new(year, 2, 16), new(year, 2, 25), new(year, 2, 26),
        };
        if (CalendarSystem.Iso.IsLeapYear(year))
        {
            list.Add(new LocalDate(year, 2, 29));
        }

        return list;
    }

    private static LocalDate PlannedPayment(SeededRandom r, LocalDate asOf, bool wild)
    {
        if (wild && r.Chance(30))
        {
            return asOf.PlusDays(-r.Between(1, 90));
        }

        return r.Weighted(30, 40, 30) switch
        {
            0 => asOf,
            1 => asOf.PlusDays(r.Between(1, 400)),
            _ => EndOfMonth(asOf.ToYearMonth().PlusMonths(r.Between(0, 8))),
        };
    }

    private void EmployeeHistory(
        SeededRandom r, LocalDate asOf, LocalDate birth, ParticipantStatus status, string region, bool wild,
        List<ContributionRecord> records, List<CaseEvent> events)
    {
        var asOfMonth = asOf.ToYearMonth();
        // Most histories start in 2000 or later; a few reach back into the 1990s, as an older worker's would.
        var earliest = Max(birth.PlusYears(16), r.Chance(3) ? new LocalDate(1993, 1, 1) : new LocalDate(2000, 1, 1)).ToYearMonth();
        if (earliest > asOfMonth)
        {
            earliest = asOfMonth;
        }

        var back = r.Weighted(30, 40, 30) switch { 0 => r.Between(1, 24), 1 => r.Between(25, 120), _ => r.Between(121, 400) };
        var cursor = Max(earliest, asOfMonth.PlusMonths(-back));
        var payer = InitialPayer(r, status);
        string? recordRegion = null;

        while (cursor <= asOfMonth)
        {
            // An on-time run.
            var run = r.Weighted(25, 35, 40) switch { 0 => r.Between(1, 3), 1 => r.Between(4, 24), _ => r.Between(25, 120) };
            var last = cursor.PlusMonths(run - 1);
            if (last > asOfMonth)
            {
                last = r.Chance(15) ? last : asOfMonth; // sometimes months after asOf (ignored by the ledger)
            }

            AddOnTime(r, records, cursor, last, payer, recordRegion);
            if (last >= asOfMonth)
            {
                return;
            }

            // The gap that follows.
            var gapMonths = GapLength(r);
            var gapFrom = last.PlusMonths(1);
            var gapTo = last.PlusMonths(gapMonths);
            var s = FirstDay(gapFrom);
            if (r.Chance(40))
            {
                events.Add(new CaseEvent(EndOfMonth(last), GapEvent(r, payer)));
            }

            // Who pays after the gap and where: same, or a job change, a move, a switch to flexible work.
            var nextPayer = r.Chance(65) ? payer : InitialPayer(r, status);
            if (r.Chance(15))
            {
                recordRegion = r.Chance(50) ? null : Region(r, allowAlias: false);
            }

            var kind = r.Weighted(30, 30, 10, 30); // unpaid then resumed, fully backpaid, partly backpaid, open at the end
            if (gapTo >= asOfMonth || kind == 3)
            {
                // Open gap: nothing after it (the planned payment, if any, closes it).
                return;
            }

            var payment = PaymentDate(r, s, gapTo, asOf);
            if (kind is 1 or 2)
            {
                var backFrom = kind == 1 ? gapFrom : gapFrom.PlusMonths(r.Between(0, gapMonths - 1));
                if (payment.ToYearMonth() > gapTo)
                {
                    AddRecords(r, records, backFrom, gapTo, nextPayer, payment, recordRegion);
                }
            }

            // The next run starts in the payment month (paid on time there) or, when nothing was backpaid, the month after the gap.
            cursor = kind is 1 or 2 ? Max(payment.ToYearMonth(), gapTo.PlusMonths(1)) : gapTo.PlusMonths(1);
            if (kind == 0 && r.Chance(50))
            {
                // Resume by paying a later month late in its own month: still on time, with a paidOn.
                var first = cursor;
                var paid = RandomDate(r, FirstDay(first), Min(EndOfMonth(first), asOf));
                if (first <= asOfMonth && paid <= asOf)
                {
                    records.Add(ContributionRecord.ForMonth(first, Scheme.Employee, nextPayer, paid, recordRegion));
                    cursor = first.PlusMonths(1);
                }
            }

            payer = nextPayer;
            if (wild && r.Chance(20))
            {
                cursor = cursor.PlusMonths(-r.Between(1, 6)); // overlapping records
            }
        }
    }

    private static void AddOnTime(SeededRandom r, List<ContributionRecord> records, YearMonth from, YearMonth to, Payer? payer, string? region)
    {
        switch (r.Weighted(60, 25, 15))
        {
            case 0:
                records.Add(ContributionRecord.ForRange(from, to, Scheme.Employee, payer, null, region));
                break;
            case 1:
                // Split into chunks, some given as single months.
                for (var m = from; m <= to;)
                {
                    var end = m.PlusMonths(r.Between(0, 11));
                    if (end > to)
                    {
                        end = to;
                    }

                    records.Add(m == end
                        ? ContributionRecord.ForMonth(m, Scheme.Employee, payer, null, region)
                        : ContributionRecord.ForRange(m, end, Scheme.Employee, payer, null, region));
                    m = end.PlusMonths(1);
                }

                break;
            default:
                // Prepaid: paidOn on or before the first month keeps every month on time.
                records.Add(ContributionRecord.ForRange(from, to, Scheme.Employee, payer, RandomDate(r, FirstDay(from).PlusDays(-40), FirstDay(from)), region));
                break;
        }
    }

    private static void AddRecords(SeededRandom r, List<ContributionRecord> records, YearMonth from, YearMonth to, Payer? payer, LocalDate paidOn, string? region)
    {
        if (r.Chance(70) || from == to)
        {
            records.Add(from == to
                ? ContributionRecord.ForMonth(from, Scheme.Employee, payer, paidOn, region)
                : ContributionRecord.ForRange(from, to, Scheme.Employee, payer, paidOn, region));
            return;
        }

        for (var m = from; m <= to; m = m.PlusMonths(1))
        {
            records.Add(ContributionRecord.ForMonth(m, Scheme.Employee, payer, paidOn, region));
        }
    }

    // Payment dates clustered on the day-count and month-count boundaries, never before the month after the gap.
    private static LocalDate PaymentDate(SeededRandom r, LocalDate s, YearMonth gapTo, LocalDate asOf)
    {
        var earliest = FirstDay(gapTo.PlusMonths(1));
        var candidate = r.Weighted(40, 20, 20, 20) switch
        {
            0 => s.PlusDays(r.Pick(DayBoundaries)),
            1 => RandomDate(r, earliest, EndOfMonth(gapTo.PlusMonths(1))),
            2 => EndOfMonth(gapTo.PlusMonths(r.Between(1, 3))),
            _ => earliest.PlusDays(r.Between(0, 400)),
        };

        candidate = Max(candidate, earliest);
        return Min(candidate, asOf);
    }

    private static readonly int[] DayBoundaries = [0, 1, 30, 31, 59, 60, 61, 62, 89, 90, 91, 92, 120, 179, 180, 181, 182, 365, 366];

    private static int GapLength(SeededRandom r) => r.Weighted(20, 15, 15, 12, 8, 8, 12, 10) switch
    {
        0 => 1,
        1 => 2,
        2 => 3,
        3 => 4,
        4 => 5,
        5 => 6,
        6 => r.Between(7, 24),
        _ => r.Between(25, 120),
    };

    private static void ResidentYears(SeededRandom r, LocalDate asOf, LocalDate birth, List<ContributionRecord> records)
    {
        var first = Math.Max(Math.Max(2000, birth.Year), asOf.Year - r.Between(0, 12));
        var last = asOf.Year + (r.Chance(30) ? 1 : 0);
        for (var y = first; y <= last; y++)
        {
            if (r.Chance(25))
            {
                continue; // a broken year
            }

            LocalDate? paidOn = r.Weighted(30, 25, 15, 10, 20) switch
            {
                0 => null,
                1 => RandomDate(r, new LocalDate(y - 1, 9, 1), new LocalDate(y - 1, 12, 31)), // centralised period
                2 => RandomDate(r, new LocalDate(y, 1, 1), new LocalDate(y, 2, CalendarSystem.Iso.IsLeapYear(y) ? 29 : 28)), // extension
                3 => r.Pick(BoundaryDates(y - 1)),
                _ => RandomDate(r, new LocalDate(y, 3, 1), new LocalDate(y, 12, 31)), // late
            };

            if (paidOn is { } p && p > asOf && y <= asOf.Year)
            {
                paidOn = null;
            }

            if (y > asOf.Year && paidOn is null)
            {
                continue; // next year counts only when paid ahead
            }

            if (paidOn is { } paid && paid < birth)
            {
                paidOn = birth;
            }

            records.Add(ContributionRecord.ForYear(y, paidOn));
        }
    }

    private static void Wilden(SeededRandom r, LocalDate asOf, List<ContributionRecord> records)
    {
        var m = asOf.ToYearMonth().PlusMonths(-r.Between(0, 36));
        switch (r.Between(0, 3))
        {
            case 0:
                records.Add(ContributionRecord.ForMonth(m, Scheme.Employee, Payer.Individual, asOf.PlusDays(r.Between(1, 60)))); // money not yet arrived
                break;
            case 1:
                records.Add(ContributionRecord.ForRange(m, m.PlusMonths(r.Between(0, 30)), Scheme.Employee, null, null)); // overlap, and months after asOf
                break;
            case 2:
                records.Add(ContributionRecord.ForRange(m, m.PlusMonths(r.Between(0, 5)), Scheme.Resident, null, FirstDay(m).PlusDays(r.Between(0, 90)))); // resident scheme given as months
                break;
            default:
                records.Add(ContributionRecord.ForMonth(m, Scheme.Employee, Payer.Employer, FirstDay(m).PlusDays(-r.Between(1, 400)))); // paid long in advance
                break;
        }
    }

    private static Payer? InitialPayer(SeededRandom r, ParticipantStatus status)
    {
        if (r.Chance(10))
        {
            return null;
        }

        return status switch
        {
            ParticipantStatus.Flexible => r.Chance(80) ? Payer.Individual : Payer.Employer,
            ParticipantStatus.Employed => r.Chance(80) ? Payer.Employer : Payer.Individual,
            ParticipantStatus.UnemployedWithBenefits => r.Pick([Payer.UnemploymentFund, Payer.Employer, Payer.Individual]),
            _ => r.Pick([Payer.Employer, Payer.Individual, Payer.UnemploymentFund]),
        };
    }

    private static CaseEventType GapEvent(SeededRandom r, Payer? payer) => payer switch
    {
        Payer.Employer => r.Chance(50) ? CaseEventType.EmploymentEnded : CaseEventType.EmployerStoppedPaying,
        Payer.UnemploymentFund => CaseEventType.UnemploymentBenefitsEnded,
        _ => r.Pick([CaseEventType.MovedIn, CaseEventType.EmploymentEnded, CaseEventType.EmploymentStarted]),
    };

    private static LocalDate BirthDate(SeededRandom r, LocalDate asOf, ParticipantStatus status)
    {
        var (minDays, maxDays) = status switch
        {
            ParticipantStatus.Newborn => (0, 300),
            ParticipantStatus.Child => (1, 16 * 365),
            ParticipantStatus.Student => (6 * 365, 26 * 365),
            ParticipantStatus.Retired => (50 * 365, 85 * 365),
            _ => (16 * 365, 70 * 365),
        };

        return asOf.PlusDays(-r.Between(minDays, maxDays));
    }

    private string Region(SeededRandom r, bool allowAlias = true) => r.Weighted(80, 12, allowAlias ? 8 : 0) switch
    {
        0 => r.Pick(packCodes),
        1 => r.Pick(FallbackCodes),
        _ => aliases.Count == 0 ? r.Pick(packCodes) : r.Pick(aliases),
    };

    // A hukou region must be a code, not an alias.
    private string CodeOf(string region)
    {
        foreach (var pack in EligibilityCalculator.Default.Packs.Packs)
        {
            if (pack.Aliases.Contains(region))
            {
                return pack.Code;
            }
        }

        return region == "CN" ? "110000" : region;
    }

    private static LocalDate RandomDate(SeededRandom r, LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            return from;
        }

        return from.PlusDays(r.Between(0, Period.DaysBetween(from, to)));
    }

    private static LocalDate FirstDay(YearMonth m) => m.OnDayOfMonth(1);

    private static LocalDate EndOfMonth(YearMonth m) => m.OnDayOfMonth(m.Calendar.GetDaysInMonth(m.Year, m.Month));

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

    private static YearMonth Max(YearMonth a, YearMonth b) => a > b ? a : b;
}

/// <summary>A generated case with the seed that rebuilds it.</summary>
/// <param name="Seed">The case seed (replay with INSURANCE_RULES_FUZZ_REPLAY).</param>
/// <param name="Case">The case.</param>
/// <param name="Wild">True for untidy histories (overlaps, payments after asOf): only the robustness invariants apply.</param>
internal sealed record GeneratedCase(ulong Seed, InsuranceCase Case, bool Wild);
