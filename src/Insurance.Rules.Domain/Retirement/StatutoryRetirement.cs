using Insurance.Rules.Domain.Model;
using NodaTime;

namespace Insurance.Rules.Domain.Retirement;

/// <summary>
/// FACTS CN-RETIRE-AGE: 全国人大常委会关于实施渐进式延迟法定退休年龄的决定 (2024-09-13, in force 2025-01-01).
/// </summary>
public static class StatutoryRetirement
{
    /// <summary>The first month in which an original retirement month is delayed.</summary>
    public static readonly YearMonth ReformStart = new(2025, 1);

    /// <summary>
    /// Computes the statutory retirement month. FACTS CN-RETIRE-AGE: "<c>orig = birthMonth + origAge·12</c>; if
    /// <c>orig &lt; 2025-01</c> no delay; else <c>k = (orig − 2025-01) + 1</c> months, <c>delay = ceil(k / step)</c>
    /// with step 4 (men, women-55) or 2 (women-50), capped at 36, 36, 60 months; statutory retirement month =
    /// <c>orig + delay</c>."
    /// </summary>
    /// <param name="birthDate">Date of birth (only its month counts).</param>
    /// <param name="sex">Sex.</param>
    /// <param name="originalAge">The original retirement age: 60 for men; 50 or 55 for women.</param>
    /// <exception cref="ArgumentOutOfRangeException">When the age does not exist for the sex.</exception>
    public static RetirementAgeResult Compute(LocalDate birthDate, Sex sex, int originalAge)
    {
        // Step: one month of delay per `step` months of cohort; cap: the largest delay (63, 58 and 55 years).
        var (step, cap) = (sex, originalAge) switch
        {
            (Sex.Male, 60) => (4, 36),
            (Sex.Female, 55) => (4, 36),
            (Sex.Female, 50) => (2, 60),
            _ => throw new ArgumentOutOfRangeException(
                nameof(originalAge), originalAge, $"No original retirement age {originalAge} for {sex}: men 60, women 50 or 55."),
        };

        var original = birthDate.ToYearMonth().PlusMonths(originalAge * 12);
        if (original < ReformStart)
        {
            return new RetirementAgeResult(original, 0, original);
        }

        var k = MonthsBetween(ReformStart, original) + 1;
        var delay = Math.Min((k + step - 1) / step, cap);
        return new RetirementAgeResult(original, delay, original.PlusMonths(delay));
    }

    private static int MonthsBetween(YearMonth from, YearMonth to)
        => ((to.Year - from.Year) * 12) + to.Month - from.Month;
}
