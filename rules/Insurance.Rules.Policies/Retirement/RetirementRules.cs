using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Retirement;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;
using NodaTime;

namespace Insurance.Rules.Policies.Retirement;

/// <summary>Arithmetic of CN-RETIRE-AGE, CN-RETIRE-YEARS and the regional minimums.</summary>
public static class RetirementRules
{
    /// <summary>The original retirement age: the input's, else 60 for men and the pack default for women.</summary>
    public static int OriginalAge(CaseFact c, out bool defaulted)
    {
        var p = c.Participant;
        defaulted = p.OriginalRetirementAge is null && p.Sex == Sex.Female;
        if (p.OriginalRetirementAge is { } age)
        {
            return age;
        }

        if (p.Sex == Sex.Male)
        {
            return 60;
        }

        var key = p.Status == ParticipantStatus.Flexible
            ? "retire.defaultOriginalAgeFemaleFlexible"
            : "retire.defaultOriginalAgeFemaleEmployed";
        return Params.IntOr(c, key, c.AsOf, p.Status == ParticipantStatus.Flexible ? 55 : 50);
    }

    /// <summary>CN-RETIRE-AGE: the statutory retirement month under the 2025 reform.</summary>
    public static void RetirementAge(IContext ctx, CaseFact c)
    {
        var age = OriginalAge(c, out var defaulted);
        var r = StatutoryRetirement.Compute(c.Participant.BirthDate, c.Participant.Sex, age);
        ctx.InsertLinked(new RetirementAgeFact(r.RetirementMonth, age, r.DelayMonths));
        if (defaulted)
        {
            ctx.InsertLinked(new AssumptionFact("RETIRE-AGE-DEFAULT", "CN-RETIRE-AGE", new Dictionary<string, object?> { { "age", age } }));
        }
    }

    /// <summary>
    /// True when the employee-scheme minimum matters: the person has employee-scheme or deemed months, or a status of
    /// the employee scheme. A resident-scheme person with neither gets no requirement or shortfall.
    /// </summary>
    public static bool InEmployeeScheme(CaseFact c)
        => c.Ledger.PaidEmployeeMonths > 0 || c.Case.DeemedMonths > 0
           || c.Status is ParticipantStatus.Employed or ParticipantStatus.Flexible or ParticipantStatus.Unemployed
               or ParticipantStatus.UnemployedWithBenefits or ParticipantStatus.Retired;

    /// <summary>The pack key for the participant's sex.</summary>
    public static string MinYearsKey(CaseFact c) => c.Participant.Sex == Sex.Male ? "retire.minYears.male" : "retire.minYears.female";

    /// <summary>CN-RETIRE-YEARS: required months in force in the retirement month, credited months, shortfall.</summary>
    public static void RetirementYears(IContext ctx, CaseFact c, RetirementAgeFact age)
    {
        var on = age.RetirementMonth.OnDayOfMonth(1);
        var v = c.Parameters.Find(MinYearsKey(c), on);
        var credited = c.Ledger.CreditedMonths;
        if (v is null)
        {
            ctx.InsertLinked(new RetirementYearsFact(null, credited, 0, "CN-RETIRE-YEARS"));
            ctx.InsertLinked(new AssumptionFact("RETIRE-YEARS-UNKNOWN", "CN-RETIRE-YEARS", new Dictionary<string, object?> { { "region", c.Parameters.RegionCode } }));
            return;
        }

        var required = Convert.ToInt32(v.Value, System.Globalization.CultureInfo.InvariantCulture) * 12;
        ctx.InsertLinked(new RetirementYearsFact(required, credited, Math.Max(0, required - credited), BasisFor(v.RegionCode)));
        if (v.Assumption is { } code)
        {
            ctx.InsertLinked(new AssumptionFact(code, "CN-RETIRE-YEARS", new Dictionary<string, object?> { { "years", v.Value } }));
        }
    }

    /// <summary>The FACTS id of a regional minimum, by the pack that supplied it.</summary>
    public static string BasisFor(string regionCode) => regionCode switch
    {
        "330000" or "330200" => "ZJ-RETIRE-YEARS",
        "440000" => "GD-RETIRE-YEARS",
        "440400" => "ZH-RETIRE-TOPUP",
        _ => "CN-RETIRE-YEARS",
    };

    /// <summary>A shortfall that the region lets the person top up (monthly or as a lump sum).</summary>
    public static void TopUp(IContext ctx, CaseFact c, RetirementAgeFact age, RetirementYearsFact years)
    {
        var on = age.RetirementMonth.OnDayOfMonth(1);
        var mode = Params.Text(c, "retire.topUp", on) ?? Params.Text(c, "retire.topUp", c.AsOf);
        Steps.Add(
            ctx, "topUpContributionMonths", on, Steps.Documents(c, "retire.topUpDocuments", on, "idCard"),
            new[] { Channel.Counter }, Params.Text(c, "retire.topUpWhere", on), years.Basis, 40,
            new Dictionary<string, object?> { { "months", years.ShortfallMonths }, { "mode", mode } });
    }

    /// <summary>True when the region states how a shortfall may be paid.</summary>
    public static bool TopUpAllowed(CaseFact c, RetirementAgeFact age)
        => Params.Text(c, "retire.topUp", age.RetirementMonth.OnDayOfMonth(1)) is not null || Params.Text(c, "retire.topUp", c.AsOf) is not null;

    /// <summary>Months before the statutory retirement month from which a shortfall top-up step is shown.</summary>
    public const int TopUpStepLeadMonths = 12;

    /// <summary>
    /// True when a top-up step is useful now: the person is retired, or within <see cref="TopUpStepLeadMonths"/> of the
    /// statutory retirement month (a shortfall decades away is reported in <c>retirement</c>, not as a step).
    /// </summary>
    public static bool TopUpDue(CaseFact c, RetirementAgeFact age)
        => c.Status == ParticipantStatus.Retired
           || new YearMonth(c.AsOf.Year, c.AsOf.Month) >= age.RetirementMonth.PlusMonths(-TopUpStepLeadMonths);

    /// <summary>True when the retirement month is on or before the month of the evaluation date.</summary>
    public static bool Retired(CaseFact c, RetirementAgeFact age) => age.RetirementMonth <= new YearMonth(c.AsOf.Year, c.AsOf.Month);
}
