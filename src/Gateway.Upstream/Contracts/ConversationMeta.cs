using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A conversation's <c>meta</c>: its contact, assignee, team and channel.</summary>
public sealed class ConversationMeta
{
    /// <summary>The contact (Chatwoot's <c>meta.sender</c>).</summary>
    public Contact? Sender { get; init; }

    /// <summary>The assignee; null when unassigned (Chatwoot omits the field).</summary>
    public Agent? Assignee { get; init; }

    /// <summary><c>User</c>, or <c>AgentBot</c> for a bot assignee.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? AssigneeType { get; init; }

    /// <summary>The team, when one is set.</summary>
    public Team? Team { get; init; }

    /// <summary>The channel type, such as <c>Channel::WebWidget</c>.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? Channel { get; init; }

    public bool? HmacVerified { get; init; }
}
