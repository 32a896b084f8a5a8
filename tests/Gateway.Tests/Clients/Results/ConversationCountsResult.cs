namespace Gateway.Tests.Clients.Results;

/// <summary><c>ConversationCounts</c>; fields an operation does not select stay null.</summary>
internal sealed record ConversationCountsResult(int? Mine, int? Unassigned, int? Assigned, int All);
