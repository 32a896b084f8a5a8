using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>
/// Reads attribute blobs (<c>additional_attributes</c>, <c>custom_attributes</c>, <c>content_attributes</c>) as
/// <see cref="JsonElement"/>. Chatwoot sends <c>{}</c> for most of them; an empty object or array is answered with one
/// shared, read-only element instead of a new <see cref="JsonDocument"/> (about 180 bytes each). Anything else is
/// parsed as before. JSON null reads as null.
/// </summary>
internal sealed class ChatwootJsonElementConverter : JsonConverter<JsonElement?>
{
    // Never disposed: they live as long as the process and only their elements are handed out.
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement;
    private static readonly JsonElement EmptyArray = JsonDocument.Parse("[]").RootElement;

    public override bool HandleNull => true;

    public override JsonElement? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.StartObject when IsEmpty(reader, JsonTokenType.EndObject):
                reader.Read();
                return EmptyObject;
            case JsonTokenType.StartArray when IsEmpty(reader, JsonTokenType.EndArray):
                reader.Read();
                return EmptyArray;
            default:
                return JsonElement.ParseValue(ref reader);
        }
    }

    public override void Write(Utf8JsonWriter writer, JsonElement? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is { } element)
        {
            element.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    /// <summary>Whether the next token closes the container; the serializer has buffered the whole value before calling.</summary>
    private static bool IsEmpty(Utf8JsonReader lookahead, JsonTokenType end) => lookahead.Read() && lookahead.TokenType == end;
}
