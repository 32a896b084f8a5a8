using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>
/// A user of an account (agents list, <c>meta.assignee</c>). Tokens and identifiers Chatwoot may send
/// (<c>access_token</c>, <c>pubsub_token</c>, <c>hmac_identifier</c>) have no member here and are dropped on read.
/// </summary>
public sealed class Agent
{
    public int Id { get; init; }

    public int? AccountId { get; init; }

    public string? Name { get; init; }

    public string? AvailableName { get; init; }

    public string? DisplayName { get; init; }

    public string? Email { get; init; }

    /// <summary><c>administrator</c> or <c>agent</c>.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? Role { get; init; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? AvailabilityStatus { get; init; }

    public bool? AutoOffline { get; init; }

    public bool? Confirmed { get; init; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? Provider { get; init; }

    public string? Thumbnail { get; init; }

    public int? CustomRoleId { get; init; }
}
