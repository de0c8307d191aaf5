using Insurance.Rules.Domain.Ledger;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Packs;
using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;
using Insurance.Rules.Engine;
using Insurance.Rules.Policies.Facts;
using NodaTime;

namespace Insurance.Rules.Pipeline;

/// <summary>Assembles the facts a session produced into an <see cref="EvaluationResult"/>.</summary>
internal sealed class ResultAssembler
{
    private readonly TextCatalog texts;

    public ResultAssembler(TextCatalog texts) => this.texts = texts;

    public EvaluationResult Assemble(
        CaseFact c,
        IReadOnlyList<GapFact> gapFacts,
        ResidentYearFact? residentYear,
        ISession session,
        IReadOnlyList<TraceEntry> trace,
        Language lang,
        bool includeTimeline)
    {
        var outcomes = new List<GapOutcome>(session.Query<GapOutcome>());
        var assumptions = new AssumptionList();

        AddRegionAssumptions(c, assumptions);

        // Gaps, each with its outcome.
        var gaps = new List<GapResult>(gapFacts.Count);
        GapOutcome? latest = null;
        LocalDate? running = null;
        foreach (var g in gapFacts)
        {
            var o = OutcomeFor(outcomes, g);
            if (o is not null && running is { } earlier && o.BenefitsResumeOn is { } own && own < earlier)
            {
                // A waiting period still running from an earlier gap is not cut short by a later, shorter one.
                o = o with { BenefitsResumeOn = earlier, WaitingMonths = Math.Max(o.WaitingMonths, GapMonths(o.Gap.PaymentMonth, earlier)) };
            }

            if (o?.BenefitsResumeOn is { } resumeOn)
            {
                running = running is { } r && r > resumeOn ? r : resumeOn;
            }

            if (g.IsLatest)
            {
                latest = o;
            }

            if (o is not null)
            {
                foreach (var v in o.UsedValues)
                {
                    assumptions.AddValue(v);
                }
            }

            int? days = g.Family == Bands.Families.Yichang ? g.Days : null;
            gaps.Add(new GapResult(g.Gap.From, g.Gap.To, g.Months, days, o?.Band, g.Open, g.PaymentDate, o?.BenefitsResumeOn));
        }

        if (latest is not null && latest.Gap.Open)
        {
            assumptions.Add(new AssumptionFact(
                latest.Gap.Gap.PaymentKind == PaymentKind.Planned ? "PAYMENT-PLANNED" : "PAYMENT-ASSUMED-ASOF",
                latest.Basis,
                new Dictionary<string, object?> { { "date", latest.Gap.PaymentDate } }));
        }

        foreach (var a in session.Query<AssumptionFact>())
        {
            assumptions.Add(a);
        }

        // Resident scheme.
        ResidentCoverFact? cover = null;
        foreach (var f in session.Query<ResidentCoverFact>())
        {
            cover ??= f;
        }

        if (cover is not null)
        {
            foreach (var v in cover.UsedValues)
            {
                assumptions.AddValue(v);
            }
        }

        IncentiveFact? incentive = null;
        foreach (var f in session.Query<IncentiveFact>())
        {
            incentive = f;
        }

        // Retirement.
        RetirementAgeFact? age = null;
        foreach (var f in session.Query<RetirementAgeFact>())
        {
            age = f;
        }

        RetirementYearsFact? years = null;
        foreach (var f in session.Query<RetirementYearsFact>())
        {
            years = f;
        }

        FlexEligibilityFact? flex = null;
        foreach (var f in session.Query<FlexEligibilityFact>())
        {
            flex = f;
        }

        var unemployment = false;
        foreach (var _ in session.Query<UnemploymentCoverFact>())
        {
            unemployment = true;
        }

        var status = Status(c, latest, residentYear, cover, years, unemployment);

        LocalDate? resume;
        int waiting;
        bool retro;
        bool continuity;
        if (cover is not null && (latest is null || status is CoverageStatus.Waiting || residentYear is not null))
        {
            resume = cover.CoveredFrom;
            waiting = cover.TotalMonths;
            retro = cover.Band == Bands.Switch;
            continuity = cover.Year.BrokenYears == 0;
        }
        else if (unemployment)
        {
            // CN-UNEMPLOYED: the fund pays from the month of enrolment, no waiting period.
            resume = null;
            waiting = 0;
            retro = false;
            continuity = true;
        }
        else if (latest is not null)
        {
            resume = latest.BenefitsResumeOn;
            waiting = latest.WaitingMonths;
            retro = latest.Retroactive;
            continuity = latest.ContinuityPreserved;
        }
        else
        {
            resume = null;
            waiting = 0;
            retro = false;
            continuity = c.Ledger.PaidEmployeeMonths > 0 || c.Ledger.ResidentYears.Count > 0;
        }

        // Deadlines: ascending, strictly increasing.
        var deadlineFacts = new List<DeadlineFact>(session.Query<DeadlineFact>());
        deadlineFacts.Sort((a, b) => a.PayBy.CompareTo(b.PayBy));
        var deadlines = new List<DeadlineResult>(deadlineFacts.Count);
        foreach (var d in deadlineFacts)
        {
            if (deadlines.Count == 0 || deadlines[^1].PayBy < d.PayBy)
            {
                deadlines.Add(new DeadlineResult(d.PayBy, d.Then, d.BenefitsResumeOnIfLater));
            }
        }

        var steps = Steps(session, lang);

        RetirementResult? retirement = age is null
            ? null
            : new RetirementResult(age.RetirementMonth, years?.RequiredMonths, years?.CreditedMonths ?? c.Ledger.CreditedMonths, years?.ShortfallMonths ?? 0);

        return new EvaluationResult
        {
            CaseId = c.Participant.Id,
            AsOf = c.AsOf,
            Region = c.Parameters.RequestedCode,
            Status = status,
            Gaps = gaps,
            BenefitsResumeOn = resume,
            WaitingMonths = waiting,
            GapCoveredRetroactively = retro,
            ContinuityPreserved = continuity,
            Deadlines = deadlines,
            Steps = steps,
            FlexibleEnrollment = flex is null ? null : new FlexibleEnrollmentResult(flex.Eligible, flex.Reason, flex.Basis),
            Retirement = retirement,
            ResidentWaiting = cover is null ? null : new ResidentWaitingResult(cover.FixedMonths, cover.VariableMonths, cover.RepairedMonths, cover.TotalMonths),
            Incentive = incentive is null ? null : new IncentiveResult(incentive.ConsecutiveYears, incentive.CapRaise),
            Assumptions = assumptions.Format(texts, lang),
            Trace = trace,
            Timeline = includeTimeline ? Timeline.Build(c, gapFacts, outcomes, cover, unemployment ? FundCoverStart(c, gapFacts) : null, status, resume) : [],
        };
    }

    /// <summary>The first month the unemployment fund covers: the benefit start event, else the open gap's first month, else the evaluation month.</summary>
    private static YearMonth FundCoverStart(CaseFact c, IReadOnlyList<GapFact> gaps)
    {
        if (Policies.Employment.EmploymentEvents.Latest(c, CaseEventType.UnemploymentBenefitsStarted) is { } e)
        {
            return new YearMonth(e.Date.Year, e.Date.Month);
        }

        return gaps.Count > 0 && gaps[^1].Open ? gaps[^1].Gap.From : new YearMonth(c.AsOf.Year, c.AsOf.Month);
    }

    private static int GapMonths(YearMonth from, LocalDate to) => Math.Max(0, ((to.Year - from.Year) * 12) + to.Month - from.Month);

    private static GapOutcome? OutcomeFor(List<GapOutcome> outcomes, GapFact g)
    {
        foreach (var o in outcomes)
        {
            if (ReferenceEquals(o.Gap, g))
            {
                return o;
            }
        }

        return null;
    }

    private static void AddRegionAssumptions(CaseFact c, AssumptionList assumptions)
    {
        if (c.Parameters.FallbackFrom is { } requested)
        {
            assumptions.Add(new AssumptionFact(
                "REGION-FALLBACK",
                "CN",
                new Dictionary<string, object?> { { "requested", requested }, { "used", c.Parameters.RegionCode } }));
        }
    }

    /// <summary>
    /// Status on the evaluation date (FACTS §0): a retiree with the required months is <c>retiredCovered</c>; a
    /// resident-scheme year decides for resident cases; a person drawing unemployment benefit is covered; otherwise
    /// the latest employee-scheme gap decides (open: suspended from S, lapsed when continuity is lost; closed:
    /// waiting until benefits resume).
    /// </summary>
    private static CoverageStatus Status(
        CaseFact c, GapOutcome? latest, ResidentYearFact? residentYear, ResidentCoverFact? cover, RetirementYearsFact? years, bool unemployment)
    {
        var asOf = c.AsOf;
        if (c.Status == ParticipantStatus.Retired)
        {
            return years is null || years.ShortfallMonths == 0 ? CoverageStatus.RetiredCovered : CoverageStatus.Suspended;
        }

        if (residentYear is not null)
        {
            if (!residentYear.Paid)
            {
                return c.Ledger.EverInsuredBefore(residentYear.Year) ? CoverageStatus.Lapsed : CoverageStatus.NotEnrolled;
            }

            if (cover is null)
            {
                return CoverageStatus.Covered;
            }

            return cover.CoveredFrom <= asOf ? CoverageStatus.Covered : CoverageStatus.Waiting;
        }

        if (unemployment)
        {
            return CoverageStatus.Covered;
        }

        if (c.Ledger.PaidEmployeeMonths == 0)
        {
            return c.Ledger.ResidentYears.Count == 0 ? CoverageStatus.NotEnrolled : CoverageStatus.Lapsed;
        }

        if (latest is null)
        {
            return CoverageStatus.Covered;
        }

        var gap = latest.Gap;
        if (gap.Open)
        {
            var suspendedFrom = latest.SuspendedFrom ?? gap.Gap.SuspensionStart;
            if (asOf < suspendedFrom)
            {
                return CoverageStatus.Covered;
            }

            return latest.NewEnrolment || !latest.ContinuityPreserved ? CoverageStatus.Lapsed : CoverageStatus.Suspended;
        }

        return latest.BenefitsResumeOn is { } resume && resume > asOf ? CoverageStatus.Waiting : CoverageStatus.Covered;
    }

    private List<StepResult> Steps(ISession session, Language lang)
    {
        var facts = new List<StepFact>(session.Query<StepFact>());
        facts.Sort((a, b) =>
        {
            var ad = a.DueBy ?? LocalDate.MaxIsoValue;
            var bd = b.DueBy ?? LocalDate.MaxIsoValue;
            var cmp = ad.CompareTo(bd);
            if (cmp == 0)
            {
                cmp = a.Order.CompareTo(b.Order);
            }

            return cmp != 0 ? cmp : string.CompareOrdinal(a.Code, b.Code);
        });

        var steps = new List<StepResult>(facts.Count);
        foreach (var s in facts)
        {
            var title = texts.Format("step." + s.Code, lang, TextArgs.For(s.Args, s.Where));
            steps.Add(new StepResult(s.Code, title, s.DueBy, s.Documents, s.Channels, s.Where, s.Basis));
        }

        return steps;
    }
}
