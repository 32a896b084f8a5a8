namespace Gateway.Tests.Clients.Results;

/// <summary>Variables of ConversationList; null ones are left out (the schema's defaults apply).</summary>
internal sealed record ConversationListVariables(
    ConversationStatusFilter? Status = null,
    AssigneeType? Assignee = null,
    IReadOnlyList<string>? Labels = null,
    int? Page = null);
