using System.Text.Json;
using Insurance.Rules.Domain.Json;
using NodaTime;

namespace Insurance.Rules.Domain.Tests.Json;

public sealed class IsoConvertersTests
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new LocalDateJsonConverter(), new YearMonthJsonConverter() } };

    [Fact]
    public void Converters_RoundTripIsoText()
    {
        JsonSerializer.Serialize(new LocalDate(2024, 2, 29), Options).Should().Be("\"2024-02-29\"");
        JsonSerializer.Serialize(new YearMonth(2025, 3), Options).Should().Be("\"2025-03\"");
        JsonSerializer.Deserialize<LocalDate>("\"2024-02-29\"", Options).Should().Be(new LocalDate(2024, 2, 29));
        JsonSerializer.Deserialize<YearMonth>("\"2025-03\"", Options).Should().Be(new YearMonth(2025, 3));
    }

    [Theory]
    [InlineData("\"2025-02-30\"")]
    [InlineData("\"2025-3-01\"")]
    [InlineData("\"2025-03-01T00:00\"")]
    [InlineData("20250301")]
    public void LocalDate_NotStrictIso_Throws(string json)
    {
        var act = () => JsonSerializer.Deserialize<LocalDate>(json, Options);

        act.Should().Throw<JsonException>();
    }

    [Theory]
    [InlineData("\"2025-13\"")]
    [InlineData("\"2025-3\"")]
    [InlineData("\"2025-03-01\"")]
    public void YearMonth_NotStrictIso_Throws(string json)
    {
        var act = () => JsonSerializer.Deserialize<YearMonth>(json, Options);

        act.Should().Throw<JsonException>();
    }
}
