namespace Gateway.Nodes;

/// <summary>The GraphQL <c>ContactInbox</c>: the contact's id in one inbox.</summary>
internal sealed record ContactInboxNode(string? SourceId, Gateway.Upstream.Inbox? Inbox);
