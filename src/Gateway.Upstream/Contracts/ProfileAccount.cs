namespace Gateway.Upstream;

/// <summary>An account the token's user belongs to, with the user's role in it.</summary>
public sealed class ProfileAccount
{
    public int Id { get; init; }

    public string? Name { get; init; }

    /// <summary><c>administrator</c> or <c>agent</c>.</summary>
    public string? Role { get; init; }

    public string? Status { get; init; }
}
