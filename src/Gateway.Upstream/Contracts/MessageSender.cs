using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>
/// Who sent a message: a contact, a user or an agent bot. Only public profile fields are read. Unlike the other
/// contracts its setters are public, because the gateway also builds one from a message's <c>sender_id</c>.
/// </summary>
public sealed class MessageSender
{
    public long Id { get; set; }

    public string? Name { get; set; }

    public string? AvailableName { get; set; }

    public string? Email { get; set; }

    public string? PhoneNumber { get; set; }

    public string? Identifier { get; set; }

    public string? Thumbnail { get; set; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? AvailabilityStatus { get; set; }

    /// <summary><c>user</c>, <c>contact</c> or <c>agent_bot</c>.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? Type { get; set; }
}
