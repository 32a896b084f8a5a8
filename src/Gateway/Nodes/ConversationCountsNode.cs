namespace Gateway.Nodes;

/// <summary>The GraphQL <c>ConversationCounts</c>.</summary>
internal sealed record ConversationCountsNode(int Mine, int Unassigned, int Assigned, int All);
