// A program outside the repository would look like this: it references the Insurance.Rules package only.
// It prints "key: value" lines that .ci/samples checks.
using System.Reflection;
using Insurance.Rules;
using Insurance.Rules.Batch;
using Insurance.Rules.DependencyInjection;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

var version = typeof(EligibilityCalculator).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
Console.WriteLine($"package: Insurance.Rules {version}");

// 1. Without DI: build once, evaluate a case built in code.
// A Yichang flexible worker unpaid since 2024-11 who plans to pay on 2025-03-20: 139 days → the 61–180-day band.
var calculator = new EligibilityCalculator(new CalculatorOptions { Language = Language.En });
var person = new Participant("YC-0001", new LocalDate(1985, 4, 12), Sex.Female, originalRetirementAge: 55, ParticipantStatus.Flexible);
var history = new[]
{
    ContributionRecord.ForRange(new YearMonth(2015, 1), new YearMonth(2024, 6), Scheme.Employee, Payer.Employer),
    ContributionRecord.ForRange(new YearMonth(2024, 7), new YearMonth(2024, 10), Scheme.Employee, Payer.Individual),
};
var @case = new InsuranceCase(new LocalDate(2025, 3, 10), "420500", person, history, plan: new Plan(new LocalDate(2025, 3, 20), 0));
var result = calculator.Evaluate(@case);
Console.WriteLine($"packs: {calculator.Packs.Packs.Count}");
Console.WriteLine($"status: {result.Status}");
Console.WriteLine($"benefitsResumeOn: {result.BenefitsResumeOn:yyyy-MM-dd}");
foreach (var step in result.Steps)
{
    Console.WriteLine($"step: {step.Code} dueBy {step.DueBy:yyyy-MM-dd} basis {step.Basis}");
}

// 2. With DI: one shared calculator with a pack variant, diagnostics through ILogger.
var services = new ServiceCollection();
services.AddSingleton<ILoggerFactory>(new ConsoleLoggerFactory());
services.AddInsuranceRules(o =>
{
    o.Language = Language.En;
    o.UseVariant("yc.variant", "excludePaymentMonth");
});
await using var provider = services.BuildServiceProvider();
var shared = provider.GetRequiredService<EligibilityCalculator>();
Console.WriteLine($"di.sameInstance: {ReferenceEquals(shared, provider.GetRequiredService<EligibilityCalculator>())}");
Console.WriteLine($"di.benefitsResumeOn: {shared.Evaluate(@case).BenefitsResumeOn:yyyy-MM-dd}");

// 3. Batch: JSON Lines in, results in input order, a bad line becomes an error object.
var batch = provider.GetRequiredService<BatchEvaluator>();
string[] lines =
[
    """{"asOf":"2025-03-10","region":"yichang","participant":{"id":"B-1","birthDate":"1985-04-12","sex":"female","status":"flexible"},"contributions":[{"from":"2020-01","to":"2024-12","scheme":"employee","payer":"individual"}]}""",
    """{"asOf":"2025-02-30","region":"420500","participant":{"id":"B-2"}}""",
    """{"asOf":"2025-03-10","region":"420100","participant":{"id":"B-3","birthDate":"1990-05-01","sex":"male","status":"employed"},"contributions":[{"from":"2018-01","to":"2025-02","scheme":"employee","payer":"employer"}]}""",
];
var order = new List<long>();
int valid = 0, invalid = 0;
await foreach (var item in batch.EvaluateAsync(lines.ToAsyncEnumerable()))
{
    order.Add(item.LineNumber);
    if (item.IsValid)
    {
        valid++;
    }
    else
    {
        invalid++;
        Console.WriteLine($"batch.error: line {item.LineNumber} {string.Join(' ', item.Errors.Select(e => e.Path + "=" + e.Code))}");
    }
}

Console.WriteLine($"batch: {lines.Length} lines, {valid} valid, {invalid} invalid, order {string.Join(',', order)}");

/// <summary>Writes log lines to standard output with a "log:" prefix (a host would use its own logging).</summary>
internal sealed class ConsoleLoggerFactory : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new Logger();

    public void AddProvider(ILoggerProvider provider)
    {
    }

    public void Dispose()
    {
    }

    private sealed class Logger : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Console.WriteLine($"log: {logLevel} {eventId.Id} {formatter(state, exception)}");
            }
        }
    }
}
