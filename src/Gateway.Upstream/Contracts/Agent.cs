using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>
/// A user of an account (agents list, <c>meta.assignee</c>). Tokens and identifiers Chatwoot may send
/// (<c>access_token</c>, <c>pubsub_token</c>, <c>hmac_identifier</c>) have no member here and are dropped on read.
/// </summary>
public sealed class Agent
{
    [JsonInclude]
    public int Id { get; internal set; }

    [JsonInclude]
    public int? AccountId { get; internal set; }

    [JsonInclude]
    public string? Name { get; internal set; }

    [JsonInclude]
    public string? AvailableName { get; internal set; }

    [JsonInclude]
    public string? DisplayName { get; internal set; }

    [JsonInclude]
    public string? Email { get; internal set; }

    /// <summary><c>administrator</c> or <c>agent</c>.</summary>
    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? Role { get; internal set; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? AvailabilityStatus { get; internal set; }

    [JsonInclude]
    public bool? AutoOffline { get; internal set; }

    [JsonInclude]
    public bool? Confirmed { get; internal set; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? Provider { get; internal set; }

    [JsonInclude]
    public string? Thumbnail { get; internal set; }

    [JsonInclude]
    public int? CustomRoleId { get; internal set; }
}
