using System.Text.Json;

namespace Chatwoot.Simulator;

/// <summary>A conversation. Timestamps are unix seconds; zero or null means unset.</summary>
public sealed class SimConversation
{
    /// <summary>The database id (never sent: the API's <c>id</c> is <see cref="DisplayId"/>).</summary>
    public int Id { get; set; }

    public int DisplayId { get; set; }

    public Guid Uuid { get; set; }

    public int InboxId { get; set; }

    public int ContactId { get; set; }

    public int? AssigneeId { get; set; }

    public int? TeamId { get; set; }

    public int? CampaignId { get; set; }

    /// <summary><c>open</c>, <c>resolved</c>, <c>pending</c> or <c>snoozed</c>.</summary>
    public string Status { get; set; } = "open";

    /// <summary><c>low</c>, <c>medium</c>, <c>high</c>, <c>urgent</c> or null.</summary>
    public string? Priority { get; set; }

    public List<string> Labels { get; set; } = [];

    /// <summary>Users mentioned in the conversation (for <c>conversation_type=mention</c>).</summary>
    public List<int> MentionedUserIds { get; set; } = [];

    /// <summary>Users participating in the conversation (for <c>conversation_type=participating</c>).</summary>
    public List<int> ParticipantIds { get; set; } = [];

    public long CreatedAt { get; set; }

    public long LastActivityAt { get; set; }

    /// <summary>Unix seconds with a fraction: sent as a float.</summary>
    public double UpdatedAt { get; set; }

    public long? AgentLastSeenAt { get; set; }

    public long? AssigneeLastSeenAt { get; set; }

    public long? ContactLastSeenAt { get; set; }

    public long? FirstReplyCreatedAt { get; set; }

    public long? WaitingSince { get; set; }

    /// <summary>Sent as an ISO 8601 string.</summary>
    public DateTimeOffset? SnoozedUntil { get; set; }

    public int UnreadCount { get; set; }

    public bool? HmacVerified { get; set; }

    /// <summary><c>browser_language</c>, <c>conversation_language</c>, <c>referer</c>, <c>mail_subject</c> and the like.</summary>
    public Dictionary<string, JsonElement> AdditionalAttributes { get; set; } = [];

    public Dictionary<string, JsonElement> CustomAttributes { get; set; } = [];

    public List<SimMessage> Messages { get; set; } = [];
}
