using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Policies.Facts;
using NodaTime;

namespace Insurance.Rules.Pipeline;

/// <summary>Turns a validated case into the facts a rule session starts from.</summary>
internal static class FactBuilder
{
    /// <summary>Ledger options the region's pack sets on the evaluation date.</summary>
    public static LedgerOptions LedgerOptionsFor(RegionParameters p, LocalDate asOf) => new()
    {
        SuspendFromSecondUnpaidMonth = p.TryGetString("gap.suspendFrom", asOf) == "secondUnpaidMonth",
        GraceDayOfNextMonth = p.TryGetInt("payment.graceDayOfNextMonth", asOf),
    };

    /// <summary>
    /// The pack key choosing a gap's rule family: employer arrears → <c>gap.arrears.rule</c>; a flexible worker's
    /// own gap → <c>gap.flexible.rule</c>; moves, job changes, leaving an employer and switches → <c>gap.employee.rule</c>.
    /// </summary>
    public static string FamilyKey(Gap gap, InsuranceCase c) => gap.Kind switch
    {
        GapKind.EmployerArrears => "gap.arrears.rule",
        GapKind.OwnGap when gap.PayerBefore == Payer.Individual || (gap.PayerBefore is null && c.Participant.Status == ParticipantStatus.Flexible) => "gap.flexible.rule",
        _ => "gap.employee.rule",
    };

    /// <summary>
    /// Gap facts for every employee-scheme gap. The latest open gap is left out for a retiree (no further premiums are
    /// due after retirement) and is not the headline gap (no deadlines, no arrears step) while the person draws
    /// unemployment benefit (the fund pays) or has moved to a paid resident-scheme year.
    /// </summary>
    public static void AddGaps(List<object> facts, CaseFact caseFact, ResidentYearFact? residentYear)
    {
        var c = caseFact.Case;
        var p = caseFact.Parameters;
        var gaps = caseFact.Ledger.Gaps;
        var covered = Policies.Employment.EmploymentEvents.DrawingBenefit(caseFact)
            || (residentYear is { Paid: true } && gaps.Count > 0 && residentYear.PaymentDate >= gaps[^1].From.OnDayOfMonth(1));
        for (var i = 0; i < gaps.Count; i++)
        {
            var gap = gaps[i];
            var last = i == gaps.Count - 1;
            if (last && gap.Open && c.Participant.Status == ParticipantStatus.Retired)
            {
                continue;
            }

            var value = p.Require(FamilyKey(gap, c), gap.PaymentDate);
            var family = Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture)!;
            facts.Add(new GapFact(gap, family, value, last && !(gap.Open && covered)));
        }
    }

    /// <summary>True for statuses that belong to the resident scheme.</summary>
    public static bool IsResidentStatus(ParticipantStatus s)
        => s is ParticipantStatus.Resident or ParticipantStatus.Student or ParticipantStatus.Child or ParticipantStatus.Newborn;

    /// <summary>
    /// The resident-scheme year to evaluate: the latest resident record for the evaluation year or later, else (for a
    /// resident-scheme person) the year of the planned or assumed payment. A record without <c>paidOn</c> counts as
    /// paid on time, i.e. on 31 December of the year before.
    /// </summary>
    public static ResidentYearFact? ResidentYear(CaseFact caseFact)
    {
        var c = caseFact.Case;
        var ledger = caseFact.Ledger;
        ResidentYear? latest = null;
        foreach (var y in ledger.ResidentYears)
        {
            if (y.Year >= c.AsOf.Year && (latest is null || y.Year > latest.Year))
            {
                latest = y;
            }
        }

        if (latest is not null && !IsResidentStatus(c.Participant.Status)
            && ledger.LastPaidMonth is { } last && last.Month >= new YearMonth(latest.Year, 1))
        {
            // Employee-scheme contributions in the same insurance year: an employee-scheme case, not a switch.
            latest = null;
        }

        if (latest is not null)
        {
            var paidOn = latest.PaidOn ?? new LocalDate(latest.Year - 1, 12, 31);
            return new ResidentYearFact(latest.Year, paidOn, true, ledger.BrokenYearsBefore(latest.Year));
        }

        if (!IsResidentStatus(c.Participant.Status))
        {
            return null;
        }

        var date = c.AssumedPaymentDate;
        var year = Math.Max(Policies.Resident.ResidentCover.YearForPayment(caseFact, date), c.AsOf.Year);
        return new ResidentYearFact(year, date, false, ledger.BrokenYearsBefore(year));
    }
}
