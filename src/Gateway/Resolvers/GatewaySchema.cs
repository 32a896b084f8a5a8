using Gateway.DataLoaders;
using Gateway.GraphQL.Hosting;
using Gateway.Nodes;

namespace Gateway.Resolvers;

/// <summary>Binds the resolvers and DataLoaders of <c>schema/schema.graphql</c>; every other field resolves from its parent node.</summary>
internal static class GatewaySchema
{
    /// <summary>The schema file's name in the output folder (copied from <c>schema/schema.graphql</c>).</summary>
    public const string FileName = "schema.graphql";

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, FileName);

    public static IRequestExecutorBuilder AddChatwootSchema(this IRequestExecutorBuilder builder) => builder
        .AddDocumentFromFile(FilePath)
        .AddResolver("Query", "conversations", ConversationsResolver.ResolveAsync)
        .AddResolver("Conversation", "sender", RelationResolvers.Sender)
        .AddResolver("Conversation", "assignee", RelationResolvers.Assignee)
        .AddResolver("Conversation", "team", RelationResolvers.Team)
        .AddResolver("Conversation", "inbox", RelationResolvers.Inbox)
        .AddResolver("Message", "sender", RelationResolvers.MessageSender)
        .AddTypeResolver("MessageSender", RelationResolvers.MessageSenderType)
        .AddResolver("Agent", "email", async c => (await RelationResolvers.FullAgentAsync(c))?.Email)
        .AddResolver("Agent", "role", async c => EnumNames.From((await RelationResolvers.FullAgentAsync(c))?.Role))
        .AddResolver("Agent", "autoOffline", async c => (await RelationResolvers.FullAgentAsync(c))?.AutoOffline)
        .AddResolver("Agent", "confirmed", async c => (await RelationResolvers.FullAgentAsync(c))?.Confirmed)
        .AddResolver("Contact", "blocked", async c => (await RelationResolvers.DetailedContactAsync(c))?.Blocked)
        .AddResolver("Contact", "additionalAttributes", async c => (await RelationResolvers.DetailedContactAsync(c))?.AdditionalAttributes)
        .AddResolver("Contact", "customAttributes", async c => (await RelationResolvers.DetailedContactAsync(c))?.CustomAttributes)
        .AddResolver("Contact", "createdAt", async c => (await RelationResolvers.DetailedContactAsync(c))?.CreatedAt)
        .AddResolver("Contact", "lastActivityAt", async c => (await RelationResolvers.DetailedContactAsync(c))?.LastActivityAt)
        .AddResolver("Contact", "contactInboxes", async c =>
            (object?)((await RelationResolvers.FullContactAsync(c))?.ContactInboxes.Select(i => new ContactInboxNode(i.SourceId, i.Inbox)).ToList() ?? []))
        .AddDataLoader<AgentByIdLoader>()
        .AddDataLoader<InboxByIdLoader>()
        .AddDataLoader<ContactByIdLoader>();
}
