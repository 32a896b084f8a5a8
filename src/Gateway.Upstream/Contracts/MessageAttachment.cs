using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A file attached to a message.</summary>
public sealed class MessageAttachment
{
    [JsonInclude]
    public long Id { get; internal set; }

    [JsonInclude]
    public long? MessageId { get; internal set; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    [JsonInclude]
    public string? FileType { get; internal set; }

    [JsonInclude]
    public string? Extension { get; internal set; }

    [JsonInclude]
    public string? DataUrl { get; internal set; }

    [JsonInclude]
    public string? ThumbUrl { get; internal set; }

    [JsonInclude]
    public long? FileSize { get; internal set; }

    [JsonInclude]
    public int? Width { get; internal set; }

    [JsonInclude]
    public int? Height { get; internal set; }
}
