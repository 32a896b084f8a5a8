using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A message embedded in a conversation.</summary>
public sealed class Message
{
    public long Id { get; init; }

    public string? Content { get; init; }

    public int? AccountId { get; init; }

    public int? InboxId { get; init; }

    /// <summary>The conversation's display id.</summary>
    public int? ConversationId { get; init; }

    /// <summary>0 incoming, 1 outgoing, 2 activity, 3 template.</summary>
    public int MessageType { get; init; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? ContentType { get; init; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? Status { get; init; }

    public bool Private { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Sent as an ISO 8601 string by the real server.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    public string? SourceId { get; init; }

    public JsonElement? ContentAttributes { get; init; }

    public IReadOnlyList<MessageAttachment> Attachments { get; init; } = [];

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? SenderType { get; init; }

    public long? SenderId { get; init; }

    public MessageSender? Sender { get; init; }
}
