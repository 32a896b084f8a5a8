using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>An account the token's user belongs to, with the user's role in it.</summary>
public sealed class ProfileAccount
{
    [JsonInclude]
    public int Id { get; internal set; }

    [JsonInclude]
    public string? Name { get; internal set; }

    /// <summary><c>administrator</c> or <c>agent</c>.</summary>
    [JsonInclude]
    public string? Role { get; internal set; }

    [JsonInclude]
    public string? Status { get; internal set; }
}
