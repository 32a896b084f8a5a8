namespace Gateway.Tests.Clients.Results;

/// <summary><c>data</c> of ConversationList and FilteredConversations.</summary>
internal sealed record ConversationListData(ConversationPageResult? Conversations);
