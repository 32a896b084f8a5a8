namespace Gateway.Tests.Clients.Results;

/// <summary><c>ConversationPage</c> as the operations select it.</summary>
internal sealed record ConversationPageResult(ConversationCountsResult Counts, bool HasNextPage, IReadOnlyList<ConversationRow> Nodes);
