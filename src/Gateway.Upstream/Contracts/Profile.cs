using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>The token's user as <c>GET /api/v1/profile</c> returns it, reduced to its id and accounts.</summary>
public sealed class Profile
{
    [JsonInclude]
    public int Id { get; internal set; }

    [JsonInclude]
    public IReadOnlyList<ProfileAccount> Accounts { get; internal set; } = [];
}
