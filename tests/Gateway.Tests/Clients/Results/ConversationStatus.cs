namespace Gateway.Tests.Clients.Results;

/// <summary>The schema's <c>ConversationStatus</c>.</summary>
internal enum ConversationStatus
{
    Open,
    Resolved,
    Pending,
    Snoozed,
}
