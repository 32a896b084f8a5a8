using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A Chatwoot conversation as the list and filter endpoints return it. Unknown fields are ignored.</summary>
public sealed class Conversation
{
    /// <summary>The conversation's display id within its account (not the database id).</summary>
    public int Id { get; init; }

    public string? Uuid { get; init; }

    public int AccountId { get; init; }

    public int InboxId { get; init; }

    /// <summary><c>open</c>, <c>resolved</c>, <c>pending</c> or <c>snoozed</c>.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? Status { get; init; }

    /// <summary><c>low</c>, <c>medium</c>, <c>high</c>, <c>urgent</c> or null.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? Priority { get; init; }

    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Empty or exactly one message: the newest (possibly an activity message or a private note).</summary>
    public IReadOnlyList<Message> Messages { get; init; } = [];

    public Message? LastNonActivityMessage { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? LastActivityAt { get; init; }

    /// <summary>Chatwoot's <c>timestamp</c>: the last activity.</summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>Null when Chatwoot sends 0 (unset).</summary>
    public DateTimeOffset? AgentLastSeenAt { get; init; }

    /// <summary>Null when Chatwoot sends 0 (unset).</summary>
    public DateTimeOffset? AssigneeLastSeenAt { get; init; }

    /// <summary>Null when Chatwoot sends 0 (unset).</summary>
    public DateTimeOffset? ContactLastSeenAt { get; init; }

    /// <summary>Null when Chatwoot sends 0 (unset).</summary>
    public DateTimeOffset? FirstReplyCreatedAt { get; init; }

    /// <summary>Null when Chatwoot sends 0 (unset).</summary>
    public DateTimeOffset? WaitingSince { get; init; }

    /// <summary>Sent as fractional unix seconds.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>Sent as an ISO 8601 string (the docs say a number; both are read).</summary>
    public DateTimeOffset? SnoozedUntil { get; init; }

    /// <summary>Capped at 10 by Chatwoot.</summary>
    public int UnreadCount { get; init; }

    /// <summary>True when the contact is blocked.</summary>
    public bool Muted { get; init; }

    public bool? CanReply { get; init; }

    public JsonElement? AdditionalAttributes { get; init; }

    public JsonElement? CustomAttributes { get; init; }

    public int? SlaPolicyId { get; init; }

    /// <summary>The related contact, assignee and team: the only place Chatwoot puts their ids.</summary>
    public ConversationMeta Meta { get; init; } = new();
}
