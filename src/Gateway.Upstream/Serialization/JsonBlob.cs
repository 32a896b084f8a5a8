using System.Text.Json;

namespace Gateway.Upstream;

/// <summary>
/// An attribute blob (<c>additional_attributes</c>, <c>custom_attributes</c>, <c>content_attributes</c>) kept as its
/// UTF-8 bytes and parsed into a <see cref="JsonDocument"/> only when first read. Most pages are answered without
/// ever touching these blobs, so most are never parsed. Thread-safe: concurrent first reads may both parse, one wins.
/// </summary>
internal sealed class JsonBlob
{
    private readonly byte[]? _utf8;
    private JsonDocument? _document;

    private JsonBlob(byte[]? utf8, JsonDocument? document)
    {
        _utf8 = utf8;
        _document = document;
    }

    /// <summary><c>{}</c>, shared (read-only).</summary>
    public static JsonBlob EmptyObject { get; } = new(null, JsonDocument.Parse("{}"));

    /// <summary><c>[]</c>, shared (read-only).</summary>
    public static JsonBlob EmptyArray { get; } = new(null, JsonDocument.Parse("[]"));

    /// <summary>The blob; parsed on first use.</summary>
    public JsonElement Element => (Volatile.Read(ref _document) ?? Parse()).RootElement;

    /// <summary>A blob over <paramref name="utf8"/> (one complete JSON value), which it now owns.</summary>
    public static JsonBlob FromUtf8(byte[] utf8) => new(utf8, null);

    /// <summary>A blob over an already parsed value.</summary>
    public static JsonBlob FromDocument(JsonDocument document) => new(null, document);

    // ParseValue builds an exact-size, non-pooled document (JsonDocument.Parse would rent metadata from the pool
    // that a never-disposed document would not give back); its elements live as long as the contracts do.
    private JsonDocument Parse()
    {
        var reader = new Utf8JsonReader(_utf8);
        var parsed = JsonDocument.ParseValue(ref reader);
        return Interlocked.CompareExchange(ref _document, parsed, null) ?? parsed;
    }
}
