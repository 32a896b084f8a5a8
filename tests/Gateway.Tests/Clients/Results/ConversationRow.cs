namespace Gateway.Tests.Clients.Results;

/// <summary>The <c>ConversationRow</c> fragment.</summary>
internal sealed record ConversationRow(
    int Id,
    ConversationStatus Status,
    Priority? Priority,
    IReadOnlyList<string> Labels,
    DateTimeOffset LastActivityAt,
    PersonResult? Sender,
    PersonResult? Assignee);
