using Xunit.Abstractions;

namespace Insurance.Rules.Tests.Reliability;

/// <summary>
/// The promises people rely on, checked over <see cref="FuzzSettings.Cases"/> generated cases (100 000 by default).
/// A failure prints the invariant, how many cases broke it, the seed of the first and its shrunk (minimal) case.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class InvariantTests : IClassFixture<InvariantRun>
{
    private readonly InvariantRun run;

    public InvariantTests(InvariantRun run, ITestOutputHelper output)
    {
        this.run = run;
        output.WriteLine($"{run.Cases} cases in {run.Elapsed.TotalSeconds:F1} s (seed {FuzzSettings.Seed})");
    }

    [Fact]
    public void Evaluate_GeneratedCases_NoExceptionEscapes() => Holds(Invariant.NoException);

    [Fact]
    public void EvaluateJson_GeneratedCasesWrittenAsJson_AcceptedWithTheSameResult() => Holds(Invariant.JsonRoundTrip);

    [Fact]
    public void Evaluate_PayingEarlier_NeverResumesLater() => Holds(Invariant.PayingEarlierNeverLater);

    [Fact]
    public void Evaluate_BenefitsResumeOn_NotBeforePaymentMonthUnlessRetroactive() => Holds(Invariant.ResumeNotBeforePaymentMonth);

    [Fact]
    public void Evaluate_AddingOnTimeMonth_NeverLowersCreditedMonths() => Holds(Invariant.AddingMonthNeverLowersCredit);

    [Fact]
    public void Evaluate_ShuffledRecordsAndEvents_ByteIdenticalResult() => Holds(Invariant.ShuffleChangesNothing);

    [Fact]
    public void Evaluate_Deadlines_OnOrAfterAsOfAndStrictlyIncreasing() => Holds(Invariant.DeadlinesOrdered);

    [Fact]
    public void Evaluate_Status_AgreesWithBenefitDates() => Holds(Invariant.StatusMatchesDates);

    [Fact]
    public void Evaluate_Timeline_AgreesWithStatus() => Holds(Invariant.TimelineMatchesStatus);

    [Fact]
    public void Generator_Run_CoversEveryRegionStatusSchemeAndYear()
    {
        if (FuzzSettings.Replay is not null || run.Cases < 10_000)
        {
            return; // a replay or a small run (INSURANCE_RULES_FUZZ_CASES) is too small to reach every combination
        }

        var seen = run.Coverage;
        foreach (var pack in EligibilityCalculator.Default.Packs.Packs)
        {
            seen.Should().ContainKey("region:" + pack.Code);
        }

        foreach (var status in Enum.GetValues<Domain.Model.ParticipantStatus>())
        {
            seen.Should().ContainKey("status:" + status);
        }

        foreach (var payer in Enum.GetValues<Domain.Model.Payer>())
        {
            seen.Should().ContainKey("payer:" + payer);
        }

        for (var year = 2015; year <= 2030; year++)
        {
            seen.Should().ContainKey("year:" + year);
        }

        seen.Should().ContainKeys("scheme:resident", "scheme:employee", "wild", "tidy", "plan:none", "plan:payOn");
    }

    private void Holds(Invariant invariant)
    {
        if (run.Report(invariant) is { } report)
        {
            Assert.Fail(report);
        }
    }
}
