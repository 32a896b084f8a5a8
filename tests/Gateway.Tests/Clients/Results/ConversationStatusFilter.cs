namespace Gateway.Tests.Clients.Results;

/// <summary>The schema's <c>ConversationStatusFilter</c>.</summary>
internal enum ConversationStatusFilter
{
    Open,
    Resolved,
    Pending,
    Snoozed,
    All,
}
