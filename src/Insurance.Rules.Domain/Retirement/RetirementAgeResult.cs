using NodaTime;

namespace Insurance.Rules.Domain.Retirement;

/// <summary>The statutory retirement month under FACTS CN-RETIRE-AGE.</summary>
/// <param name="OriginalMonth">The month the original age (50, 55 or 60) is reached: birth month + age·12.</param>
/// <param name="DelayMonths">The delay under the 2024-09-13 Decision (0 when the original month is before 2025-01).</param>
/// <param name="RetirementMonth">The statutory retirement month: <paramref name="OriginalMonth"/> + <paramref name="DelayMonths"/>.</param>
public sealed record RetirementAgeResult(YearMonth OriginalMonth, int DelayMonths, YearMonth RetirementMonth);
