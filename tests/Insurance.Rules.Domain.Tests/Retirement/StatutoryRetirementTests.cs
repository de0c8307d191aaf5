using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Retirement;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Domain.Tests.Retirement;

public sealed class StatutoryRetirementTests
{
    private static LocalDate Born(string month, int day = 15) => YearMonthPattern.Iso.Parse(month).Value.OnDayOfMonth(day);

    private static YearMonth M(string text) => YearMonthPattern.Iso.Parse(text).Value;

    [Theory]
    // research-notes §3.1 rows 1–14 (S-alg: official algorithm, values matching the 电子社保卡 calculator).
    [InlineData(1, Sex.Male, 60, "1965-01", 1, "2025-02")]
    [InlineData(2, Sex.Male, 60, "1966-01", 4, "2026-05")]
    [InlineData(3, Sex.Male, 60, "1975-06", 32, "2038-02")]
    [InlineData(4, Sex.Male, 60, "1988-09", 36, "2051-09")]
    [InlineData(5, Sex.Female, 55, "1970-01", 1, "2025-02")]
    [InlineData(6, Sex.Female, 55, "1970-06", 2, "2025-08")]
    [InlineData(7, Sex.Female, 55, "1970-09", 3, "2025-12")]
    [InlineData(8, Sex.Female, 55, "1971-06", 5, "2026-11")]
    [InlineData(9, Sex.Female, 55, "1988-09", 36, "2046-09")]
    [InlineData(10, Sex.Female, 50, "1975-01", 1, "2025-02")]
    [InlineData(11, Sex.Female, 50, "1975-06", 3, "2025-09")]
    [InlineData(12, Sex.Female, 50, "1976-06", 9, "2027-03")]
    [InlineData(13, Sex.Female, 50, "1977-01", 13, "2028-02")]
    [InlineData(14, Sex.Female, 50, "1984-11", 60, "2039-11")]
    public void Compute_ResearchNotesRows_Reproduced(int row, Sex sex, int originalAge, string born, int delay, string retires)
    {
        var r = StatutoryRetirement.Compute(Born(born), sex, originalAge);

        r.DelayMonths.Should().Be(delay, $"row {row}");
        r.RetirementMonth.Should().Be(M(retires), $"row {row}");
        r.OriginalMonth.Should().Be(M(born).PlusMonths(originalAge * 12));
    }

    [Theory]
    [InlineData(Sex.Male, 60, "1964-12")] // original month 2024-12: day before the reform month → no delay
    [InlineData(Sex.Female, 55, "1969-12")]
    [InlineData(Sex.Female, 50, "1974-12")]
    public void Compute_OriginalMonthDecember2024_NoDelay(Sex sex, int originalAge, string born)
    {
        var r = StatutoryRetirement.Compute(Born(born), sex, originalAge);

        r.OriginalMonth.Should().Be(M("2024-12"));
        r.DelayMonths.Should().Be(0);
        r.RetirementMonth.Should().Be(M("2024-12"));
    }

    [Theory]
    [InlineData(Sex.Male, 60, "1965-01")] // original month 2025-01: first delayed cohort, k = 1
    [InlineData(Sex.Female, 55, "1970-01")]
    [InlineData(Sex.Female, 50, "1975-01")]
    public void Compute_OriginalMonthJanuary2025_OneMonthDelay(Sex sex, int originalAge, string born)
    {
        var r = StatutoryRetirement.Compute(Born(born), sex, originalAge);

        r.OriginalMonth.Should().Be(M("2025-01"));
        r.DelayMonths.Should().Be(1);
        r.RetirementMonth.Should().Be(M("2025-02"));
    }

    [Theory]
    [InlineData(Sex.Male, 60, "1965-04", 1)] // k = 4: last month of the first step of 4
    [InlineData(Sex.Male, 60, "1965-05", 2)] // k = 5: first month of the second step
    [InlineData(Sex.Female, 50, "1975-02", 1)] // k = 2: last month of the first step of 2
    [InlineData(Sex.Female, 50, "1975-03", 2)] // k = 3
    public void Compute_StepBoundaries_CeilingOfKOverStep(Sex sex, int originalAge, string born, int delay)
    {
        StatutoryRetirement.Compute(Born(born), sex, originalAge).DelayMonths.Should().Be(delay);
    }

    [Theory]
    // Men and women-55 (step 4, cap 36): k = 140 → 35, k = 141..144 → 36 exactly, k = 145 → 37 capped to 36.
    [InlineData(Sex.Male, 60, "1976-08", 35)]
    [InlineData(Sex.Male, 60, "1976-09", 36)]
    [InlineData(Sex.Male, 60, "1976-12", 36)]
    [InlineData(Sex.Male, 60, "1977-01", 36)]
    [InlineData(Sex.Male, 60, "2000-06", 36)]
    [InlineData(Sex.Female, 55, "1981-08", 35)]
    [InlineData(Sex.Female, 55, "1981-09", 36)]
    [InlineData(Sex.Female, 55, "1982-01", 36)]
    // Women-50 (step 2, cap 60): k = 118 → 59, k = 119..120 → 60, k = 121 → 61 capped to 60.
    [InlineData(Sex.Female, 50, "1984-10", 59)]
    [InlineData(Sex.Female, 50, "1984-12", 60)]
    [InlineData(Sex.Female, 50, "1985-01", 60)]
    [InlineData(Sex.Female, 50, "1995-07", 60)]
    public void Compute_CapBoundaries_DelayCapped(Sex sex, int originalAge, string born, int delay)
    {
        var r = StatutoryRetirement.Compute(Born(born), sex, originalAge);

        r.DelayMonths.Should().Be(delay);
        r.RetirementMonth.Should().Be(r.OriginalMonth.PlusMonths(delay));
    }

    [Fact]
    public void Compute_CappedCohorts_RetireAtNewAges()
    {
        // Once capped, men retire at 63, women-55 at 58, women-50 at 55 (the birth month, that many years later).
        StatutoryRetirement.Compute(Born("1990-03"), Sex.Male, 60).RetirementMonth.Should().Be(M("2053-03"));
        StatutoryRetirement.Compute(Born("1990-03"), Sex.Female, 55).RetirementMonth.Should().Be(M("2048-03"));
        StatutoryRetirement.Compute(Born("1990-03"), Sex.Female, 50).RetirementMonth.Should().Be(M("2045-03"));
    }

    [Theory]
    [InlineData(1)] // first day of the birth month
    [InlineData(31)] // last day of the birth month
    public void Compute_DayOfBirth_Irrelevant(int day)
    {
        StatutoryRetirement.Compute(Born("1966-01", day), Sex.Male, 60).RetirementMonth.Should().Be(M("2026-05"));
    }

    [Fact]
    public void Compute_BornOnLeapDay_CountsItsMonth()
    {
        // 1968-02-29: original month 2028-02, k = 38, delay ceil(38/4) = 10.
        var r = StatutoryRetirement.Compute(new LocalDate(1968, 2, 29), Sex.Male, 60);

        r.DelayMonths.Should().Be(10);
        r.RetirementMonth.Should().Be(M("2028-12"));
    }

    [Fact]
    public void Compute_LongBeforeReform_NoDelay()
    {
        var r = StatutoryRetirement.Compute(new LocalDate(1950, 7, 1), Sex.Female, 50);

        r.Should().Be(new RetirementAgeResult(M("2000-07"), 0, M("2000-07")));
    }

    [Theory]
    [InlineData(Sex.Male, 50)]
    [InlineData(Sex.Male, 55)]
    [InlineData(Sex.Female, 60)]
    [InlineData(Sex.Female, 45)]
    [InlineData(Sex.Male, 0)]
    public void Compute_AgeNotDefinedForSex_Throws(Sex sex, int originalAge)
    {
        var act = () => StatutoryRetirement.Compute(new LocalDate(1970, 1, 1), sex, originalAge);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("originalAge");
    }

    [Fact]
    public void Compute_UndefinedSex_Throws()
    {
        var act = () => StatutoryRetirement.Compute(new LocalDate(1970, 1, 1), (Sex)0, 60);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
