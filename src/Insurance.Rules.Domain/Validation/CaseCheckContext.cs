using System.Runtime.CompilerServices;
using FluentValidation;
using NodaTime;

namespace Insurance.Rules.Domain.Validation;

/// <summary>What the semantic validators need besides the case: limits, region resolution and message text.</summary>
internal sealed class CaseCheckContext
{
    private const string Key = "Insurance.Rules.CaseCheckContext";

    private readonly int minDateKey;
    private readonly int maxDateKey;
    private readonly int minMonthKey;
    private readonly int maxMonthKey;

    public CaseCheckContext(InputLimits limits, RegionResolver regions, ErrorCollector messages)
    {
        Limits = limits;
        Regions = regions;
        Messages = messages;
        MinMonth = new YearMonth(limits.MinDate.Year, limits.MinDate.Month);
        MaxMonth = new YearMonth(limits.MaxDate.Year, limits.MaxDate.Month);
        minDateKey = DateKey(limits.MinDate);
        maxDateKey = DateKey(limits.MaxDate);
        minMonthKey = MonthKey(MinMonth);
        maxMonthKey = MonthKey(MaxMonth);
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

    // Compared as integers (year, month, day packed in order): every record of a case is checked, and NodaTime's
    // comparison validates calendars and unpacks fields each time. Input dates and the limits are all ISO dates.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InRange(LocalDate date)
    {
        var key = DateKey(date);
        return key >= minDateKey && key <= maxDateKey;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool InRange(YearMonth month)
    {
        var key = MonthKey(month);
        return key >= minMonthKey && key <= maxMonthKey;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int DateKey(LocalDate date) => (date.Year << 9) | (date.Month << 5) | date.Day;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int MonthKey(YearMonth month) => (month.Year << 4) | month.Month;
}
