using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A contact's membership of an inbox.</summary>
public sealed class ContactInbox
{
    [JsonInclude]
    public string? SourceId { get; internal set; }

    /// <summary>The inbox, with its secret fields dropped like every <see cref="Inbox"/>.</summary>
    [JsonInclude]
    public Inbox? Inbox { get; internal set; }
}
