using Gateway.Tests.Clients.Results;

namespace Gateway.Tests.Clients;

/// <summary>The operations the tests run, one per operation in <c>Clients/Operations</c>.</summary>
internal static class GatewayOperations
{
    public static GatewayOperation<ConversationListVariables, ConversationListData> ConversationList { get; } = new("ConversationList");

    public static GatewayOperation<FilteredConversationsVariables, ConversationListData> FilteredConversations { get; } = new("FilteredConversations");
}
