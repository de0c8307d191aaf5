using Insurance.Rules.Domain.Json;
using Insurance.Rules.Domain.Model;
using Insurance.Rules.Domain.Results;
using NodaTime;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// Evaluates one generated case and the variants its invariants need (earlier payment, an extra on-time month,
/// shuffled records, the JSON round trip) and reports the first broken promise per invariant.
/// </summary>
internal sealed class InvariantChecker
{
    private readonly EligibilityCalculator calculator;

    public InvariantChecker(EligibilityCalculator calculator) => this.calculator = calculator;

    /// <summary>Every violation found for the case (at most one per invariant).</summary>
    /// <param name="c">The case.</param>
    /// <param name="wild">Untidy history: only the robustness invariants are checked.</param>
    /// <param name="variantSeed">Seeds the choice of variants, so a replay picks the same ones.</param>
    public List<Violation> Check(InsuranceCase c, bool wild, ulong variantSeed)
    {
        var found = new List<Violation>();
        if (!TryEvaluate(c, found, "base case", out var result, out var bytes))
        {
            return found;
        }

        JsonRoundTrip(c, bytes, found);
        Deadlines(result, found);
        StatusAndDates(c, result, found);
        TimelineAgrees(c, result, found);

        // Each variant draws from its own stream, so shrinking the case (fewer records) keeps the other draws.
        Shuffle(c, bytes, Stream(variantSeed, 1), found);
        if (!wild)
        {
            ResumeVersusPayment(result, found);
            PayingEarlier(c, result, Stream(variantSeed, 2), found);
            AddingMonth(c, result, Stream(variantSeed, 3), found);
        }

        return found;
    }

    /// <summary>True when the case still breaks <paramref name="invariant"/> in the same way (the shrinker's test).</summary>
    public bool Breaks(InsuranceCase c, bool wild, ulong variantSeed, Invariant invariant, string kind)
        => Check(c, wild, variantSeed).Exists(v => v.Invariant == invariant && v.Kind == kind);

    // An exception's kind: its type and the first frame in this repository's code.
    private static string Signature(Exception ex)
    {
        var frame = ex.StackTrace?.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at Insurance.Rules", StringComparison.Ordinal)) ?? "?";
        var paren = frame.IndexOf('(', StringComparison.Ordinal);
        return ex.GetType().Name + " " + (paren > 0 ? frame[..paren] : frame);
    }

    // What decided the status: the participant status and the band of the latest gap.
    private static string Why(InsuranceCase c, EvaluationResult result) => $"participant {c.Participant.Status}, {Band(result)}";

    private bool TryEvaluate(InsuranceCase c, List<Violation> found, string what, out EvaluationResult result, out byte[] bytes)
    {
        try
        {
            result = calculator.Evaluate(c);
            bytes = ResultJson.SerializeToUtf8Bytes(result);
            return true;
        }
#pragma warning disable CA1031 // The invariant is exactly that nothing escapes: catch everything and report it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            found.Add(new Violation(Invariant.NoException, Signature(ex), $"{what}: {ex.GetType().FullName}: {ex.Message}\n{ex.StackTrace}"));
            result = null!;
            bytes = [];
            return false;
        }
    }

    private void JsonRoundTrip(InsuranceCase c, byte[] expected, List<Violation> found)
    {
        var json = CaseJson.Serialize(c);
        Evaluation evaluation;
        try
        {
            evaluation = calculator.EvaluateJson(json);
        }
#pragma warning disable CA1031
        catch (Exception ex)
#pragma warning restore CA1031
        {
            found.Add(new Violation(Invariant.NoException, Signature(ex), $"JSON evaluation: {ex.GetType().FullName}: {ex.Message}\n{ex.StackTrace}"));
            return;
        }

        if (evaluation.Result is null)
        {
            found.Add(new Violation(Invariant.JsonRoundTrip, "rejected", "valid case rejected: " + string.Join("; ", evaluation.Errors.Select(e => $"{e.Path}: {e.Code} {e.Message}"))));
            return;
        }

        var actual = ResultJson.SerializeToUtf8Bytes(evaluation.Result);
        if (!actual.AsSpan().SequenceEqual(expected))
        {
            found.Add(new Violation(Invariant.JsonRoundTrip, "differs", "result from JSON differs from result from the model:\n" + FirstDifference(expected, actual)));
        }
    }

    private static void Deadlines(EvaluationResult result, List<Violation> found)
    {
        var previous = (LocalDate?)null;
        foreach (var d in result.Deadlines)
        {
            if (d.PayBy < result.AsOf)
            {
                found.Add(new Violation(Invariant.DeadlinesOrdered, "before asOf " + d.Then, $"deadline payBy {d.PayBy:yyyy-MM-dd} ({d.Then}) is before asOf {result.AsOf:yyyy-MM-dd}"));
                return;
            }

            if (previous is { } p && d.PayBy <= p)
            {
                found.Add(new Violation(Invariant.DeadlinesOrdered, "not increasing", $"deadline payBy {d.PayBy:yyyy-MM-dd} does not follow {p:yyyy-MM-dd}"));
                return;
            }

            previous = d.PayBy;
        }
    }

    // covered ⇒ benefits apply on asOf: benefitsResumeOn is unset or on/before asOf. waiting ⇒ benefits resume after asOf.
    private static void StatusAndDates(InsuranceCase c, EvaluationResult result, List<Violation> found)
    {
        var asOf = result.AsOf;
        var resume = result.BenefitsResumeOn;
        switch (result.Status)
        {
            case CoverageStatus.Covered:
                if (resume is { } r && r > asOf)
                {
                    found.Add(new Violation(Invariant.StatusMatchesDates, "covered, resumes later: " + Why(c, result), $"status covered but benefitsResumeOn {r:yyyy-MM-dd} is after asOf {asOf:yyyy-MM-dd}"));
                }

                break;
            case CoverageStatus.Waiting:
                if (resume is not { } w || w <= asOf)
                {
                    found.Add(new Violation(Invariant.StatusMatchesDates, "waiting, no later resumption: " + Why(c, result), $"status waiting but benefitsResumeOn is {Text(resume)} (asOf {asOf:yyyy-MM-dd})"));
                }

                break;
        }
    }

    // The timeline says whether benefits apply on the first day of each month. A covered person whose benefits
    // resumed on or before the first day of the asOf month must have them in that month of the timeline.
    private static void TimelineAgrees(InsuranceCase c, EvaluationResult result, List<Violation> found)
    {
        if (result.Status is not (CoverageStatus.Covered or CoverageStatus.RetiredCovered))
        {
            return;
        }

        var asOf = result.AsOf;
        var resume = result.BenefitsResumeOn;
        var month = result.Timeline.FirstOrDefault(t => t.Month == asOf.ToYearMonth());
        if (month is not null && !month.BenefitsApply && (resume is null || resume <= asOf.ToYearMonth().OnDayOfMonth(1)))
        {
            found.Add(new Violation(Invariant.TimelineMatchesStatus, "covered, timeline without benefits: " + Why(c, result),
                $"status {result.Status} but the timeline says benefits do not apply in {asOf:yyyy-MM} (state {month.State}; benefitsResumeOn {Text(resume)})"));
        }
    }

    private static SeededRandom Stream(ulong seed, int n) => new(seed ^ (0xD1B54A32D192ED03UL * (ulong)n));

    private void Shuffle(InsuranceCase c, byte[] expected, SeededRandom r, List<Violation> found)
    {
        if (c.Contributions.Count < 2 && c.Events.Count < 2)
        {
            return;
        }

        var shuffled = new InsuranceCase(c.AsOf, c.Region, c.Participant, r.Shuffled(c.Contributions), c.DeemedMonths, r.Shuffled(c.Events), c.Plan);
        if (!TryEvaluate(shuffled, found, "shuffled records", out _, out var actual))
        {
            return;
        }

        if (!actual.AsSpan().SequenceEqual(expected))
        {
            found.Add(new Violation(Invariant.ShuffleChangesNothing, "differs", "record order changed the result:\n" + FirstDifference(expected, actual)));
        }
    }

    // For every gap: its benefitsResumeOn is on or after the first day of its payment month, unless it is the gap the
    // result describes and that gap is covered retroactively.
    private static void ResumeVersusPayment(EvaluationResult result, List<Violation> found)
    {
        for (var i = 0; i < result.Gaps.Count; i++)
        {
            var g = result.Gaps[i];
            var paymentMonthStart = g.PaymentDate.ToYearMonth().OnDayOfMonth(1);
            if (g.BenefitsResumeOn is not { } resume || resume >= paymentMonthStart)
            {
                continue;
            }

            var latest = i == result.Gaps.Count - 1;
            if (latest && result.GapCoveredRetroactively)
            {
                continue;
            }

            found.Add(new Violation(Invariant.ResumeNotBeforePaymentMonth, g.Band ?? "no band",
                $"gap {g.From:yyyy-MM}..{g.To:yyyy-MM} ({g.Band}) paid {g.PaymentDate:yyyy-MM-dd}: benefitsResumeOn {resume:yyyy-MM-dd} precedes the payment month (gapCoveredRetroactively {result.GapCoveredRetroactively})"));
            return;
        }
    }

    // Two planned payment dates p1 ≤ p2 (both on or after asOf): the earlier must not resume later. And, where the
    // history has a backpayment, moving it earlier (still after the months it pays) must not resume later either.
    private void PayingEarlier(InsuranceCase c, EvaluationResult result, SeededRandom r, List<Violation> found)
    {
        var later = c.AsOf.PlusDays(r.Between(0, 400));
        var earlier = c.AsOf.PlusDays(r.Between(0, Period.DaysBetween(c.AsOf, later)));
        if (TryEvaluate(WithPlan(c, earlier), found, $"plan.payOn {earlier:yyyy-MM-dd}", out var a, out _)
            && TryEvaluate(WithPlan(c, later), found, $"plan.payOn {later:yyyy-MM-dd}", out var b, out _)
            && a.BenefitsResumeOn is { } ra && b.BenefitsResumeOn is { } rb && ra > rb
            && !RulesChangeBetween(c.Region, earlier, later)
            && !(a.ResidentWaiting is not null && b.ResidentWaiting is not null && BuyDifferentResidentYears(c, earlier, later)))
        {
            found.Add(new Violation(Invariant.PayingEarlierNeverLater, $"plan: {Band(a)} vs {Band(b)}",
                $"plan.payOn {earlier:yyyy-MM-dd} resumes {ra:yyyy-MM-dd} ({Band(a)}) but plan.payOn {later:yyyy-MM-dd} resumes {rb:yyyy-MM-dd} ({Band(b)})"));
            return;
        }

        // A recorded backpayment (every month it pays is before the month the money arrived) moved earlier.
        var candidates = new List<int>();
        for (var i = 0; i < c.Contributions.Count; i++)
        {
            var rec = c.Contributions[i];
            if (rec.Scheme == Scheme.Employee && rec.PaidOn is { } paid && paid <= c.AsOf && rec.To is { } to && paid.ToYearMonth() > to)
            {
                candidates.Add(i);
            }
        }

        if (candidates.Count == 0 || result.BenefitsResumeOn is not { } baseResume)
        {
            return;
        }

        var index = r.Pick(candidates);
        var original = c.Contributions[index];
        var firstPossible = original.To!.Value.PlusMonths(1).OnDayOfMonth(1);
        if (firstPossible >= original.PaidOn!.Value)
        {
            return;
        }

        var moved = firstPossible.PlusDays(r.Between(0, Period.DaysBetween(firstPossible, original.PaidOn.Value) - 1));
        var records = c.Contributions.ToList();
        records[index] = original.From == original.To
            ? ContributionRecord.ForMonth(original.From!.Value, original.Scheme, original.Payer, moved, original.Region)
            : ContributionRecord.ForRange(original.From!.Value, original.To!.Value, original.Scheme, original.Payer, moved, original.Region);
        var earlierCase = new InsuranceCase(c.AsOf, c.Region, c.Participant, records, c.DeemedMonths, c.Events, c.Plan);
        if (TryEvaluate(earlierCase, found, $"contributions[{index}].paidOn {moved:yyyy-MM-dd}", out var e, out _)
            && e.BenefitsResumeOn is { } re && re > baseResume
            && !RulesChangeBetween(c.Region, moved, original.PaidOn.Value))
        {
            found.Add(new Violation(Invariant.PayingEarlierNeverLater, $"backpayment: {Band(result)} vs {Band(e)}",
                $"contributions[{index}].paidOn moved from {original.PaidOn:yyyy-MM-dd} to {moved:yyyy-MM-dd}: benefitsResumeOn {baseResume:yyyy-MM-dd} ({Band(result)}) became {re:yyyy-MM-dd} ({Band(e)})"));
        }
    }

    // True when two resident-scheme payments buy different insurance years: a centralised period opens between
    // them (paying just before it opens buys this year with a waiting period; paying in it buys next year from
    // 1 January), or they fall in different calendar years. Such payments are different purchases, so "earlier is
    // never worse" compares only payments for the same year.
    private bool BuyDifferentResidentYears(InsuranceCase c, LocalDate earlier, LocalDate later)
    {
        if (earlier.Year != later.Year)
        {
            return true;
        }

        var code = calculator.Packs.TryResolveAlias(c.Region, out var resolved) ? resolved : c.Region;
        var fact = new Insurance.Rules.Policies.Facts.CaseFact(c, Insurance.Rules.Domain.Ledger.LedgerAnalysis.Analyze(c), calculator.Packs.For(code));
        return Insurance.Rules.Policies.Resident.ResidentCover.YearForPayment(fact, earlier)
            != Insurance.Rules.Policies.Resident.ResidentCover.YearForPayment(fact, later)
            || Insurance.Rules.Policies.Resident.ResidentCover.CentralPeriod(fact, earlier.Year + 1) is { } next
                && next.Start > earlier && next.Start <= later;
    }

    // True when a value of the region's packs (the region, its province, CN) takes or loses effect after
    // `earlier` and on or before `later`: a payment on each side of a change in the law is judged by different
    // rules (e.g. Shandong's flexible-worker rule from 2022-04-01), so "earlier is never worse" does not apply.
    private bool RulesChangeBetween(string region, LocalDate earlier, LocalDate later)
    {
        var code = calculator.Packs.TryResolveAlias(region, out var resolved) ? resolved : region;
        foreach (var pack in calculator.Packs.For(code).Chain)
        {
            foreach (var values in pack.Values.Values)
            {
                foreach (var v in values)
                {
                    if ((v.EffectiveFrom > earlier && v.EffectiveFrom <= later)
                        || (v.EffectiveTo is { } to && to >= earlier && to < later))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private void AddingMonth(InsuranceCase c, EvaluationResult result, SeededRandom r, List<Violation> found)
    {
        if (result.Retirement is not { } before)
        {
            return;
        }

        var asOfMonth = c.AsOf.ToYearMonth();
        var month = asOfMonth.PlusMonths(-r.Between(0, 240));
        var records = c.Contributions.ToList();
        records.Insert(r.Between(0, records.Count), ContributionRecord.ForMonth(month, Scheme.Employee, r.Chance(50) ? Payer.Employer : Payer.Individual));
        var more = new InsuranceCase(c.AsOf, c.Region, c.Participant, records, c.DeemedMonths, c.Events, c.Plan);
        if (!TryEvaluate(more, found, $"extra month {month:yyyy-MM}", out var after, out _))
        {
            return;
        }

        if (after.Retirement is not { } a)
        {
            found.Add(new Violation(Invariant.AddingMonthNeverLowersCredit, "retirement removed", $"adding on-time month {month:yyyy-MM} removed the retirement result"));
        }
        else if (a.CreditedMonths < before.CreditedMonths)
        {
            found.Add(new Violation(Invariant.AddingMonthNeverLowersCredit, "lowered",
                $"adding on-time month {month:yyyy-MM} lowered creditedMonths from {before.CreditedMonths} to {a.CreditedMonths}"));
        }
    }

    private static InsuranceCase WithPlan(InsuranceCase c, LocalDate payOn)
        => new(c.AsOf, c.Region, c.Participant, c.Contributions, c.DeemedMonths, c.Events, new Plan(payOn, c.Plan.RepairYears));

    private static string Band(EvaluationResult result)
        => result.Gaps.Count > 0 ? result.Gaps[^1].Band ?? "no band" : result.ResidentWaiting is not null ? "resident" : "no gap";

    private static string Text(LocalDate? date) => date is { } d ? d.ToString("yyyy-MM-dd", null) : "null";

    /// <summary>The first differing stretch of two JSON texts, for a readable failure.</summary>
    internal static string FirstDifference(byte[] expected, byte[] actual)
    {
        var e = System.Text.Encoding.UTF8.GetString(expected);
        var a = System.Text.Encoding.UTF8.GetString(actual);
        var i = 0;
        while (i < e.Length && i < a.Length && e[i] == a[i])
        {
            i++;
        }

        var start = Math.Max(0, i - 80);
        return $"  expected …{e.Substring(start, Math.Min(200, e.Length - start))}…\n  actual   …{a.Substring(start, Math.Min(200, a.Length - start))}…";
    }
}
