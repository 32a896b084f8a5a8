using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>
/// Reads strings that take a handful of values (statuses, priorities, roles, channel and content types) as shared
/// instances of those values instead of a new string per property; any other value is read as usual.
/// </summary>
internal sealed class ChatwootKnownStringConverter : JsonConverter<string?>
{
    private const int MaxKnownLength = 32;

    private static readonly string[] KnownValues =
    [
        "open", "resolved", "pending", "snoozed",
        "low", "medium", "high", "urgent",
        "User", "AgentBot", "user", "contact", "agent_bot",
        "agent", "administrator", "online", "offline", "busy", "email",
        "text", "input_text", "input_textarea", "input_email", "input_select", "cards", "form", "article",
        "incoming_email", "input_csat", "integrations", "sticker",
        "sent", "delivered", "read", "failed", "progress",
        "Channel::WebWidget", "Channel::Api", "Channel::Email", "Channel::FacebookPage", "Channel::TwitterProfile",
        "Channel::TwilioSms", "Channel::Whatsapp", "Channel::Sms", "Channel::Telegram", "Channel::Line",
        "Channel::Instagram", "Channel::Tiktok", "Channel::Voice",
        "image", "audio", "video", "file", "location", "fallback", "share", "story_mention", "ig_reel", "ig_post",
    ];

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Known =
        KnownValues.ToDictionary(v => v, v => v, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped
            && reader.ValueSpan.Length <= MaxKnownLength)
        {
            Span<char> chars = stackalloc char[MaxKnownLength];
            if (Encoding.UTF8.TryGetChars(reader.ValueSpan, chars, out var written)
                && Known.TryGetValue(chars[..written], out var known))
            {
                return known;
            }
        }

        return reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
