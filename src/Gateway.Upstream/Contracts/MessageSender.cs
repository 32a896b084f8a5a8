using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>Who sent a message: a contact, a user or an agent bot. Only public profile fields are read.</summary>
public sealed class MessageSender
{
    public long Id { get; init; }

    public string? Name { get; init; }

    public string? AvailableName { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Identifier { get; init; }

    public string? Thumbnail { get; init; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? AvailabilityStatus { get; init; }

    /// <summary><c>user</c>, <c>contact</c> or <c>agent_bot</c>.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? Type { get; init; }
}
