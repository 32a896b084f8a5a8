namespace Chatwoot.Simulator;

/// <summary>A team of agents.</summary>
public sealed class SimTeam
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? Description { get; set; }

    public bool AllowAutoAssign { get; set; } = true;

    public List<int> MemberIds { get; set; } = [];
}
