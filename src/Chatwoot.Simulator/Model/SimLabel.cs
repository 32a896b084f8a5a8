namespace Chatwoot.Simulator;

/// <summary>A label defined in an account.</summary>
public sealed class SimLabel
{
    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string? Description { get; set; }

    public string Color { get; set; } = "#1f93ff";
}
