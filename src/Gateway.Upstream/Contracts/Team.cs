namespace Gateway.Upstream;

/// <summary>A team of an account.</summary>
public sealed class Team
{
    public int Id { get; init; }

    public string? Name { get; init; }

    public string? Description { get; init; }

    public bool AllowAutoAssign { get; init; }

    public int? AccountId { get; init; }

    /// <summary>Whether the token's user is a member.</summary>
    public bool IsMember { get; init; }
}
