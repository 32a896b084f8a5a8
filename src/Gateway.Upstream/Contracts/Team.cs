using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A team of an account.</summary>
public sealed class Team
{
    [JsonInclude]
    public int Id { get; internal set; }

    [JsonInclude]
    public string? Name { get; internal set; }

    [JsonInclude]
    public string? Description { get; internal set; }

    [JsonInclude]
    public bool AllowAutoAssign { get; internal set; }

    [JsonInclude]
    public int? AccountId { get; internal set; }

    /// <summary>Whether the token's user is a member.</summary>
    [JsonInclude]
    public bool IsMember { get; internal set; }
}
