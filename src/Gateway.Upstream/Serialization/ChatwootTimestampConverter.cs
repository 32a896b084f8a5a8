using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>
/// Reads Chatwoot's three timestamp encodings into <see cref="DateTimeOffset"/>: integer unix seconds (0 = unset, read
/// as null), fractional unix seconds, and ISO 8601 strings (a string of digits is read as unix seconds). Writes ISO 8601.
/// </summary>
internal sealed class ChatwootTimestampConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number:
                return FromNumber(ref reader);
            case JsonTokenType.String:
                return FromString(ref reader);
            default:
                throw new JsonException($"Expected a timestamp (number or string), found {reader.TokenType}.");
        }
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } timestamp)
        {
            writer.WriteStringValue(timestamp);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static DateTimeOffset? FromNumber(ref Utf8JsonReader reader)
    {
        if (reader.TryGetInt64(out var seconds))
        {
            return FromSeconds(seconds);
        }

        var fractional = reader.GetDouble();
        if (double.IsNaN(fractional) || fractional < -62_135_596_800d || fractional > 253_402_300_799d)
        {
            throw new JsonException("Timestamp out of range.");
        }

        return fractional == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds((long)Math.Round(fractional * 1000d));
    }

    private static DateTimeOffset? FromSeconds(long seconds)
    {
        if (seconds == 0)
        {
            return null;
        }

        if (seconds is < -62_135_596_800L or > 253_402_300_799L)
        {
            throw new JsonException("Timestamp out of range.");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    private static DateTimeOffset? FromString(ref Utf8JsonReader reader)
    {
        var span = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (span.IsEmpty)
        {
            return null;
        }

        if (Utf8Parser.TryParse(span, out long seconds, out var consumed) && consumed == span.Length)
        {
            return FromSeconds(seconds);
        }

        if (reader.TryGetDateTimeOffset(out var iso))
        {
            return iso;
        }

        var text = reader.GetString();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return parsed;
        }

        throw new JsonException("Expected an ISO 8601 timestamp string.");
    }
}
