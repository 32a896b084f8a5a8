namespace Gateway.Upstream;

/// <summary>
/// Reads both conversation page shapes: the list endpoint's (and the docs') <c>{"data":{"meta","payload"}}</c>
/// and the real filter endpoint's unwrapped <c>{"meta","payload"}</c>.
/// </summary>
internal sealed class ConversationPageEnvelope
{
    public ConversationPageData? Data { get; set; }

    public ConversationMetaCounts? Meta { get; set; }

    public List<Conversation>? Payload { get; set; }

    /// <summary>The page, or null when the body has neither shape.</summary>
    public ConversationPage? ToPage()
    {
        var meta = Data?.Meta ?? Meta;
        var payload = Data?.Payload ?? Payload;
        if (meta is null || payload is null)
        {
            return null;
        }

        var counts = new ConversationCounts(
            meta.MineCount,
            meta.AssignedCount ?? Math.Max(0, meta.AllCount - meta.UnassignedCount),
            meta.UnassignedCount,
            meta.AllCount);
        return new ConversationPage(counts, payload);
    }
}
