using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Insurance.Rules.Domain.Json;

/// <summary>
/// System.Text.Json converter for <see cref="LocalDate"/> as ISO <c>YYYY-MM-DD</c> strings (strict: no time,
/// no offset, two-digit month and day), for callers that serialise their own types with NodaTime dates.
/// </summary>
public sealed class LocalDateJsonConverter : JsonConverter<LocalDate>
{
    /// <inheritdoc/>
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a date string (YYYY-MM-DD), not {reader.TokenType}.");
        }

        var result = LocalDatePattern.Iso.Parse(reader.GetString()!);
        return result.Success ? result.Value : throw new JsonException($"Not an ISO date (YYYY-MM-DD): {result.Exception.Message}");
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }
}
