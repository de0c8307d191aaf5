using Insurance.Rules.Domain.Packs;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Packs;

public class PackValueTests
{
    private static PackValue Tianjin(string key, LocalDate on) => PackRegistry.LoadEmbedded().For("120000").Find(key, on)!;

    [Fact]
    public void IsInForceOn_ClosedRange_InclusiveAtBothEnds()
    {
        // flex.hukouType: 2000-01-01..2025-11-08
        var value = Tianjin(PackKeys.FlexHukouType, new LocalDate(2020, 1, 1));
        value.EffectiveFrom.Should().Be(new LocalDate(2000, 1, 1));
        value.EffectiveTo.Should().Be(new LocalDate(2025, 11, 8));
        value.IsInForceOn(new LocalDate(1999, 12, 31)).Should().BeFalse(); // day before start
        value.IsInForceOn(new LocalDate(2000, 1, 1)).Should().BeTrue(); // on start
        value.IsInForceOn(new LocalDate(2025, 11, 8)).Should().BeTrue(); // on end
        value.IsInForceOn(new LocalDate(2025, 11, 9)).Should().BeFalse(); // day after end
        value.RangeText.Should().Be("2000-01-01..2025-11-08");
    }

    [Fact]
    public void IsInForceOn_OpenRange_RunsOn()
    {
        var value = Tianjin(PackKeys.FlexPauseOtherProvinceRequired, new LocalDate(2025, 11, 9));
        value.EffectiveTo.Should().BeNull();
        value.IsInForceOn(new LocalDate(2025, 11, 8)).Should().BeFalse(); // day before
        value.IsInForceOn(new LocalDate(9999, 12, 31)).Should().BeTrue();
        value.RangeText.Should().Be("2025-11-09..open");
    }

    [Fact]
    public void ToString_ShowsRegionKeyValueRangeAndSource()
    {
        var value = PackRegistry.LoadEmbedded().For("CN").Find(PackKeys.GapShortMaxMonths, new LocalDate(2025, 1, 1))!;
        value.ToString().Should().StartWith("CN gap.shortMaxMonths = 3 [2021-11-01..open] (医保办发〔2021〕43号");
    }
}
