namespace Gateway.Upstream;

/// <summary>The token's user as <c>GET /api/v1/profile</c> returns it, reduced to its id and accounts.</summary>
public sealed class Profile
{
    public int Id { get; init; }

    public IReadOnlyList<ProfileAccount> Accounts { get; init; } = [];
}
