using FluentValidation;
using NodaTime;

namespace Insurance.Rules.Domain.Validation;

/// <summary>What the semantic validators need besides the case: limits, region resolution and message text.</summary>
internal sealed class CaseCheckContext
{
    private const string Key = "Insurance.Rules.CaseCheckContext";

    public CaseCheckContext(InputLimits limits, RegionResolver regions, ErrorCollector messages)
    {
        Limits = limits;
        Regions = regions;
        Messages = messages;
        MinMonth = new YearMonth(limits.MinDate.Year, limits.MinDate.Month);
        MaxMonth = new YearMonth(limits.MaxDate.Year, limits.MaxDate.Month);
    }

    /// <summary>The context of the document being checked, as stored by <see cref="Attach"/>.</summary>
    public static CaseCheckContext From(IValidationContext context) => (CaseCheckContext)context.RootContextData[Key];

    /// <summary>Makes this context available to the shared validators for one validation run.</summary>
    public ValidationContext<CaseDto> Attach(CaseDto dto)
    {
        var context = new ValidationContext<CaseDto>(dto);
        context.RootContextData[Key] = this;
        return context;
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
