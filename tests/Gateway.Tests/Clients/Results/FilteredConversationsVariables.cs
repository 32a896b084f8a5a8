namespace Gateway.Tests.Clients.Results;

/// <summary>Variables of FilteredConversations.</summary>
internal sealed record FilteredConversationsVariables(ConversationFilterInput Filter, ConversationStatusFilter? Status = null, int? Page = null);
