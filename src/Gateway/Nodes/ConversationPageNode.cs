namespace Gateway.Nodes;

/// <summary>The GraphQL <c>ConversationPage</c>.</summary>
internal sealed record ConversationPageNode(
    IReadOnlyList<ConversationNode> Nodes,
    ConversationCountsNode Counts,
    int Page,
    int PageSize,
    bool HasNextPage);
