using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>
/// Reads an attribute blob without parsing it: an empty object or array becomes a shared blob, anything else the copy
/// of its bytes, cut from the input the client is reading (<see cref="JsonInputScope"/>). Without such an input (a
/// stream, a test) the value is parsed at once, as before. JSON null reads as null.
/// </summary>
internal sealed class JsonBlobConverter : JsonConverter<JsonBlob?>
{
    public override bool HandleNull => true;

    public override JsonBlob? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject when IsEmpty(reader, JsonTokenType.EndObject):
                reader.Read();
                return JsonBlob.EmptyObject;
            case JsonTokenType.StartArray when IsEmpty(reader, JsonTokenType.EndArray):
                reader.Read();
                return JsonBlob.EmptyArray;
        }

        if (JsonInputScope.Current is { } input && !reader.HasValueSequence)
        {
            var start = checked((int)reader.TokenStartIndex);
            reader.Skip();
            var end = checked((int)reader.BytesConsumed);
            return JsonBlob.FromUtf8(input.Span[start..end].ToArray());
        }

        return JsonBlob.FromDocument(JsonDocument.ParseValue(ref reader));
    }

    public override void Write(Utf8JsonWriter writer, JsonBlob? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            value.Element.WriteTo(writer);
        }
    }

    /// <summary>Whether the next token closes the container; the serializer has buffered the whole value before calling.</summary>
    private static bool IsEmpty(Utf8JsonReader lookahead, JsonTokenType end) => lookahead.Read() && lookahead.TokenType == end;
}
