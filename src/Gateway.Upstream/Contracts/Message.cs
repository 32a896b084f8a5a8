using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A message embedded in a conversation.</summary>
public sealed class Message
{
    [JsonInclude]
    public long Id { get; internal set; }

    [JsonInclude]
    public string? Content { get; internal set; }

    [JsonInclude]
    public int? AccountId { get; internal set; }

    [JsonInclude]
    public int? InboxId { get; internal set; }

    /// <summary>The conversation's display id.</summary>
    [JsonInclude]
    public int? ConversationId { get; internal set; }

    /// <summary>0 incoming, 1 outgoing, 2 activity, 3 template.</summary>
    [JsonInclude]
    public int MessageType { get; internal set; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? ContentType { get; internal set; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? Status { get; internal set; }

    [JsonInclude]
    public bool Private { get; internal set; }

    [JsonInclude]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>Sent as an ISO 8601 string by the real server.</summary>
    [JsonInclude]
    public DateTimeOffset? UpdatedAt { get; internal set; }

    [JsonInclude]
    public string? SourceId { get; internal set; }

    /// <summary>Chatwoot's <c>content_attributes</c>, parsed on first read.</summary>
    [JsonIgnore]
    public JsonElement? ContentAttributes => ContentAttributesJson?.Element;

    [JsonInclude]
    public IReadOnlyList<MessageAttachment> Attachments { get; internal set; } = [];

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? SenderType { get; internal set; }

    [JsonInclude]
    public long? SenderId { get; internal set; }

    [JsonInclude]
    public MessageSender? Sender { get; internal set; }

    [JsonInclude]
    [JsonPropertyName("content_attributes")]
    internal JsonBlob? ContentAttributesJson { get; set; }
}
