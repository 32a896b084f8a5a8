using Gateway.GraphQL.Cost;

namespace Gateway.Hosting;

/// <summary>
/// Cost annotations of the Chatwoot schema, kept in code because the committed SDL is the printed schema (which
/// carries no applied directives): a page holds 25 conversations, a listing embeds at most one message, and the
/// relations resolved through DataLoaders cost one batched upstream call per page, so they weigh like a plain
/// object field (1) instead of a resolver with I/O (10). Configuration (<c>GraphQL:Cost</c>) can override each entry.
/// </summary>
internal static class GatewayCostWeights
{
    private static readonly string[] BatchedRelations =
    [
        "Conversation.sender", "Conversation.assignee", "Conversation.team", "Conversation.inbox", "Message.sender",
        "Agent.email", "Agent.role", "Agent.autoOffline", "Agent.confirmed",
        "Contact.blocked", "Contact.additionalAttributes", "Contact.customAttributes", "Contact.createdAt", "Contact.lastActivityAt", "Contact.contactInboxes",
    ];

    public static void Apply(CostOptions cost)
    {
        cost.ListSizes["ConversationPage.nodes"] = 25;
        cost.ListSizes["Conversation.messages"] = 1;
        foreach (var field in BatchedRelations)
        {
            cost.FieldWeights[field] = 1;
        }
    }
}
