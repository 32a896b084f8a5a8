using System.Text.Json.Serialization;

namespace Gateway.Upstream;

/// <summary>A file attached to a message.</summary>
public sealed class MessageAttachment
{
    public long Id { get; init; }

    public long? MessageId { get; init; }

    [JsonConverter(typeof(ChatwootKnownStringConverter))]
    public string? FileType { get; init; }

    public string? Extension { get; init; }

    public string? DataUrl { get; init; }

    public string? ThumbUrl { get; init; }

    public long? FileSize { get; init; }

    public int? Width { get; init; }

    public int? Height { get; init; }
}
