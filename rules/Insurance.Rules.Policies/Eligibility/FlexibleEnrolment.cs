using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;
using NodaTime;

namespace Insurance.Rules.Policies.Eligibility;

/// <summary>Flexible-worker enrolment eligibility (CN-HUKOU, TJ-FLEX-HUKOU) and its steps.</summary>
public static class FlexibleEnrolment
{
    /// <summary>Reason: hukou is not registered in the region.</summary>
    public const string HukouNotLocal = "hukouNotLocal";

    /// <summary>Reason: agricultural or blue-stamp hukou where non-agricultural is required.</summary>
    public const string HukouAgricultural = "hukouAgricultural";

    /// <summary>Reason: hukou unknown where the region requires one.</summary>
    public const string HukouUnknown = "hukouUnknown";

    /// <summary>Reason: at or past statutory retirement age.</summary>
    public const string OverRetirementAge = "overRetirementAge";

    /// <summary>Condition: eligible through a residence permit (extra steps).</summary>
    public const string ViaResidencePermit = "viaResidencePermit";

    /// <summary>
    /// True when flexible enrolment matters for the case: a flexible worker, an unemployed person without
    /// benefit, or someone whose latest gap follows leaving an employer.
    /// </summary>
    public static bool Relevant(CaseFact c)
    {
        if (c.Status == ParticipantStatus.Retired || Employment.EmploymentEvents.DrawingBenefit(c))
        {
            return false;
        }

        if (c.Status is ParticipantStatus.Flexible or ParticipantStatus.Unemployed)
        {
            return true;
        }

        var gaps = c.Ledger.Gaps;
        return c.Status != ParticipantStatus.Employed && gaps.Count > 0 && gaps[^1].Open && gaps[^1].Kind == GapKind.LeftEmployment;
    }

    /// <summary>True when the region limits flexible enrolment by hukou on the evaluation date.</summary>
    public static bool HukouRequired(CaseFact c) => Params.Flag(c, "flex.hukouRequired", c.AsOf);

    /// <summary>The province-level prefix of the case region ("12" for Tianjin).</summary>
    public static string Prefix(CaseFact c) => c.Parameters.RegionCode.Length >= 2 ? c.Parameters.RegionCode[..2] : c.Parameters.RegionCode;

    /// <summary>CN-HUKOU: no hukou limit.</summary>
    public static void NoLimit(IContext ctx, CaseFact c)
    {
        ctx.InsertLinked(new FlexEligibilityFact(true, null, "CN-HUKOU"));
        if (c.Ledger.LastPaidMonth?.Payer != Payer.Individual)
        {
            Steps.Add(ctx, "registerFlexibleWorker", null, new[] { "idCard" }, new[] { Channel.Counter, Channel.Online, Channel.App }, null, "CN-HUKOU", 15);
            Steps.Add(ctx, "choosePaymentMethod", null, Array.Empty<string>(), new[] { Channel.Bank, Channel.App, Channel.Online, Channel.Counter }, null, "CN-HUKOU", 16);
        }
    }

    /// <summary>TJ-FLEX-HUKOU: non-agricultural local hukou (or, from 2025-11-09, a local residence permit), pension enrolment, under retirement age.</summary>
    public static void Tianjin(IContext ctx, CaseFact c)
    {
        var p = c.Participant;
        var prefix = Prefix(c);
        var localHukou = p.Hukou is { } h && h.Region.StartsWith(prefix, StringComparison.Ordinal);
        var nonAgricultural = p.Hukou?.Type == HukouType.NonAgricultural;
        var permitQualifies = Params.Flag(c, "flex.residencePermitQualifies", c.AsOf);
        var permit = permitQualifies && p.ResidencePermitRegion is { } r && r.StartsWith(prefix, StringComparison.Ordinal);
        var retirement = StatutoryRetirementMonth(c);
        string? reason = null;
        if (retirement is { } month && new YearMonth(c.AsOf.Year, c.AsOf.Month) >= month)
        {
            reason = OverRetirementAge;
        }
        else if (localHukou && nonAgricultural)
        {
            reason = null;
        }
        else if (permit)
        {
            reason = ViaResidencePermit;
        }
        else if (p.Hukou is null)
        {
            reason = HukouUnknown;
        }
        else
        {
            reason = localHukou ? HukouAgricultural : HukouNotLocal;
        }

        var eligible = reason is null or ViaResidencePermit;
        ctx.InsertLinked(new FlexEligibilityFact(eligible, reason, "TJ-FLEX-HUKOU"));
        if (!eligible)
        {
            return;
        }

        var first = !PaidIndividuallyBefore(c);
        var docs = first
            ? Steps.Documents(c, "tj.documents.first", c.AsOf, "hukouBook", "hukouBookCopy", "idCard", "idCardCopy", "photo1Inch")
            : Steps.Documents(c, "tj.documents.continuing", c.AsOf, "hukouBook", "idCard", "pensionHandbook");
        if (Params.Flag(c, "flex.pensionEnrolmentRequired", c.AsOf))
        {
            Steps.Add(ctx, "enrolPensionToo", null, new[] { "idCard" }, new[] { Channel.Counter }, null, "TJ-FLEX-HUKOU", 12);
        }

        if (reason == ViaResidencePermit && Params.Flag(c, "flex.pauseOtherProvinceRequired", c.AsOf))
        {
            Steps.Add(ctx, "pauseOtherProvinceEnrolment", null, new[] { "idCard" }, new[] { Channel.Online, Channel.Counter }, null, "TJ-FLEX-HUKOU", 11);
        }

        var window = DeclarationWindow(c, c.Case.AssumedPaymentDate);
        Steps.Add(
            ctx, first ? "tianjinFirstDeclaration" : "tianjinContinuingDeclaration", window?.End, docs, new[] { Channel.Counter }, null, "TJ-FLEX-HUKOU", 14,
            new Dictionary<string, object?> { { "windowStart", window?.Start }, { "windowEnd", window?.End } });
    }

    /// <summary>True when the person paid the employee scheme personally before.</summary>
    public static bool PaidIndividuallyBefore(CaseFact c)
    {
        foreach (var m in c.Ledger.EmployeeMonths)
        {
            if (m.Payer == Payer.Individual)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The statutory retirement month, or null when it cannot be computed.</summary>
    public static YearMonth? StatutoryRetirementMonth(CaseFact c)
    {
        var age = Retirement.RetirementRules.OriginalAge(c, out _);
        return Domain.Retirement.StatutoryRetirement.Compute(c.Participant.BirthDate, c.Participant.Sex, age).RetirementMonth;
    }

    /// <summary>
    /// The declaration window (26th of a month to the 15th of the next, no holiday extension) that contains
    /// <paramref name="date"/>, or the next one when the date falls between windows; null when the region has none.
    /// </summary>
    public static DateInterval? DeclarationWindow(CaseFact c, LocalDate date)
    {
        var v = c.Parameters.Find("payment.window", date);
        if (v?.Value is not IReadOnlyDictionary<string, string> map)
        {
            return null;
        }

        var startDay = int.Parse(map["startDay"], System.Globalization.CultureInfo.InvariantCulture);
        var endDay = int.Parse(map["endDay"], System.Globalization.CultureInfo.InvariantCulture);
        if (date.Day <= endDay)
        {
            var prev = date.PlusMonths(-1);
            return new DateInterval(new LocalDate(prev.Year, prev.Month, startDay), new LocalDate(date.Year, date.Month, endDay));
        }

        // Between the 16th and the 25th a payment moves to the window that opens on the 26th.
        var next = date.PlusMonths(1);
        return new DateInterval(new LocalDate(date.Year, date.Month, startDay), new LocalDate(next.Year, next.Month, endDay));
    }

    /// <summary>The pack value for the hukou requirement (for the trace of used values).</summary>
    public static PackValue? HukouValue(CaseFact c) => c.Parameters.Find("flex.hukouRequired", c.AsOf);
}
