using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A conversation's <c>meta</c>: its contact, assignee, team and channel.</summary>
public sealed class ConversationMeta
{
    /// <summary>No contact, assignee, team or channel (read-only: the setters are internal).</summary>
    internal static readonly ConversationMeta Empty = new();

    /// <summary>The contact (Chatwoot's <c>meta.sender</c>).</summary>
    [JsonInclude]
    public Contact? Sender { get; internal set; }

    /// <summary>The assignee; null when unassigned (Chatwoot omits the field).</summary>
    [JsonInclude]
    public Agent? Assignee { get; internal set; }

    /// <summary><c>User</c>, or <c>AgentBot</c> for a bot assignee.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? AssigneeType { get; internal set; }

    /// <summary>The team, when one is set.</summary>
    [JsonInclude]
    public Team? Team { get; internal set; }

    /// <summary>The channel type, such as <c>Channel::WebWidget</c>.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? Channel { get; internal set; }

    [JsonInclude]
    public bool? HmacVerified { get; internal set; }
}
