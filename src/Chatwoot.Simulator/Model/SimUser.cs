namespace Chatwoot.Simulator;

/// <summary>A user of the simulated installation (an agent, an administrator or an agent bot).</summary>
public sealed class SimUser
{
    public int Id { get; set; }

    public string Name { get; set; } = string.Empty;

    public string? DisplayName { get; set; }

    public string Email { get; set; } = string.Empty;

    /// <summary>The token sent in the <c>api_access_token</c> header.</summary>
    public string AccessToken { get; set; } = string.Empty;

    public string PubsubToken { get; set; } = string.Empty;

    public string HmacIdentifier { get; set; } = string.Empty;

    /// <summary><c>online</c>, <c>busy</c> or <c>offline</c>.</summary>
    public string AvailabilityStatus { get; set; } = "online";

    public bool AutoOffline { get; set; } = true;

    public bool Confirmed { get; set; } = true;

    public string? Thumbnail { get; set; }

    /// <summary>True for an agent bot: bots are refused by the list and filter endpoints.</summary>
    public bool IsBot { get; set; }
}
