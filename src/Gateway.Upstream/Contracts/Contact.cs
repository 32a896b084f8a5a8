using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A Chatwoot contact (also a conversation's <c>meta.sender</c>).</summary>
public sealed class Contact
{
    public int Id { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? PhoneNumber { get; init; }

    public string? Identifier { get; init; }

    public string? Thumbnail { get; init; }

    public bool Blocked { get; init; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? AvailabilityStatus { get; init; }

    public JsonElement? AdditionalAttributes { get; init; }

    public JsonElement? CustomAttributes { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>Omitted by Chatwoot when null.</summary>
    public DateTimeOffset? LastActivityAt { get; init; }

    /// <summary>The contact's inboxes; only filled by the single-contact endpoint.</summary>
    public IReadOnlyList<ContactInbox> ContactInboxes { get; init; } = [];
}
