using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Domain.Json;

/// <summary>System.Text.Json converter for <see cref="YearMonth"/> as ISO <c>YYYY-MM</c> strings (strict).</summary>
public sealed class YearMonthJsonConverter : JsonConverter<YearMonth>
{
    /// <inheritdoc/>
    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a month string (YYYY-MM), not {reader.TokenType}.");
        }

        var result = YearMonthPattern.Iso.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException($"Not an ISO month (YYYY-MM): {result.Exception.Message}");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(YearMonthPattern.Iso.Format(value));
    }
}
