using NodaTime;

namespace Insurance.Rules.Domain.Validation;

/// <summary>What the semantic validators need besides the case: limits, region resolution and message text.</summary>
internal sealed class CaseCheckContext
{
    public CaseCheckContext(InputLimits limits, RegionResolver regions, ErrorCollector messages)
    {
        Limits = limits;
        Regions = regions;
        Messages = messages;
        MinMonth = new YearMonth(limits.MinDate.Year, limits.MinDate.Month);
        MaxMonth = new YearMonth(limits.MaxDate.Year, limits.MaxDate.Month);
    }

    public InputLimits Limits { get; }

    public RegionResolver Regions { get; }

    public ErrorCollector Messages { get; }

    public YearMonth MinMonth { get; }

    public YearMonth MaxMonth { get; }

    public string Format(string key, params (string Name, object? Value)[] args) => Messages.Format(key, args);

    public bool InRange(LocalDate date) => date >= Limits.MinDate && date <= Limits.MaxDate;

    public bool InRange(YearMonth month) => month >= MinMonth && month <= MaxMonth;
}
