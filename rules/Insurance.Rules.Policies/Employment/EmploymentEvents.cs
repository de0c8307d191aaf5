using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;
using NodaTime;

namespace Insurance.Rules.Policies.Employment;

/// <summary>Event queries and actions of the employment rules (CN-LEAVE-3M, CN-JOB-CHANGE, CN-UNEMPLOYED).</summary>
public static class EmploymentEvents
{
    /// <summary>The latest event of a type on or before the evaluation date, or null.</summary>
    public static CaseEvent? Latest(CaseFact c, CaseEventType type)
    {
        CaseEvent? found = null;
        var events = c.Case.Events;
        for (var i = 0; i < events.Count; i++)
        {
            // By index: rule conditions call this for every case, and a foreach here would allocate an enumerator.
            var e = events[i];
            if (e.Type == type && e.Date <= c.AsOf)
            {
                found = e;
            }
        }

        return found;
    }

    /// <summary>
    /// The end of the old relationship a person must follow up (CN-LEAVE-3M): the latest employment or
    /// unemployment-benefit end with no later employment start, for a person not employed now.
    /// </summary>
    public static CaseEvent? OpenEnding(CaseFact c)
    {
        if (c.Status is ParticipantStatus.Employed or ParticipantStatus.Retired or ParticipantStatus.UnemployedWithBenefits)
        {
            return null;
        }

        var ended = Latest(c, CaseEventType.EmploymentEnded);
        var benefitsEnded = Latest(c, CaseEventType.UnemploymentBenefitsEnded);
        var end = benefitsEnded is not null && (ended is null || benefitsEnded.Date >= ended.Date) ? benefitsEnded : ended;
        if (end is null)
        {
            return null;
        }

        var started = Latest(c, CaseEventType.EmploymentStarted);
        if (started is not null && started.Date > end.Date)
        {
            return null;
        }

        // Already enrolled again: a month after the end was paid (flexible worker), or a resident year from then on.
        // Month by month from the end to the evaluation month (paid months lie no later): looking months up one at
        // a time spares the ledger listing every paid month of the history.
        var endMonth = new YearMonth(end.Date.Year, end.Date.Month);
        var asOfMonth = new YearMonth(c.AsOf.Year, c.AsOf.Month);
        for (var m = endMonth.PlusMonths(1); m <= asOfMonth; m = m.PlusMonths(1))
        {
            if (c.Ledger.FindMonth(m) is { } paid && paid.Payer != Payer.Employer)
            {
                return null;
            }
        }

        foreach (var y in c.Ledger.ResidentYears)
        {
            if (y.Year >= end.Date.Year)
            {
                return null;
            }
        }

        return end;
    }

    /// <summary>CN-LEAVE-3M: enrol and pay (flexible worker or resident scheme) within 3 months of the end.</summary>
    public static void EnrolAfterLeaving(IContext ctx, CaseFact c)
    {
        var end = OpenEnding(c)!;
        var months = Params.IntOr(c, "leave.enrolWithinMonths", end.Date, 3);
        Steps.Add(
            ctx, "enrolAfterLeaving", end.Date.PlusMonths(months), new[] { "idCard", "hukouBook" }, Steps.PayChannels, null, "CN-LEAVE-3M", 30,
            new Dictionary<string, object?> { { "endDate", end.Date }, { "months", months } });
    }

    /// <summary>A new job started after an earlier one ended (CN-JOB-CHANGE), or null.</summary>
    public static CaseEvent? NewJob(CaseFact c)
    {
        var started = Latest(c, CaseEventType.EmploymentStarted);
        var ended = Latest(c, CaseEventType.EmploymentEnded);
        return started is not null && ended is not null && started.Date >= ended.Date ? started : null;
    }

    /// <summary>CN-JOB-CHANGE: hand the social-security card and an ID copy to the new employer's HR.</summary>
    public static void HandCardToEmployer(IContext ctx, CaseFact c)
    {
        var job = NewJob(c)!;
        Steps.Add(ctx, "handCardToEmployer", job.Date, new[] { "socialSecurityCard", "idCopy" }, new[] { Channel.Employer }, null, "CN-JOB-CHANGE", 10);
    }

    /// <summary>True when the person draws unemployment benefit on the evaluation date.</summary>
    public static bool DrawingBenefit(CaseFact c)
    {
        if (c.Status == ParticipantStatus.UnemployedWithBenefits)
        {
            return true;
        }

        var started = Latest(c, CaseEventType.UnemploymentBenefitsStarted);
        var ended = Latest(c, CaseEventType.UnemploymentBenefitsEnded);
        return started is not null && (ended is null || ended.Date < started.Date);
    }

    /// <summary>CN-UNEMPLOYED: the fund pays on a base of at least 60 % of last year's local average wage; the individual pays nothing.</summary>
    public static void UnemploymentCover(IContext ctx, CaseFact c)
    {
        var rate = Params.IntOr(c, "unemployed.baseRatePercent", c.AsOf, 60);
        ctx.InsertLinked(new UnemploymentCoverFact(rate, "CN-UNEMPLOYED"));
    }

    /// <summary>True when employee-scheme months were paid before the latest employment end (JDZ-UNEMPLOYED eligibility).</summary>
    public static bool InsuredBeforeLosingJob(CaseFact c)
    {
        var ended = Latest(c, CaseEventType.EmploymentEnded);
        var before = ended is null ? c.AsOf : ended.Date;
        var limit = new YearMonth(before.Year, before.Month);
        return c.Ledger.FirstPaidMonth is { } first && first.Month <= limit;
    }

    /// <summary>JDZ-UNEMPLOYED: apply at the Leping administrative service centre, window 25.</summary>
    public static void JingdezhenApply(IContext ctx, CaseFact c)
    {
        var days = Params.IntOr(c, "unemployed.timeLimitDays", c.AsOf, 30);
        Steps.Add(
            ctx, "applyUnemploymentMedical", null, new[] { "idCard", "unemploymentCertificate" }, new[] { Channel.Counter },
            Params.Text(c, "unemployed.where", c.AsOf), "JDZ-UNEMPLOYED", 10,
            new Dictionary<string, object?> { { "days", days } });
        if (!InsuredBeforeLosingJob(c))
        {
            ctx.InsertLinked(new AssumptionFact("JDZ-NOT-INSURED-BEFORE", "JDZ-UNEMPLOYED"));
        }
    }
}
