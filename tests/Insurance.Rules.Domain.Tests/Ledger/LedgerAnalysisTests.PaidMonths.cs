using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Model;
using NodaTime;
using static Insurance.Rules.Domain.Tests.Ledger.LedgerCases;

namespace Insurance.Rules.Domain.Tests.Ledger;

public sealed partial class LedgerAnalysisTests
{
    private static PaidMonth Only(LedgerAnalysis a) => a.EmployeeMonths.Should().ContainSingle().Subject;

    [Fact]
    public void Analyze_NullCase_Throws()
    {
        var act = () => LedgerAnalysis.Analyze(null!);
        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void EmployeeMonths_NoPaidOn_OnTimeAndPaidOnFirstDayOfMonth()
    {
        var m = Only(LedgerAnalysis.Analyze(Case("2025-03-10", Month("2024-10"))));

        m.OnTime.Should().BeTrue();
        m.Backpaid.Should().BeFalse();
        m.PaidOn.Should().Be(D("2024-10-01"));
        m.Payer.Should().Be(Payer.Individual);
    }

    [Theory]
    [InlineData("2024-09-15", true)] // before the month (paid ahead)
    [InlineData("2024-10-01", true)] // first day of the month
    [InlineData("2024-10-20", true)] // in the month
    [InlineData("2024-10-31", true)] // last day of the month (month end)
    [InlineData("2024-11-01", false)] // day after: first day of the next month is a backpayment
    [InlineData("2025-01-15", false)] // months later
    public void EmployeeMonths_PaidOnBoundaries_OnTimeOnlyInOrBeforeTheMonth(string paidOn, bool onTime)
    {
        var m = Only(LedgerAnalysis.Analyze(Case("2025-03-10", Month("2024-10", paidOn: paidOn))));

        m.OnTime.Should().Be(onTime);
        m.Backpaid.Should().Be(!onTime);
        m.PaidOn.Should().Be(D(paidOn));
    }

    [Theory]
    [InlineData("2024-11-14", true)] // day before the grace day
    [InlineData("2024-11-15", true)] // on the grace day (Tianjin: to the 15th of the next month)
    [InlineData("2024-11-16", false)] // day after the grace day
    [InlineData("2024-12-10", false)] // grace covers the next month only, not the month after
    public void EmployeeMonths_TianjinGraceDay15_OnTimeToDay15OfNextMonth(string paidOn, bool onTime)
    {
        var options = new LedgerOptions { GraceDayOfNextMonth = 15 };

        var m = Only(LedgerAnalysis.Analyze(Case("2025-03-10", Month("2024-10", paidOn: paidOn)), options));

        m.OnTime.Should().Be(onTime);
    }

    [Fact]
    public void EmployeeMonths_PaidDay15OfNextMonthWithoutGrace_Backpaid()
    {
        var m = Only(LedgerAnalysis.Analyze(Case("2025-03-10", Month("2024-10", paidOn: "2024-11-15"))));

        m.OnTime.Should().BeFalse();
    }

    [Fact]
    public void EmployeeMonths_GraceIntoLeapFebruary_On29thOnTimeWithGrace29()
    {
        // Leap day: January paid on 2024-02-29 with a grace day of 29 is on time; without grace it is backpaid.
        var c = Case("2024-06-10", Month("2024-01", paidOn: "2024-02-29"));

        Only(LedgerAnalysis.Analyze(c, new LedgerOptions { GraceDayOfNextMonth = 29 })).OnTime.Should().BeTrue();
        Only(LedgerAnalysis.Analyze(c)).OnTime.Should().BeFalse();
    }

    [Fact]
    public void EmployeeMonths_Ranges_ExpandedAscendingWithRegionOfRecordOrCase()
    {
        var a = LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2024-11", "2025-01", Payer.Employer, region: "330200"),
            Range("2024-08", "2024-10", Payer.Employer)));

        a.EmployeeMonths.Select(m => m.Month).Should().Equal(
            M("2024-08"), M("2024-09"), M("2024-10"), M("2024-11"), M("2024-12"), M("2025-01"));
        a.EmployeeMonths[0].Region.Should().Be(CaseRegion, "a record without region is paid in the case region");
        a.EmployeeMonths[3].Region.Should().Be("330200");
    }

    [Fact]
    public void EmployeeMonths_OverlappingRangeAndSingleMonth_CountedOnceEarliestPaymentWins()
    {
        // The range is on time (no paidOn = first day of each month); the duplicate June record was paid late.
        var a = LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Month("2024-06", Payer.Individual, paidOn: "2024-09-01"),
            Range("2024-01", "2024-12", Payer.Employer)));

        a.PaidEmployeeMonths.Should().Be(12);
        a.EmployeeMonths.Should().HaveCount(12);
        var june = a.FindMonth(M("2024-06"))!;
        june.OnTime.Should().BeTrue();
        june.Payer.Should().Be(Payer.Employer);
        june.PaidOn.Should().Be(D("2024-06-01"));
    }

    [Fact]
    public void EmployeeMonths_DuplicatePaidAheadOfRange_EarlierPrepaymentWins()
    {
        var a = LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2024-01", "2024-12", Payer.Employer),
            Month("2024-06", Payer.Individual, paidOn: "2024-05-20")));

        var june = a.FindMonth(M("2024-06"))!;
        june.PaidOn.Should().Be(D("2024-05-20"));
        june.Payer.Should().Be(Payer.Individual);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EmployeeMonths_DuplicatesPaidSameDay_TieSettledByPayerThenRegionWhateverTheOrder(bool reversed)
    {
        ContributionRecord[] records =
        [
            Month("2024-06", Payer.Individual, paidOn: "2024-06-10", region: "110000"),
            Month("2024-06", Payer.Employer, paidOn: "2024-06-10", region: "330200"),
            Month("2024-06", Payer.Employer, paidOn: "2024-06-10", region: "320400"),
            Month("2024-06", payer: null, paidOn: "2024-06-10", region: "120000"),
        ];
        if (reversed)
        {
            Array.Reverse(records);
        }

        var june = Only(LedgerAnalysis.Analyze(Case("2025-03-10", records)));

        june.Payer.Should().Be(Payer.Employer, "a stated payer with the lowest code wins a same-day tie");
        june.Region.Should().Be("320400", "then the region code in ordinal order");
    }

    [Fact]
    public void EmployeeMonths_TwoOverlappingRanges_UnionCountedOnce()
    {
        var a = LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            Range("2024-01", "2024-06", Payer.Employer),
            Range("2024-04", "2024-09", Payer.Individual, paidOn: "2024-03-25")));

        a.PaidEmployeeMonths.Should().Be(9);
        a.FindMonth(M("2024-03"))!.Payer.Should().Be(Payer.Employer);
        a.FindMonth(M("2024-04"))!.Payer.Should().Be(Payer.Individual, "paid 2024-03-25, before the employer's 2024-04-01");
    }

    [Fact]
    public void Analyze_ShuffledRecords_SameResult()
    {
        ContributionRecord[] records =
        [
            Range("2020-01", "2022-06", Payer.Employer),
            Range("2022-10", "2023-03", Payer.Individual, paidOn: "2023-04-02"),
            Range("2023-04", "2024-02", Payer.Individual),
            Month("2023-06", Payer.Employer, paidOn: "2023-08-01"),
            Range("2024-05", "2024-07", Payer.Individual, paidOn: "2024-09-30"),
            Month("2024-08", Payer.Individual),
            Year(2019),
            Year(2025, paidOn: "2024-12-01"),
        ];
        var events = new[] { Event("2022-06-30", CaseEventType.EmploymentEnded) };
        var expected = Describe(LedgerAnalysis.Analyze(Case("2025-03-10", records, events: events)));
        expected.Should().Contain("gap").And.Contain("span");

        var random = new Random(20250310);
        for (var i = 0; i < 20; i++)
        {
            var shuffled = records.OrderBy(_ => random.Next()).ToArray();
            Describe(LedgerAnalysis.Analyze(Case("2025-03-10", shuffled, events: events))).Should().Be(expected);
        }
    }

    [Fact]
    public void EmployeeMonths_AsOfMonthPaidOnOrBeforeAsOf_CountsAsPaid()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Month("2025-03", paidOn: "2025-03-10")));

        Only(a).Month.Should().Be(M("2025-03"));
        a.AsOfMonth.Should().Be(M("2025-03"));
    }

    [Fact]
    public void EmployeeMonths_PaidOnAfterAsOf_Ignored()
    {
        // Day after asOf: the money had not arrived on the evaluation date.
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Month("2025-03", paidOn: "2025-03-11"), Month("2025-01", paidOn: "2025-03-11")));

        a.EmployeeMonths.Should().BeEmpty();
        a.PaidEmployeeMonths.Should().Be(0);
        a.LastPaidMonth.Should().BeNull();
    }

    [Fact]
    public void EmployeeMonths_MonthsAfterAsOfMonth_Ignored()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Range("2025-01", "2025-12")));

        a.EmployeeMonths.Select(m => m.Month).Should().Equal(M("2025-01"), M("2025-02"), M("2025-03"));
        a.CreditedMonths.Should().Be(3);
        a.LastPaidMonth!.Month.Should().Be(M("2025-03"));
    }

    [Fact]
    public void CreditedMonths_PaidAnyPayerOrTimelinessPlusDeemed_Counted()
    {
        var a = LedgerAnalysis.Analyze(Case(
            "2025-03-10",
            [
                Range("2023-01", "2023-12", Payer.Employer),
                Range("2024-01", "2024-06", Payer.UnemploymentFund),
                Range("2024-07", "2024-12", Payer.Individual, paidOn: "2025-01-20"), // backpaid, still credited
                Range("2024-10", "2024-11", Payer.Individual), // overlap, not counted twice
                Year(2022), // resident scheme: never credited
            ],
            deemedMonths: 60));

        a.PaidEmployeeMonths.Should().Be(24);
        a.CreditedMonths.Should().Be(84);
    }

    [Fact]
    public void LastPaidMonth_BackpaidLastMonth_ReturnedAndEqualToTheListsLast()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Range("2024-01", "2024-06"), Month("2024-09", paidOn: "2024-12-01")));

        // Asked before the list exists (built on its own), then after (taken from the list): the same value.
        var alone = a.LastPaidMonth!;
        alone.Month.Should().Be(M("2024-09"));
        alone.Backpaid.Should().BeTrue();
        alone.Should().Be(a.EmployeeMonths[^1]);
        a.LastPaidMonth.Should().BeSameAs(a.EmployeeMonths[^1]);
        a.FirstPaidMonth.Should().BeSameAs(a.EmployeeMonths[0]);
        a.FirstPaidMonth!.Month.Should().Be(M("2024-01"));
    }

    [Fact]
    public void FirstPaidMonth_NoPaidMonth_Null()
        => LedgerAnalysis.Analyze(Case("2025-03-10")).FirstPaidMonth.Should().BeNull();

    [Fact]
    public void PaidMonth_Equality_IsByValue()
    {
        var a = new PaidMonth(M("2024-09"), new LocalDate(2024, 12, 1), onTime: false, Payer.Individual, "420500");

        a.Should().Be(new PaidMonth(M("2024-09"), new LocalDate(2024, 12, 1), onTime: false, Payer.Individual, "420500"));
        a.GetHashCode().Should().Be(new PaidMonth(M("2024-09"), new LocalDate(2024, 12, 1), onTime: false, Payer.Individual, "420500").GetHashCode());
        a.Should().NotBe(new PaidMonth(M("2024-09"), new LocalDate(2024, 12, 1), onTime: false, Payer.Employer, "420500"), "payer differs");
        a.Should().NotBe(new PaidMonth(M("2024-09"), new LocalDate(2024, 12, 2), onTime: false, Payer.Individual, "420500"), "payment date differs");
        a.Should().NotBe(new PaidMonth(M("2024-09"), new LocalDate(2024, 12, 1), onTime: false, null, "420500"), "no payer stated");
        a.Should().NotBe(new PaidMonth(M("2024-09"), new LocalDate(2024, 12, 1), onTime: false, Payer.Individual, null), "region differs");
    }

    [Fact]
    public void FindMonth_UnpaidOrOutsideHistory_Null()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Range("2024-01", "2024-03"), Range("2024-06", "2024-07")));

        a.FindMonth(M("2024-04")).Should().BeNull();
        a.FindMonth(M("2023-12")).Should().BeNull();
        a.FindMonth(M("2025-01")).Should().BeNull();
        a.FindMonth(M("2024-07"))!.Month.Should().Be(M("2024-07"));
    }

    [Fact]
    public void Analyze_NoEmployeeRecords_EmptyLedger()
    {
        var a = LedgerAnalysis.Analyze(Case("2025-03-10", Year(2024)));

        a.EmployeeMonths.Should().BeEmpty();
        a.Gaps.Should().BeEmpty();
        a.Spans.Should().BeEmpty();
        a.CreditedMonths.Should().Be(0);
        a.ContinuousMonthsEndingAt(M("2025-02")).Should().Be(0);
    }

    private static string Describe(LedgerAnalysis a)
    {
        var parts = new List<string>();
        parts.AddRange(a.EmployeeMonths.Select(m => $"{m.Month:yyyy-MM}/{m.PaidOn:yyyy-MM-dd}/{m.OnTime}/{m.Payer}/{m.Region}"));
        parts.AddRange(a.Gaps.Select(g =>
            $"gap {g.Index} {g.From:yyyy-MM}..{g.To:yyyy-MM} {g.Months} {g.Open} {g.PaymentDate:yyyy-MM-dd} {g.Days} {g.Kind} " +
            $"{g.PayerBefore}>{g.PayerAfter} b[{string.Join(",", g.BackpaidMonths)}] u[{string.Join(",", g.UnpaidMonths)}] c{g.ContinuousMonthsBefore}"));
        parts.AddRange(a.Spans.Select(s => $"span {s.From:yyyy-MM}..{s.To:yyyy-MM} {s.Months}"));
        parts.AddRange(a.ResidentYears.Select(y => $"res {y.Year} {y.PaidOn}"));
        parts.Add($"credited {a.CreditedMonths} last {a.LastPaidMonth?.Month}");
        return string.Join("\n", parts);
    }
}

public sealed partial class LedgerAnalysisTests
{
    [Theory]
    [InlineData(256)] // the most records whose months are noted on the stack (boundary)
    [InlineData(257)] // one more: a pooled array
    [InlineData(480)] // forty years of monthly records
    public void Analyze_ManyMonthlyRecords_SameLedgerAsTheSameMonthsInRanges(int months)
    {
        // The same history twice: one record per month (with a record after the evaluation date, a resident year and a
        // region change among them), and the same months as a few ranges.
        var first = M("1985-01");
        var monthly = new List<ContributionRecord>();
        for (var i = 0; i < months; i++)
        {
            var m = first.PlusMonths(i);
            monthly.Add(ContributionRecord.ForMonth(m, Scheme.Employee, Payer.Employer, region: i == months / 2 ? "330200" : null));
        }

        var last = first.PlusMonths(months - 1);
        var ranged = new List<ContributionRecord>
        {
            ContributionRecord.ForRange(first, first.PlusMonths((months / 2) - 1), Scheme.Employee, Payer.Employer),
            ContributionRecord.ForMonth(first.PlusMonths(months / 2), Scheme.Employee, Payer.Employer, region: "330200"),
        };
        if (months / 2 < months - 1)
        {
            ranged.Add(ContributionRecord.ForRange(first.PlusMonths((months / 2) + 1), last, Scheme.Employee, Payer.Employer));
        }

        foreach (var list in new[] { monthly, ranged })
        {
            list.Add(ContributionRecord.ForMonth(M("2030-01"), Scheme.Employee, Payer.Employer, paidOn: D("2030-01-05")));
            list.Add(ContributionRecord.ForYear(2030));
        }

        var asOf = last.PlusMonths(3).OnDayOfMonth(10).ToString("uuuu-MM-dd", null);
        var a = LedgerAnalysis.Analyze(Case(asOf, [.. monthly]));
        var b = LedgerAnalysis.Analyze(Case(asOf, [.. ranged]));

        a.EmployeeMonths.Should().HaveCount(months).And.Equal(b.EmployeeMonths);
        a.EmployeeMonths[months / 2].Region.Should().Be("330200");
        a.Gaps.Should().ContainSingle().Which.From.Should().Be(last.PlusMonths(1));
        a.Gaps.Select(g => (g.From, g.To, g.SuspensionStart)).Should().Equal(b.Gaps.Select(g => (g.From, g.To, g.SuspensionStart)));
        a.CreditedMonths.Should().Be(b.CreditedMonths).And.Be(months);
    }
}
