using System.Runtime.CompilerServices;
using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Model;
using NodaTime;

namespace Insurance.Rules.Domain.Validation;

/// <summary>
/// The semantic checks of a case, one method per check: each returns null when the value is fine, or the formatted
/// message when it is not. The checks every contribution record passes through are inlined into
/// <see cref="ContributionPasses"/>, where only their conditions run for a good record (the fast reader calls it once
/// per record). <see cref="CaseDtoValidator"/> declares them as rules (and so reports failures with their
/// paths); <see cref="AllPass"/> runs the same methods without a validator for the common case of a clean document,
/// so both can never disagree about what is valid.
/// </summary>
internal static class CaseChecks
{
    /// <summary>Resident-scheme years the model accepts, narrowed further by the date limits.</summary>
    public const int FirstResidentYear = 1990;

    /// <summary>The last resident-scheme year the model accepts.</summary>
    public const int LastResidentYear = 2100;

    /// <summary>
    /// True when every check the validator declares passes for <paramref name="dto"/>: the validator would report
    /// nothing. Mirrors <see cref="CaseDtoValidator"/> rule for rule (child validators skip null children).
    /// </summary>
    public static bool AllPass(CaseDto dto, CaseCheckContext ctx)
    {
        foreach (var c in dto.Contributions)
        {
            if (!ContributionPasses(c, ctx))
            {
                return false;
            }
        }

        return MonthBudgetExceededAt(dto.Contributions, ctx.Limits) < 0 && AllPassButContributions(dto, ctx);
    }

    /// <summary>
    /// <see cref="AllPass"/> for everything but the contribution records, which the caller checked one by one with
    /// <see cref="ContributionPasses"/> and, for their total, <see cref="MonthsCovered"/>.
    /// </summary>
    public static bool AllPassButContributions(CaseDto dto, CaseCheckContext ctx)
    {
        if (DateWithinLimits(dto.AsOf, ctx) is not null || !RegionPasses(dto.Region, ctx))
        {
            return false;
        }

        if (dto.Participant is { } p)
        {
            if (DateWithinLimits(p.BirthDate, ctx) is not null
                || RetirementAge(p.OriginalRetirementAge, ctx) is not null
                || RetirementAgeMale(p, p.OriginalRetirementAge, ctx) is not null
                || (p.Hukou is { } h && !RegionPasses(h.Region, ctx))
                || !RegionPasses(p.ResidencePermitRegion, ctx)
                || BirthDateAfterAsOf(dto, p.BirthDate, ctx) is not null)
            {
                return false;
            }
        }

        if (NotNegative(dto.DeemedMonths, "deemedMonths", ctx) is not null)
        {
            return false;
        }

        foreach (var e in dto.Events)
        {
            if (DateWithinLimits(e.Date, ctx) is not null)
            {
                return false;
            }
        }

        return dto.Plan is not { } plan
            || (DateWithinLimits(plan.PayOn, ctx) is null && NotNegative(plan.RepairYears, "repairYears", ctx) is null);
    }

    /// <summary>A date, when present, lies within the date limits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? DateWithinLimits(LocalDate? d, CaseCheckContext ctx)
        => d is not { } date || ctx.InRange(date)
            ? null
            : ctx.Format("limit.dateRange", ("value", date), ("min", ctx.Limits.MinDate), ("max", ctx.Limits.MaxDate));

    /// <summary>A month, when present, lies within the months of the date limits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? MonthWithinLimits(YearMonth? m, CaseCheckContext ctx)
        => m is not { } month || ctx.InRange(month)
            ? null
            : ctx.Format("limit.dateRange", ("value", month), ("min", ctx.MinMonth), ("max", ctx.MaxMonth));

    /// <summary>A count, when present, is not negative.</summary>
    public static string? NotNegative(int? n, string field, CaseCheckContext ctx)
        => n is not { } value || value >= 0
            ? null
            : ctx.Format(ErrorCodes.NumberNegative, ("field", field), ("value", value));

    /// <summary>A region, when present, does not fail resolution with <paramref name="errorCode"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? Region(string? r, string errorCode, CaseCheckContext ctx)
        => r is null || ctx.Regions.Resolve(r).Error != errorCode
            ? null
            : ctx.Format(errorCode, ("value", r));

    /// <summary>The birth date is not after a usable asOf.</summary>
    public static string? BirthDateAfterAsOf(CaseDto x, LocalDate? birth, CaseCheckContext ctx)
        => x.AsOf is not { } asOf || birth is not { } born || !ctx.InRange(asOf) || born <= asOf
            ? null
            : ctx.Format(ErrorCodes.BirthDateAfterAsOf, ("birthDate", born), ("asOf", asOf));

    /// <summary>The original retirement age, when given, is 50, 55 or 60.</summary>
    public static string? RetirementAge(int? age, CaseCheckContext ctx)
        => age is null or 50 or 55 or 60
            ? null
            : ctx.Format(ErrorCodes.RetirementAgeInvalid, ("value", age));

    /// <summary>A man's original retirement age is not 50 or 55.</summary>
    public static string? RetirementAgeMale(ParticipantDto x, int? age, CaseCheckContext ctx)
        => x.Sex != Sex.Male || age is not (50 or 55)
            ? null
            : ctx.Format(ErrorCodes.RetirementAgeMale, ("value", age));

    /// <summary>A record has exactly one of month, from/to or year.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? RecordShape(ContributionDto x, CaseCheckContext ctx)
        => !x.IsRecord || HasOneShape(x)
            ? null
            : Found(x) is { } found
                ? ctx.Format(ErrorCodes.RecordShape, ("found", found))
                : ctx.Format("record.shapeEmpty");

    /// <summary>from without to is the range shape with <c>to</c> missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? ToRequired(ContributionDto x, CaseCheckContext ctx)
        => x.HasTo || !x.HasFrom || x.HasMonth || x.HasYear
            ? null
            : ctx.Format(ErrorCodes.FieldRequired, ("field", "to"));

    /// <summary>to without from is the range shape with <c>from</c> missing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? FromRequired(ContributionDto x, CaseCheckContext ctx)
        => x.HasFrom || !x.HasTo || x.HasMonth || x.HasYear
            ? null
            : ctx.Format(ErrorCodes.FieldRequired, ("field", "from"));

    /// <summary>A range does not end before it starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? RangeReversed(ContributionDto x, YearMonth? to, CaseCheckContext ctx)
        => x.From is not { } from || to is not { } end || end >= from
            ? null
            : ctx.Format(ErrorCodes.RangeReversed, ("from", from), ("to", end));

    /// <summary>A resident-scheme year, when given, lies within the years the model and the date limits allow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? Year(int? y, CaseCheckContext ctx)
    {
        if (y is not { } year)
        {
            return null;
        }

        var first = Math.Max(FirstResidentYear, ctx.Limits.MinDate.Year);
        var last = Math.Min(LastResidentYear, ctx.Limits.MaxDate.Year);
        return year >= first && year <= last
            ? null
            : ctx.Format(ErrorCodes.NumberOutOfRange, ("field", "year"), ("value", year), ("min", first), ("max", last));
    }

    /// <summary>A year record is a resident-scheme record.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? YearNotResident(ContributionDto x, Scheme? scheme, CaseCheckContext ctx)
        => !x.HasYear || scheme is not { } s || s == Scheme.Resident
            ? null
            : ctx.Format(ErrorCodes.RecordYearNotResident, ("scheme", ContractNames.Of(s)));

    /// <summary>A resident-scheme record names no payer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string? PayerNotAllowed(ContributionDto x, CaseCheckContext ctx)
        => x.Scheme != Scheme.Resident || !x.HasPayer
            ? null
            : ctx.Format(ErrorCodes.RecordPayerNotAllowed);

    /// <summary>
    /// The index of the record at which the total of months all records cover first passes
    /// <see cref="InputLimits.MaxExpandedMonths"/>, or -1. Bounds the work of expanding ranges later.
    /// </summary>
    public static int MonthBudgetExceededAt(List<ContributionDto> records, InputLimits limits)
    {
        long total = 0;
        for (var i = 0; i < records.Count; i++)
        {
            total += MonthsCovered(records[i]);
            if (total > limits.MaxExpandedMonths)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The months a record adds to the month budget: 1 for a month, the length of a well-formed range, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long MonthsCovered(ContributionDto r)
        => r.Month is not null
            ? 1
            : r.From is { } from && r.To is { } to && to >= from
                ? ((to.Year - from.Year) * 12L) + to.Month - from.Month + 1
                : 0;

    /// <summary>True when every check the contribution validator declares passes for the record.</summary>
    public static bool ContributionPasses(ContributionDto c, CaseCheckContext ctx)
        => RecordShape(c, ctx) is null
            && ToRequired(c, ctx) is null
            && FromRequired(c, ctx) is null
            && RangeReversed(c, c.To, ctx) is null
            && MonthWithinLimits(c.Month, ctx) is null
            && MonthWithinLimits(c.From, ctx) is null
            && MonthWithinLimits(c.To, ctx) is null
            && Year(c.Year, ctx) is null
            && YearNotResident(c, c.Scheme, ctx) is null
            && PayerNotAllowed(c, ctx) is null
            && DateWithinLimits(c.PaidOn, ctx) is null
            && RegionPasses(c.Region, ctx);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool RegionPasses(string? region, CaseCheckContext ctx)
        => Region(region, ErrorCodes.RegionInvalid, ctx) is null && Region(region, ErrorCodes.RegionUnknown, ctx) is null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasOneShape(ContributionDto x)
        => (x.HasMonth ? 1 : 0) + (x.HasFrom || x.HasTo ? 1 : 0) + (x.HasYear ? 1 : 0) == 1;

    private static string? Found(ContributionDto x)
    {
        var parts = new List<string>(4);
        if (x.HasMonth)
        {
            parts.Add("month");
        }

        if (x.HasFrom)
        {
            parts.Add("from");
        }

        if (x.HasTo)
        {
            parts.Add("to");
        }

        if (x.HasYear)
        {
            parts.Add("year");
        }

        return parts.Count == 0 ? null : string.Join(", ", parts);
    }
}
