using Insurance.Rules.Domain.Packs;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Packs;

public class RegionParametersTests
{
    private static readonly PackRegistry Shipped = PackRegistry.LoadEmbedded();

    private static LocalDate D(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).GetValueOrThrow();

    // --- Tianjin TJ-FLEX-HUKOU switch on 2025-11-09 ---

    [Theory]
    [InlineData("2025-11-07", true, "seed 004")] // two days before the switch
    [InlineData("2025-11-08", true, "seed 004")] // day before: last day of the seed rule (effectiveTo, inclusive)
    [InlineData("2025-11-09", true, "今晚报")] // on the switch date: still limited, now hukou or residence permit
    [InlineData("2025-11-10", true, "今晚报")] // day after
    public void Find_TianjinHukouRequired_EntrySwitchesOn20251109(string on, bool required, string source)
    {
        var v = Shipped.For("120000").Find(PackKeys.FlexHukouRequired, D(on))!;
        v.Value.Should().Be(required);
        v.Source.Should().Contain(source);
    }

    [Theory]
    [InlineData("2025-11-08", false)] // day before
    [InlineData("2025-11-09", true)] // on
    public void GetBool_TianjinResidencePermit_QualifiesFrom20251109(string on, bool qualifies)
        => Shipped.For("tianjin").GetBool(PackKeys.FlexResidencePermitQualifies, D(on)).Should().Be(qualifies);

    [Fact]
    public void TryGetBool_TianjinPauseOtherProvince_UnsetDayBeforeSetOn()
    {
        var tj = Shipped.For("120000");
        tj.TryGetBool(PackKeys.FlexPauseOtherProvinceRequired, D("2025-11-08")).Should().BeNull(); // day before
        tj.TryGetBool(PackKeys.FlexPauseOtherProvinceRequired, D("2025-11-09")).Should().BeTrue(); // on
    }

    [Fact]
    public void TryGetString_TianjinHukouType_EndsOn20251108()
    {
        var tj = Shipped.For("120000");
        tj.TryGetString(PackKeys.FlexHukouType, D("2025-11-08")).Should().Be("nonAgricultural"); // last day
        tj.TryGetString(PackKeys.FlexHukouType, D("2025-11-09")).Should().BeNull(); // day after the end
    }

    [Fact]
    public void GetMap_TianjinPaymentWindow_26thTo15th()
    {
        var window = Shipped.For("120000").GetMap(PackKeys.PaymentWindow, D("2025-03-01"));
        window.Should().Equal(new Dictionary<string, string> { ["startDay"] = "26", ["endDay"] = "15" });
        Shipped.For("120000").GetInt(PackKeys.PaymentGraceDayOfNextMonth, D("2025-03-01")).Should().Be(15);
    }

    [Fact]
    public void GetList_TianjinDocuments_FirstAndContinuing()
    {
        var tj = Shipped.For("120000");
        tj.GetList(PackKeys.TjDocumentsFirst, D("2025-03-01"))
            .Should().Equal("hukouBook", "hukouBookCopy", "idCard", "idCardCopy", "photo1Inch");
        tj.GetList(PackKeys.TjDocumentsContinuing, D("2025-03-01")).Should().Equal("hukouBook", "idCard", "pensionHandbook");
    }

    // --- Guangdong GD-RETIRE-YEARS schedule, looked up on the first day of the retirement month ---

    [Theory]
    [InlineData("2022-12-01", null, null)] // before the schedule: nothing in 440000 or CN
    [InlineData("2023-01-01", 16, 16)] // first day of the schedule
    [InlineData("2023-12-01", 16, 16)]
    [InlineData("2024-06-01", 17, 17)]
    [InlineData("2025-01-01", 19, 18)]
    [InlineData("2026-03-01", 21, 19)]
    [InlineData("2027-07-01", 23, 20)]
    [InlineData("2028-02-01", 25, 21)]
    [InlineData("2029-12-31", 27, 23)] // day before the final figure
    [InlineData("2030-01-01", 30, 25)] // on the final figure
    [InlineData("2045-05-01", 30, 25)] // open-ended
    public void TryGetInt_GuangdongRetireYears_ByRetirementYear(string on, int? men, int? women)
    {
        var gd = Shipped.For("guangdong");
        gd.TryGetInt(PackKeys.RetireMinYearsMale, D(on)).Should().Be(men);
        gd.TryGetInt(PackKeys.RetireMinYearsFemale, D(on)).Should().Be(women);
    }

    [Fact]
    public void Find_GuangdongSchedule_2023To2029AreAnAssumption2030IsNot()
    {
        var gd = Shipped.For("440000");
        gd.Find(PackKeys.RetireMinYearsMale, D("2029-12-31"))!.Assumption.Should().Be("GD-RETIRE-YEARS-QINGYUAN-SCHEDULE");
        gd.Find(PackKeys.RetireMinYearsMale, D("2030-01-01"))!.Assumption.Should().BeNull();
    }

    [Fact]
    public void Find_ZhuhaiRetireYears_OwnValueTo2022ThenFallsThroughToGuangdong()
    {
        var zh = Shipped.For("zhuhai");
        var before = zh.Find(PackKeys.RetireMinYearsMale, D("2022-12-31"))!; // last day of Zhuhai's own figure
        before.Value.Should().Be(20);
        before.RegionCode.Should().Be("440400");

        // Zhuhai has the key, but no entry in force: the lookup continues to the parent.
        var after = zh.Find(PackKeys.RetireMinYearsMale, D("2023-01-01"))!; // day after
        after.Value.Should().Be(16);
        after.RegionCode.Should().Be("440000");
    }

    [Fact]
    public void TryGetInt_ZhuhaiNewEnrolmentWait_NotSet()
        => Shipped.For("440400").TryGetInt(PackKeys.ZhNewEnrolmentWaitMonths, D("2025-06-01")).Should().BeNull();

    // --- National baseline dates ---

    [Theory]
    [InlineData("2021-10-31", "CN-TRANSFER-BEFORE-43")] // day before 43号: its figures, read as an assumption
    [InlineData("2021-11-01", "CN-TRANSFER-DEFAULT")] // on
    [InlineData("2021-11-02", "CN-TRANSFER-DEFAULT")] // day after
    public void Find_NationalGapRule_AssumptionChangesOn20211101(string on, string assumption)
    {
        var v = Shipped.For("CN").Find(PackKeys.GapEmployeeRule, D(on))!;
        v.Value.Should().Be("CN-TRANSFER");
        v.Assumption.Should().Be(assumption);
    }

    [Theory]
    [InlineData("2024-12-31", null)] // day before 38号's waiting periods apply
    [InlineData("2025-01-01", 3)] // on
    public void TryGetInt_ResidentFixedWait_From20250101(string on, int? months)
        => Shipped.For("CN").TryGetInt(PackKeys.ResidentFixedWaitMonths, D(on)).Should().Be(months);

    [Fact]
    public void Find_NationalDefaults_CarryTheirAssumptions()
    {
        var cn = Shipped.For("CN");
        var on = D("2025-06-01");
        cn.Find(PackKeys.GapEmployeeRule, on)!.Assumption.Should().Be("CN-TRANSFER-DEFAULT");
        cn.Find(PackKeys.GapFlexibleRule, on)!.Assumption.Should().Be("CN-TRANSFER-DEFAULT");
        cn.Find(PackKeys.GapArrearsRule, on)!.Assumption.Should().Be("CN-TRANSFER-DEFAULT");
        cn.Find(PackKeys.GapLongWaitMonths, on)!.Assumption.Should().Be("CN-TRANSFER-LONG-CEILING");
        cn.Find(PackKeys.GapShortMaxMonths, on)!.Assumption.Should().BeNull();
        cn.GetInt(PackKeys.GapLongWaitMonths, on).Should().Be(6);
        cn.GetInt(PackKeys.GapWaitCapMonths, on).Should().Be(6);
        cn.GetString(PackKeys.GapSuspendFrom, on).Should().Be("firstUnpaidMonth");
        cn.GetInt(PackKeys.SwitchMinContinuousMonths, on).Should().Be(24);
        cn.GetInt(PackKeys.LeaveEnrolWithinMonths, on).Should().Be(3);
        cn.GetInt(PackKeys.UnemployedBaseRatePercent, on).Should().Be(60);
        cn.GetDecimal(PackKeys.IncentiveRaisePerYear, on).Should().Be(1000m);
        cn.GetInt(PackKeys.IncentiveMaxRaisePercent, on).Should().Be(20);
        cn.GetBool(PackKeys.IncentiveEnabled, on).Should().BeTrue();
        cn.GetBool(PackKeys.FlexHukouRequired, on).Should().BeFalse();
        cn.GetString(PackKeys.ResidentWaitCountFrom, on).Should().Be("paymentDate");
        cn.GetInt(PackKeys.RetireDefaultOriginalAgeFemaleEmployed, on).Should().Be(50);
        cn.GetInt(PackKeys.RetireDefaultOriginalAgeFemaleFlexible, on).Should().Be(55);
    }

    // --- Shandong 54号 from 2022-04-01; before that the national default applies ---

    [Theory]
    [InlineData("2022-03-31", "CN-TRANSFER", "CN")] // day before 54号: falls through to CN
    [InlineData("2022-04-01", "SD-FLEX", "370000")] // on
    public void Find_RizhaoFlexibleRule_ShandongFrom20220401(string on, string rule, string region)
    {
        var value = Shipped.For("rizhao").Find(PackKeys.GapFlexibleRule, D(on))!;
        value.Value.Should().Be(rule);
        value.RegionCode.Should().Be(region);
    }

    [Fact]
    public void GetList_RizhaoSuspension_WhereDocumentsChannels()
    {
        var rz = Shipped.For("371100");
        var on = D("2025-03-03");
        rz.GetString(PackKeys.StepsSuspensionWhere, on).Should().Contain("日照医保");
        rz.GetList(PackKeys.StepsSuspensionDocuments, on).Should().Equal("idCard", "hukouBook", "medicalInsuranceCard");
        rz.GetList(PackKeys.StepsSuspensionChannels, on).Should().Equal("app", "counter");
        Shipped.For("370000").TryGetList(PackKeys.StepsSuspensionDocuments, on)
            .Should().BeNull(); // province-wide: no suspension channel given
    }

    // --- Fallthrough city → province → CN ---

    [Fact]
    public void Find_Ningbo_FallsThroughCityProvinceCn()
    {
        var nb = Shipped.For("ningbo");
        var on = D("2025-06-01");
        nb.Find(PackKeys.GapSuspendFrom, on)!.RegionCode.Should().Be("330200"); // city
        nb.GetString(PackKeys.GapSuspendFrom, on).Should().Be("secondUnpaidMonth");
        nb.Find(PackKeys.RetireMinYearsMale, on)!.RegionCode.Should().Be("330000"); // province
        nb.GetInt(PackKeys.RetireMinYearsMale, on).Should().Be(20);
        nb.Find(PackKeys.GapShortMaxMonths, on)!.RegionCode.Should().Be("CN"); // national
        nb.GetInt(PackKeys.GapShortMaxMonths, on).Should().Be(3);
        nb.GetInt(PackKeys.NbShortOffsetMonths, on).Should().Be(1);
        nb.GetInt(PackKeys.NbLongOffsetMonths, on).Should().Be(2);
    }

    [Fact]
    public void Find_Changzhou_JiangsuCapOverridesNationalCeiling()
    {
        var cz = Shipped.For("changzhou");
        var on = D("2025-06-01");
        cz.GetString(PackKeys.GapFlexibleRule, on).Should().Be("CZ-FLEX");
        // The long-gap waiting period stays the national ceiling; Jiangsu's cap (JS-WAIT-CAP) lowers it to 3.
        cz.Find(PackKeys.GapLongWaitMonths, on)!.RegionCode.Should().Be("CN");
        var cap = cz.Find(PackKeys.GapWaitCapMonths, on)!;
        cap.Value.Should().Be(3);
        cap.RegionCode.Should().Be("320000");
        cap.Assumption.Should().Be("JS-WAIT-CAP-CEILING");
        cz.GetString(PackKeys.GapEmployeeRule, on).Should().Be("CN-TRANSFER"); // nothing regional: CN
    }

    [Fact]
    public void Find_FallbackHangzhou_UsesZhejiangThenCn()
    {
        var hz = Shipped.For("330100");
        var on = D("2025-06-01");
        hz.FallbackFrom.Should().Be("330100");
        hz.GetInt(PackKeys.RetireMinYearsFemale, on).Should().Be(20);
        hz.GetString(PackKeys.GapFlexibleRule, on).Should().Be("CN-TRANSFER"); // NB-REJOIN is Ningbo's, not the province's
    }

    [Fact]
    public void Find_FallbackWuhan_UsesCn()
    {
        var wh = Shipped.For("420100");
        wh.FallbackFrom.Should().Be("420100");
        wh.GetString(PackKeys.GapFlexibleRule, D("2025-06-01")).Should().Be("CN-TRANSFER");
        wh.TryGetString(PackKeys.YcVariant, D("2025-06-01")).Should().BeNull(); // Yichang's values stay in Yichang
    }

    [Fact]
    public void GetInt_YichangBands_SeedValues()
    {
        var yc = Shipped.For("420500");
        var on = D("2024-10-20");
        yc.GetString(PackKeys.GapFlexibleRule, on).Should().Be("YC-FLEX-BAND");
        yc.GetString(PackKeys.YcVariant, on).Should().Be("default");
        yc.Find(PackKeys.YcVariant, on)!.Assumption.Should().Be("YC-FLEX-BAND-DEFAULT-READING");
        yc.GetInt(PackKeys.YcShortMaxDays, on).Should().Be(60);
        yc.GetInt(PackKeys.YcLongMaxDays, on).Should().Be(180);
        yc.GetInt(PackKeys.YcMidOffsetMonths, on).Should().Be(3);
        yc.GetInt(PackKeys.YcNewEnrolmentOffsetMonths, on).Should().Be(6);
        yc.GetInt(PackKeys.YcV2022LongOffsetMonths, on).Should().Be(6);
        yc.GetInt(PackKeys.YcV2022ContinuousMonthsForReduction, on).Should().Be(36);
        yc.GetInt(PackKeys.YcV2022ReductionMonths, on).Should().Be(3);
        yc.GetString(PackKeys.GapSuspendFrom, on).Should().Be("firstUnpaidMonth"); // from CN
    }

    // --- Beijing and Fujian resident periods ---

    [Theory]
    [InlineData("2025-11-29", false)] // day before the 2026 period opens
    [InlineData("2025-11-30", true)] // on
    [InlineData("2026-01-01", true)] // 1 January of insurance year 2026
    [InlineData("2026-12-31", true)] // last day of the 2026 scheme year
    [InlineData("2027-01-01", false)] // 2027's period is unknown
    public void TryGetMap_BeijingCentralPeriod_ForScheme2026Only(string on, bool set)
    {
        var period = Shipped.For("beijing").TryGetMap(PackKeys.ResidentCentralPeriod, D(on));
        if (set)
        {
            period.Should().Equal(new Dictionary<string, string>
            {
                ["from"] = "11-30", ["fromYearOffset"] = "-1", ["to"] = "02-28", ["toYearOffset"] = "0",
            });
        }
        else
        {
            period.Should().BeNull();
        }
    }

    [Fact]
    public void Find_BeijingResident_LateWaitWindowsAndRetireYears()
    {
        var bj = Shipped.For("110000");
        var on = D("2026-04-10");
        bj.GetInt(PackKeys.ResidentLateWaitMonths, on).Should().Be(3);
        bj.GetInt(PackKeys.ResidentNewbornWindowDays, on).Should().Be(90);
        bj.GetInt(PackKeys.ResidentNewlyEligibleWindowDays, on).Should().Be(90);
        bj.GetInt(PackKeys.RetireMinYearsMale, on).Should().Be(25);
        bj.GetInt(PackKeys.RetireMinYearsFemale, on).Should().Be(20);
        bj.Find(PackKeys.RetireMinYearsMale, on)!.Assumption.Should().Be("BJ-RETIRE-YEARS-GRADE-C");
        bj.GetInt(PackKeys.ResidentFixedWaitMonths, on).Should().Be(3); // CN
    }

    [Theory]
    [InlineData("2025-01-26", "CN")] // day before 闽政办〔2025〕3号 (research-notes date)
    [InlineData("2025-01-27", "350000")] // on
    public void Find_FujianHukou_FromDocumentDate(string on, string region)
    {
        var value = Shipped.For("fujian").Find(PackKeys.FlexHukouRequired, D(on))!;
        value.Value.Should().Be(false);
        value.RegionCode.Should().Be(region);
    }

    [Fact]
    public void GetMap_FujianPeriods_CentralAndExtension()
    {
        var fj = Shipped.For("350000");
        var on = D("2026-01-01");
        fj.GetMap(PackKeys.ResidentCentralPeriod, on).Should().Equal(new Dictionary<string, string>
        {
            ["from"] = "09-01", ["fromYearOffset"] = "-1", ["to"] = "12-31", ["toYearOffset"] = "-1",
        });
        fj.GetMap(PackKeys.ResidentExtension, on).Should().Equal(new Dictionary<string, string>
        {
            ["to"] = "02-LAST", ["toYearOffset"] = "0", ["coverFrom"] = "paymentDate",
        });
    }

    [Fact]
    public void Find_Jingdezhen_UnemployedValues()
    {
        var jdz = Shipped.For("jingdezhen");
        var on = D("2025-06-01");
        jdz.GetInt(PackKeys.UnemployedBaseRatePercent, on).Should().Be(60);
        jdz.Find(PackKeys.UnemployedBaseRatePercent, on)!.RegionCode.Should().Be("360200");
        jdz.GetString(PackKeys.UnemployedWhere, on).Should().Contain("乐平市行政服务中心").And.Contain("25号窗口");
        jdz.GetInt(PackKeys.UnemployedTimeLimitDays, on).Should().Be(30);
        jdz.GetBool(PackKeys.UnemployedRequiresPriorInsurance, on).Should().BeTrue();
    }

    [Fact]
    public void Find_ZhejiangAndZhuhaiTopUp()
    {
        var on = D("2025-06-01");
        Shipped.For("330000").GetString(PackKeys.RetireTopUp, on).Should().Be("monthlyOrLumpSum");
        var zh = Shipped.For("440400");
        zh.GetString(PackKeys.RetireTopUp, on).Should().Be("allowed");
        zh.GetString(PackKeys.RetireTopUpWhere, on).Should().Contain("办事大厅");
        zh.GetList(PackKeys.RetireTopUpDocuments, on).Should().Equal("backpayApplicationForm", "idCard");
        zh.GetString(PackKeys.GapEmployeeRule, on).Should().Be("ZH-GAP");
    }

    // --- Misuse and missing values ---

    [Fact]
    public void Require_NoValueInChain_ThrowsWithKeyDateAndChain()
        => FluentActions.Invoking(() => Shipped.For("330200").Require(PackKeys.IncentiveBaseCap, D("2025-06-01")))
            .Should().Throw<PackValueMissingException>()
            .WithMessage("No value for 'incentive.baseCap' is in force on 2025-06-01 for region 330200 (searched 330200 -> 330000 -> CN).")
            .Which.Chain.Should().Equal("330200", "330000", "CN");

    [Fact]
    public void GetInt_NoValueInChain_ThrowsPackValueMissing()
        => FluentActions.Invoking(() => Shipped.For("CN").GetInt(PackKeys.RetireMinYearsMale, D("2025-06-01")))
            .Should().Throw<PackValueMissingException>().Which.Key.Should().Be(PackKeys.RetireMinYearsMale);

    [Fact]
    public void Find_KeyNotInCatalogue_ThrowsArgumentException()
        => FluentActions.Invoking(() => Shipped.For("CN").Find("gap.shortMaxMonth", D("2025-06-01")))
            .Should().Throw<ArgumentException>().WithMessage("'gap.shortMaxMonth' is not a pack key*");

    [Fact]
    public void GetString_OnIntKey_ThrowsArgumentException()
        => FluentActions.Invoking(() => Shipped.For("CN").GetString(PackKeys.GapShortMaxMonths, D("2025-06-01")))
            .Should().Throw<ArgumentException>().WithMessage("'gap.shortMaxMonths' holds int values, not string.*");
}
