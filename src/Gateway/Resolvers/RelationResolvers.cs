using Gateway.DataLoaders;
using Gateway.GraphQL.Execution;
using Gateway.Nodes;
using Gateway.Upstream;

namespace Gateway.Resolvers;

/// <summary>
/// Resolvers of the objects around a conversation. Embedded data is used where Chatwoot embeds it; everything else
/// goes through the request's DataLoaders, so a page costs a fixed number of upstream calls.
/// </summary>
internal static class RelationResolvers
{
    public static object? Sender(IResolverContext context)
    {
        var node = context.Parent<ConversationNode>();
        return node.Source.Meta.Sender is { } sender ? new ContactNode(sender, node.AccountId) : null;
    }

    public static object? Assignee(IResolverContext context)
    {
        var node = context.Parent<ConversationNode>();
        if (node.Source.Meta.Assignee is not { } assignee || string.Equals(node.Source.Meta.AssigneeType, "AgentBot", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // The embedded assignee is complete: it also serves message senders who are this agent.
        context.DataLoader<AgentByIdLoader>().Prime(new EntityKey(node.AccountId, assignee.Id), assignee);
        return new AgentNode(assignee, node.AccountId);
    }

    public static object? Team(IResolverContext context) => context.Parent<ConversationNode>().Source.Meta.Team;

    public static async ValueTask<object?> Inbox(IResolverContext context)
    {
        var node = context.Parent<ConversationNode>();
        return await context.DataLoader<InboxByIdLoader>().LoadAsync(new EntityKey(node.AccountId, node.InboxId), context.RequestAborted);
    }

    /// <summary>A message's sender: a contact, an agent or an agent bot, from the embedded sender (or its type and id).</summary>
    public static object? MessageSender(IResolverContext context)
    {
        var message = context.Parent<MessageNode>();
        var source = message.Source;
        var sender = source.Sender ?? (source.SenderId is { } id ? new MessageSender { Id = id, Type = source.SenderType } : null);
        if (sender is null)
        {
            return null;
        }

        return (sender.Type ?? source.SenderType)?.ToLowerInvariant() switch
        {
            "contact" => new ContactNode(sender, message.AccountId),
            "user" => new AgentNode(sender, message.AccountId),
            "agent_bot" or "agentbot" => new AgentBotNode(sender.Id, sender.Name, sender.Thumbnail),
            _ => null,
        };
    }

    public static string? MessageSenderType(object value) => value switch
    {
        ContactNode => "Contact",
        AgentNode => "Agent",
        AgentBotNode => "AgentBot",
        _ => null,
    };

    /// <summary>The complete agent behind a node, from the node itself or the request's agents loader.</summary>
    public static async ValueTask<Agent?> FullAgentAsync(IResolverContext context)
    {
        var node = context.Parent<AgentNode>();
        return node.Full ?? await context.DataLoader<AgentByIdLoader>().LoadAsync(new EntityKey(node.AccountId, node.Id), context.RequestAborted);
    }

    /// <summary>A contact with every field but its inboxes: embedded in this request's pages, or fetched.</summary>
    public static async ValueTask<Contact?> DetailedContactAsync(IResolverContext context)
    {
        var node = context.Parent<ContactNode>();
        return node.Embedded
            ?? context.Services.GetRequiredService<EmbeddedContacts>().Find(node.AccountId, node.Id)
            ?? await FullContactAsync(context);
    }

    /// <summary>The contact as <c>GET /contacts/{id}</c> returns it, at most once per id per request.</summary>
    public static async ValueTask<Contact?> FullContactAsync(IResolverContext context)
    {
        var node = context.Parent<ContactNode>();
        return await context.DataLoader<ContactByIdLoader>().LoadAsync(new EntityKey(node.AccountId, node.Id), context.RequestAborted);
    }
}
