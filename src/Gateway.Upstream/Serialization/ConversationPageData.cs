namespace Gateway.Upstream;

/// <summary>The <c>data</c> object of the wrapped conversation page shape.</summary>
internal sealed class ConversationPageData
{
    public ConversationMetaCounts? Meta { get; set; }

    public List<Conversation>? Payload { get; set; }
}
