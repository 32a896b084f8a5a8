namespace Chatwoot.Simulator;

/// <summary>A user's membership of an account.</summary>
public sealed class SimAccountUser
{
    public int UserId { get; set; }

    /// <summary><c>administrator</c> or <c>agent</c>.</summary>
    public string Role { get; set; } = "agent";
}
