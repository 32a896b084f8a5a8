using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A Chatwoot conversation as the list and filter endpoints return it. Unknown fields are ignored.</summary>
public sealed class Conversation
{
    private ConversationMeta? _meta;

    /// <summary>The conversation's display id within its account (not the database id).</summary>
    [JsonInclude]
    public int Id { get; internal set; }

    [JsonInclude]
    public string? Uuid { get; internal set; }

    [JsonInclude]
    public int AccountId { get; internal set; }

    [JsonInclude]
    public int InboxId { get; internal set; }

    /// <summary><c>open</c>, <c>resolved</c>, <c>pending</c> or <c>snoozed</c>.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? Status { get; internal set; }

    /// <summary><c>low</c>, <c>medium</c>, <c>high</c>, <c>urgent</c> or null.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? Priority { get; internal set; }

    [JsonInclude]
    public IReadOnlyList<string> Labels { get; internal set; } = [];

    /// <summary>Empty or exactly one message: the newest (possibly an activity message or a private note).</summary>
    [JsonInclude]
    public IReadOnlyList<Message> Messages { get; internal set; } = [];

    [JsonInclude]
    public Message? LastNonActivityMessage { get; internal set; }

    [JsonInclude]
    public DateTimeOffset? CreatedAt { get; internal set; }

    [JsonInclude]
    public DateTimeOffset? LastActivityAt { get; internal set; }

    /// <summary>Chatwoot's <c>timestamp</c>: the last activity.</summary>
    [JsonInclude]
    public DateTimeOffset? Timestamp { get; internal set; }

    /// <summary>Null when Chatwoot sends 0 (unset).</summary>
    [JsonInclude]
    public DateTimeOffset? AgentLastSeenAt { get; internal set; }

    /// <summary>Null when Chatwoot sends 0 (unset).</summary>
    [JsonInclude]
    public DateTimeOffset? AssigneeLastSeenAt { get; internal set; }

    /// <summary>Null when Chatwoot sends 0 (unset).</summary>
    [JsonInclude]
    public DateTimeOffset? ContactLastSeenAt { get; internal set; }

    /// <summary>Null when Chatwoot sends 0 (unset).</summary>
    [JsonInclude]
    public DateTimeOffset? FirstReplyCreatedAt { get; internal set; }

    /// <summary>Null when Chatwoot sends 0 (unset).</summary>
    [JsonInclude]
    public DateTimeOffset? WaitingSince { get; internal set; }

    /// <summary>Sent as fractional unix seconds.</summary>
    [JsonInclude]
    public DateTimeOffset? UpdatedAt { get; internal set; }

    /// <summary>Sent as an ISO 8601 string (the docs say a number; both are read).</summary>
    [JsonInclude]
    public DateTimeOffset? SnoozedUntil { get; internal set; }

    /// <summary>Capped at 10 by Chatwoot.</summary>
    [JsonInclude]
    public int UnreadCount { get; internal set; }

    /// <summary>True when the contact is blocked.</summary>
    [JsonInclude]
    public bool Muted { get; internal set; }

    [JsonInclude]
    public bool? CanReply { get; internal set; }

    /// <summary>Chatwoot's <c>additional_attributes</c>, parsed on first read.</summary>
    [JsonIgnore]
    public JsonElement? AdditionalAttributes => AdditionalAttributesJson?.Element;

    /// <summary>Chatwoot's <c>custom_attributes</c>, parsed on first read.</summary>
    [JsonIgnore]
    public JsonElement? CustomAttributes => CustomAttributesJson?.Element;

    [JsonInclude]
    public int? SlaPolicyId { get; internal set; }

    /// <summary>The related contact, assignee and team: the only place Chatwoot puts their ids.</summary>
    [JsonInclude]
    public ConversationMeta Meta
    {
        // A shared empty meta when Chatwoot sent none, rather than a fresh one per conversation replaced on read.
        get => _meta ?? ConversationMeta.Empty;
        internal set => _meta = value;
    }

    [JsonInclude]
    [JsonPropertyName("additional_attributes")]
    internal JsonBlob? AdditionalAttributesJson { get; set; }

    [JsonInclude]
    [JsonPropertyName("custom_attributes")]
    internal JsonBlob? CustomAttributesJson { get; set; }
}
