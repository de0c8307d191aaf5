// <quickstart>
using Insurance.Rules;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Text;
using NodaTime;

// Build once and share: the calculator is immutable and thread-safe.
var calculator = new EligibilityCalculator(new CalculatorOptions { Language = Language.En });

// A Yichang flexible worker who paid to June 2024 and plans to pay again on 20 March 2025.
var person = new Participant("E-1001", new LocalDate(1985, 4, 12), Sex.Female, originalRetirementAge: 55, ParticipantStatus.Flexible);
var history = new[] { ContributionRecord.ForRange(new YearMonth(2015, 1), new YearMonth(2024, 6), Scheme.Employee, Payer.Individual) };
var @case = new InsuranceCase(new LocalDate(2025, 3, 10), "420500", person, history, plan: new Plan(new LocalDate(2025, 3, 20), 0));

var result = calculator.Evaluate(@case);
Console.WriteLine($"status: {result.Status}, benefits resume on {result.BenefitsResumeOn:yyyy-MM-dd}");
foreach (var step in result.Steps)
{
    Console.WriteLine($"- {step.Title} (by {step.DueBy:yyyy-MM-dd}; basis {step.Basis})");
}
// </quickstart>
