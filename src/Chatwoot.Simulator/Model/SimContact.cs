using System.Text.Json;

namespace Chatwoot.Simulator;

/// <summary>A contact (the customer side of a conversation).</summary>
public sealed class SimContact
{
    public int Id { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? PhoneNumber { get; set; }

    public string? Identifier { get; set; }

    public string? Thumbnail { get; set; }

    public bool Blocked { get; set; }

    public string AvailabilityStatus { get; set; } = "offline";

    public Dictionary<string, JsonElement> AdditionalAttributes { get; set; } = [];

    public Dictionary<string, JsonElement> CustomAttributes { get; set; } = [];

    /// <summary>Unix seconds.</summary>
    public long CreatedAt { get; set; }

    /// <summary>Unix seconds; null is omitted from the sender object.</summary>
    public long? LastActivityAt { get; set; }

    /// <summary>The contact's source id per inbox (contact_inboxes).</summary>
    public Dictionary<int, string> SourceIds { get; set; } = [];
}
