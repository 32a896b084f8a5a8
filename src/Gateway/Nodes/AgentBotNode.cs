namespace Gateway.Nodes;

/// <summary>The GraphQL <c>AgentBot</c>, from a message's embedded sender.</summary>
internal sealed record AgentBotNode(long Id, string? Name, string? Thumbnail);
