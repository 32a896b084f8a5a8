using System.Text.Json;
using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A Chatwoot contact (also a conversation's <c>meta.sender</c>).</summary>
public sealed class Contact
{
    [JsonInclude]
    public int Id { get; internal set; }

    [JsonInclude]
    public string? Name { get; internal set; }

    [JsonInclude]
    public string? Email { get; internal set; }

    [JsonInclude]
    public string? PhoneNumber { get; internal set; }

    [JsonInclude]
    public string? Identifier { get; internal set; }

    [JsonInclude]
    public string? Thumbnail { get; internal set; }

    [JsonInclude]
    public bool Blocked { get; internal set; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? AvailabilityStatus { get; internal set; }

    /// <summary>Chatwoot's <c>additional_attributes</c>, parsed on first read.</summary>
    [JsonIgnore]
    public JsonElement? AdditionalAttributes => AdditionalAttributesJson?.Element;

    /// <summary>Chatwoot's <c>custom_attributes</c>, parsed on first read.</summary>
    [JsonIgnore]
    public JsonElement? CustomAttributes => CustomAttributesJson?.Element;

    [JsonInclude]
    public DateTimeOffset? CreatedAt { get; internal set; }

    /// <summary>Omitted by Chatwoot when null.</summary>
    [JsonInclude]
    public DateTimeOffset? LastActivityAt { get; internal set; }

    /// <summary>The contact's inboxes; only filled by the single-contact endpoint.</summary>
    [JsonInclude]
    public IReadOnlyList<ContactInbox> ContactInboxes { get; internal set; } = [];

    [JsonInclude]
    [JsonPropertyName("additional_attributes")]
    internal JsonBlob? AdditionalAttributesJson { get; set; }

    [JsonInclude]
    [JsonPropertyName("custom_attributes")]
    internal JsonBlob? CustomAttributesJson { get; set; }
}
