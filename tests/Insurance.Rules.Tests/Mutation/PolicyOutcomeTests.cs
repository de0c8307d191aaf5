using Insurance.Rules.Domain.Results;
using Insurance.Rules.Domain.Text;

namespace Insurance.Rules.Tests.Mutation;

/// <summary>
/// Outcomes the scenario files did not pin and that mutation testing showed could change unnoticed: the
/// retroactive and continuity flags and assumptions of each regional band, step documents, channels and bases,
/// and the retirement minimum for people outside the employee scheme.
/// </summary>
public sealed class PolicyOutcomeTests
{
    private static EvaluationResult Evaluate(string json)
    {
        var evaluation = EligibilityCalculator.Default.EvaluateJson(json, Language.En);
        evaluation.Errors.Should().BeEmpty();
        return evaluation.Result!;
    }

    private static string Flexible(string region, string asOf, string contributions, string status = "flexible", string extra = "")
        => $$"""{"asOf":"{{asOf}}","region":"{{region}}","participant":{"id":"m","birthDate":"1985-04-12","sex":"male","status":"{{status}}"},"contributions":[{{contributions}}]{{extra}}}""";

    [Fact]
    public void Ningbo_GapOf2MonthsBackpaid_FromNextMonthRetroactiveContinuous()
    {
        // Gap 2025-01..02 backpaid on 2025-03-10 (≤ 3 months): from P+1, gap costs claimable, continuity kept.
        var r = Evaluate(Flexible("330200", "2025-06-15",
            """{"from":"2020-01","to":"2024-12","scheme":"employee","payer":"individual"},{"from":"2025-01","to":"2025-02","scheme":"employee","payer":"individual","paidOn":"2025-03-10"},{"from":"2025-03","to":"2025-06","scheme":"employee","payer":"individual"}"""));

        r.Gaps.Should().ContainSingle().Which.Band.Should().Be("NB-REJOIN.SHORT");
        r.BenefitsResumeOn.Should().Be(new NodaTime.LocalDate(2025, 4, 1));
        r.WaitingMonths.Should().Be(1);
        r.GapCoveredRetroactively.Should().BeTrue();
        r.ContinuityPreserved.Should().BeTrue();
        r.Assumptions.Select(a => a.Code).Should().NotContain("NB-LONG-CONTINUITY");
    }

    [Fact]
    public void Ningbo_GapOf5Months_FromPaymentMonthPlus2NotRetroactiveContinuityAssumed()
    {
        var r = Evaluate(Flexible("330200", "2025-09-15",
            """{"from":"2020-01","to":"2024-12","scheme":"employee","payer":"individual"},{"from":"2025-06","to":"2025-09","scheme":"employee","payer":"individual"}"""));

        r.Gaps.Should().ContainSingle().Which.Band.Should().Be("NB-REJOIN.LONG");
        r.BenefitsResumeOn.Should().Be(new NodaTime.LocalDate(2025, 8, 1));
        r.WaitingMonths.Should().Be(2);
        r.GapCoveredRetroactively.Should().BeFalse();
        r.ContinuityPreserved.Should().BeTrue();
        r.Assumptions.Select(a => a.Code).Should().Contain("NB-LONG-CONTINUITY");
    }

    [Fact]
    public void Shandong_FlexibleGapOf5Months_ThreeMonthsWaitContinuityBroken()
    {
        var r = Evaluate(Flexible("370000", "2025-09-15",
            """{"from":"2020-01","to":"2024-12","scheme":"employee","payer":"individual"},{"from":"2025-06","to":"2025-09","scheme":"employee","payer":"individual"}"""));

        r.Gaps.Should().ContainSingle().Which.Band.Should().Be("SD-FLEX.LONG");
        r.BenefitsResumeOn.Should().Be(new NodaTime.LocalDate(2025, 9, 1));
        r.WaitingMonths.Should().Be(3);
        r.GapCoveredRetroactively.Should().BeFalse();
        r.ContinuityPreserved.Should().BeFalse();
        r.Assumptions.Select(a => a.Code).Should().Contain("LONG-GAP-CONTINUITY");
    }

    [Fact]
    public void Shandong_FlexibleGapOf2Months_NextMonthContinuousNoContinuityAssumption()
    {
        var r = Evaluate(Flexible("370000", "2025-09-15",
            """{"from":"2020-01","to":"2025-05","scheme":"employee","payer":"individual"},{"from":"2025-08","to":"2025-09","scheme":"employee","payer":"individual"}"""));

        r.Gaps.Should().ContainSingle().Which.Band.Should().Be("SD-FLEX.SHORT");
        r.BenefitsResumeOn.Should().Be(new NodaTime.LocalDate(2025, 9, 1));
        r.WaitingMonths.Should().Be(1);
        r.GapCoveredRetroactively.Should().BeFalse();
        r.ContinuityPreserved.Should().BeTrue();
        r.Assumptions.Select(a => a.Code).Should().NotContain("LONG-GAP-CONTINUITY");
    }

    [Fact]
    public void Shandong_EmployerArrearsOpen_SuspendedEmployerStepResumesMonthAfterPayment()
    {
        var r = Evaluate(Flexible("370000", "2025-09-15",
            """{"from":"2020-01","to":"2025-04","scheme":"employee","payer":"employer"}""", "employed",
            ""","events":[{"date":"2025-05-01","type":"employerStoppedPaying"}]"""));

        r.Status.Should().Be(CoverageStatus.Suspended);
        r.Gaps.Should().ContainSingle().Which.Band.Should().Be("SD-ARREARS");
        r.BenefitsResumeOn.Should().Be(new NodaTime.LocalDate(2025, 10, 1));
        r.WaitingMonths.Should().Be(1);
        r.GapCoveredRetroactively.Should().BeFalse();
        r.ContinuityPreserved.Should().BeTrue();
        var step = r.Steps.Should().ContainSingle(s => s.Code == "employerPayArrears").Which;
        step.Channels.Should().Equal(Channel.Employer);
        step.Basis.Should().Be("CN-ARREARS-BACKPAY");
    }

    [Fact]
    public void Zhuhai_GapOf5Months_NewEnrolmentCeilingAssumedContinuityBroken()
    {
        var r = Evaluate(Flexible("440400", "2025-09-15",
            """{"from":"2020-01","to":"2024-12","scheme":"employee","payer":"employer"},{"from":"2025-06","to":"2025-09","scheme":"employee","payer":"employer"}""", "employed",
            ""","events":[{"date":"2024-12-31","type":"employmentEnded"},{"date":"2025-06-01","type":"employmentStarted"}]"""));

        r.Status.Should().Be(CoverageStatus.Waiting);
        r.Gaps.Should().ContainSingle().Which.Band.Should().Be("ZH-GAP.LONG");
        r.BenefitsResumeOn.Should().Be(new NodaTime.LocalDate(2025, 12, 1));
        r.WaitingMonths.Should().Be(6);
        r.GapCoveredRetroactively.Should().BeFalse();
        r.ContinuityPreserved.Should().BeFalse();
        r.Assumptions.Select(a => a.Code).Should().Contain("ZH-GAP-WAIT-UNKNOWN");
        var step = r.Steps.Should().ContainSingle(s => s.Code == "handCardToEmployer").Which;
        step.DueBy.Should().Be(new NodaTime.LocalDate(2025, 6, 1));
        step.Documents.Should().Equal("socialSecurityCard", "idCopy");
        step.Channels.Should().Equal(Channel.Employer);
        step.Basis.Should().Be("CN-JOB-CHANGE");
    }

    [Fact]
    public void Changzhou_BackpaidWithin3Months_DayAfterPaymentNotRetroactiveContinuous()
    {
        // Gap 2025-06..07 backpaid on 2025-08-20: restored the day after the money arrives (2025-08-21).
        var r = Evaluate(Flexible("320400", "2025-09-15",
            """{"from":"2020-01","to":"2025-05","scheme":"employee","payer":"individual"},{"from":"2025-06","to":"2025-07","scheme":"employee","payer":"individual","paidOn":"2025-08-20"},{"from":"2025-08","to":"2025-09","scheme":"employee","payer":"individual"}"""));

        var gap = r.Gaps.Should().ContainSingle().Which;
        gap.Band.Should().Be("CZ-FLEX.SHORT");
        gap.PaymentDate.Should().Be(new NodaTime.LocalDate(2025, 8, 1), "the on-time payment of 2025-08 (first day of its month) closes the gap before the backpayment");
        r.BenefitsResumeOn.Should().Be(gap.PaymentDate.PlusDays(1));
        r.WaitingMonths.Should().Be(0);
        r.GapCoveredRetroactively.Should().BeFalse();
        r.ContinuityPreserved.Should().BeTrue();
    }

    [Fact]
    public void Changzhou_GapOf5Months_ThreeMonthsContinuityBrokenAndAssumed()
    {
        var r = Evaluate(Flexible("320400", "2025-09-15",
            """{"from":"2020-01","to":"2024-12","scheme":"employee","payer":"individual"},{"from":"2025-06","to":"2025-09","scheme":"employee","payer":"individual"}"""));

        r.Gaps.Should().ContainSingle().Which.Band.Should().Be("CZ-FLEX.LONG");
        r.BenefitsResumeOn.Should().Be(new NodaTime.LocalDate(2025, 9, 1));
        r.WaitingMonths.Should().Be(3);
        r.ContinuityPreserved.Should().BeFalse();
        r.Assumptions.Select(a => a.Code).Should().Contain("LONG-GAP-CONTINUITY");
    }

    [Fact]
    public void LeavingEmployer_OpenOneMonthGap_EnrolStepDocumentsChannelsAndDeadline()
    {
        var r = Evaluate(Flexible("420500", "2025-09-15",
            """{"from":"2020-01","to":"2025-07","scheme":"employee","payer":"employer"}""", "unemployed",
            ""","events":[{"date":"2025-07-31","type":"employmentEnded"}]"""));

        var enrol = r.Steps.Should().ContainSingle(s => s.Code == "enrolAfterLeaving").Which;
        enrol.DueBy.Should().Be(new NodaTime.LocalDate(2025, 10, 31), "CN-LEAVE-3M: end date 2025-07-31 plus 3 months");
        enrol.Documents.Should().Equal("idCard", "hukouBook");
        enrol.Basis.Should().Be("CN-LEAVE-3M");
        r.Steps.Should().Contain(s => s.Code == "registerFlexibleWorker" && s.Basis == "CN-HUKOU" && s.Documents.SequenceEqual(new[] { "idCard" }));
        r.Steps.Should().Contain(s => s.Code == "choosePaymentMethod" && s.Basis == "CN-HUKOU" && s.Documents.Count == 0);
        r.Deadlines.Should().ContainSingle().Which.Then.Should().Be("CN-TRANSFER-LONG");
    }

    [Fact]
    public void Jingdezhen_BenefitWithoutEarlierInsurance_ApplyStepAndAssumption()
    {
        var r = Evaluate(Flexible("360200", "2025-09-15", string.Empty, "unemployedWithBenefits",
            ""","events":[{"date":"2025-07-01","type":"unemploymentBenefitsStarted"}]"""));

        r.Status.Should().Be(CoverageStatus.Covered);
        var step = r.Steps.Should().ContainSingle(s => s.Code == "applyUnemploymentMedical").Which;
        step.Documents.Should().Equal("idCard", "unemploymentCertificate");
        step.Channels.Should().Equal(Channel.Counter);
        step.Basis.Should().Be("JDZ-UNEMPLOYED");
        r.Assumptions.Select(a => a.Code).Should().Contain("JDZ-NOT-INSURED-BEFORE");
    }

    [Fact]
    public void Tianjin_FirstAndContinuingDeclaration_DocumentsPerSeed()
    {
        const string hukou = ""","participant":{"id":"t","birthDate":"1985-04-12","sex":"male","status":"flexible","hukou":{"region":"120000","type":"nonAgricultural"}}""";
        var first = Evaluate("""{"asOf":"2025-09-15","region":"120000","contributions":[]""" + hukou + "}");
        var continuing = Evaluate("""{"asOf":"2025-09-15","region":"120000","contributions":[{"from":"2020-01","to":"2025-08","scheme":"employee","payer":"individual"}]""" + hukou + "}");

        first.Steps.Should().ContainSingle(s => s.Code == "tianjinFirstDeclaration").Which.Documents
            .Should().Equal("hukouBook", "hukouBookCopy", "idCard", "idCardCopy", "photo1Inch");
        continuing.Steps.Should().ContainSingle(s => s.Code == "tianjinContinuingDeclaration").Which.Documents
            .Should().Equal("hukouBook", "idCard", "pensionHandbook");
        var pension = first.Steps.Should().ContainSingle(s => s.Code == "enrolPensionToo").Which;
        pension.Documents.Should().Equal("idCard");
        pension.Basis.Should().Be("TJ-FLEX-HUKOU");
    }

    [Fact]
    public void Tianjin_ResidencePermitAfter20251109_EligibleViaPermitWithPauseStep()
    {
        var r = Evaluate("""{"asOf":"2025-12-15","region":"120000","participant":{"id":"t","birthDate":"1985-04-12","sex":"male","status":"flexible","residencePermitRegion":"120000","hukou":{"region":"420500","type":"agricultural"}},"contributions":[]}""");

        r.FlexibleEnrollment!.Reason.Should().Be("viaResidencePermit");
        var pause = r.Steps.Should().ContainSingle(s => s.Code == "pauseOtherProvinceEnrolment").Which;
        pause.Documents.Should().Equal("idCard");
        pause.Channels.Should().Equal(Channel.Online, Channel.Counter);
        pause.Basis.Should().Be("TJ-FLEX-HUKOU");
    }

    [Fact]
    public void Retirement_ResidentWithoutEmployeeOrDeemedMonths_NoRequirement()
    {
        var r = Evaluate("""{"asOf":"2025-09-15","region":"330000","participant":{"id":"z","birthDate":"1966-09-10","sex":"male","status":"resident"},"contributions":[{"year":2025,"scheme":"resident"}]}""");

        r.Retirement!.RequiredMonths.Should().BeNull("a resident-scheme person with neither employee nor deemed months has no employee-scheme minimum");
        r.Retirement.ShortfallMonths.Should().Be(0);
    }

    [Fact]
    public void Retirement_ResidentWithDeemedMonths_ZhejiangMinimumApplies()
    {
        var r = Evaluate("""{"asOf":"2025-09-15","region":"330000","participant":{"id":"z","birthDate":"1966-09-10","sex":"male","status":"resident"},"contributions":[{"year":2025,"scheme":"resident"}],"deemedMonths":12}""");

        r.Retirement!.RequiredMonths.Should().Be(240);
        r.Retirement.CreditedMonths.Should().Be(12);
        r.Retirement.ShortfallMonths.Should().Be(228);
    }

    [Fact]
    public void Retirement_EmployedWithoutAnyMonths_ZhejiangMinimumApplies()
    {
        var r = Evaluate("""{"asOf":"2025-09-15","region":"330000","participant":{"id":"z","birthDate":"1966-09-10","sex":"male","status":"employed"},"contributions":[]}""");

        r.Retirement!.RequiredMonths.Should().Be(240);
        r.Retirement.ShortfallMonths.Should().Be(240);
    }

    // Born 1966-09-10, man: statutory retirement month 2027-03. The top-up step shows from 12 months before it.
    [Theory]
    [InlineData("2026-02-28", false)] // 13 months before: not yet
    [InlineData("2026-03-01", true)] // exactly 12 months before
    [InlineData("2026-04-15", true)] // 11 months before
    public void Retirement_ZhejiangShortfall_TopUpStepFrom12MonthsBefore(string asOf, bool shown)
    {
        var r = Evaluate($$"""{"asOf":"{{asOf}}","region":"330000","participant":{"id":"z","birthDate":"1966-09-10","sex":"male","status":"employed"},"contributions":[{"from":"2010-01","to":"2025-09","scheme":"employee","payer":"employer"}]}""");

        r.Retirement!.RetirementMonth.Should().Be(new NodaTime.YearMonth(2027, 3));
        r.Retirement.ShortfallMonths.Should().BeGreaterThan(0);
        var step = r.Steps.FirstOrDefault(s => s.Code == "topUpContributionMonths");
        if (!shown)
        {
            step.Should().BeNull();
            return;
        }

        step = r.Steps.Should().ContainSingle(s => s.Code == "topUpContributionMonths").Subject;
        step.DueBy.Should().Be(new NodaTime.LocalDate(2027, 3, 1));
        step.Basis.Should().Be("ZJ-RETIRE-YEARS");
        step.Channels.Should().Equal(Channel.Counter);
        step.Documents.Should().Equal("idCard");
    }

    [Fact]
    public void Retirement_BeijingRetireeShortfall_GradeCAssumptionAndDefaultAge()
    {
        var r = Evaluate("""{"asOf":"2025-09-15","region":"110000","participant":{"id":"b","birthDate":"1960-01-10","sex":"female","status":"retired"},"contributions":[{"from":"2010-01","to":"2015-01","scheme":"employee","payer":"employer"}]}""");

        r.Status.Should().Be(CoverageStatus.Suspended, "a retiree short of the minimum is not retiredCovered");
        r.Retirement!.RequiredMonths.Should().Be(240);
        r.Retirement.ShortfallMonths.Should().Be(240 - 61);
        r.Assumptions.Select(a => a.Code).Should().Contain(["RETIRE-AGE-DEFAULT", "BJ-RETIRE-YEARS-GRADE-C"]);
        r.Assumptions.Single(a => a.Code == "BJ-RETIRE-YEARS-GRADE-C").Text.Should().Contain("20");
    }

    [Fact]
    public void Retirement_NoRegionalMinimum_UnknownAssumptionAndNoShortfall()
    {
        var r = Evaluate(Flexible("420500", "2025-09-15", """{"from":"2020-01","to":"2025-09","scheme":"employee","payer":"individual"}"""));

        r.Retirement!.RequiredMonths.Should().BeNull();
        r.Retirement.ShortfallMonths.Should().Be(0);
        r.Assumptions.Select(a => a.Code).Should().Contain("RETIRE-YEARS-UNKNOWN");
    }
}
