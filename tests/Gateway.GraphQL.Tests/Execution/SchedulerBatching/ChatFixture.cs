using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Tests.Execution.SchedulerBatching;

/// <summary>
/// A small chat schema whose object fields resolve through request-scoped DataLoaders. Data is generated:
/// conversation i has contact 100 + i % 3 and inbox 10 + i % 2, messages 10i+1 and 10i+2 sent by contact 100 + (i + 1) % 4;
/// contact c has inbox 20 + c % 2. Conversation 99 belongs to contact 666, whose batch fails.
/// </summary>
internal static class ChatFixture
{
    public const string Sdl = """
        type Query { conversations(count: Int!): [Conversation!]! conversation(id: Int!): Conversation }
        type Mutation { touch(ids: [Int!]!): [Conversation!]! }
        type Conversation { id: Int! contact: Contact inbox: Inbox messages: [Message!]! contactInboxName: String }
        type Contact { id: Int! name: String inbox: Inbox }
        type Message { id: Int! sender: Contact }
        type Inbox { id: Int! name: String }
        """;

    public static IRequestExecutor Create(BatchLog log) => TestExecutor.Create(
        Sdl,
        b => b
            .AddResolver("Query", "conversations", c => Enumerable.Range(1, c.ArgumentValue<int>("count")).Select(Conversation).ToList())
            .AddResolver("Query", "conversation", c => Conversation(c.ArgumentValue<int>("id")))
            .AddResolver("Mutation", "touch", c => c.ArgumentValue<int[]>("ids").Select(Conversation).ToList())
            .AddResolver("Conversation", "contact", c => Load<ContactLoader>(c, "contactId"))
            .AddResolver("Conversation", "inbox", c => Load<InboxLoader>(c, "inboxId"))
            .AddResolver("Conversation", "messages", async c =>
                (object?)await c.DataLoader<MessagesLoader>().LoadAsync(Id(c, "id"), c.RequestAborted))
            .AddResolver("Conversation", "contactInboxName", async c =>
                (object?)await c.DataLoader<ContactInboxNameLoader>().LoadAsync(Id(c, "contactId"), c.RequestAborted))
            .AddResolver("Contact", "inbox", c => Load<InboxLoader>(c, "inboxId"))
            .AddResolver("Message", "sender", c => Load<ContactLoader>(c, "senderId"))
            .AddDataLoader<ContactLoader>()
            .AddDataLoader<InboxLoader>()
            .AddDataLoader<MessagesLoader>()
            .AddDataLoader<ContactInboxNameLoader>()
            // These tests are about batching; nested lists of loaded fields exceed the default cost budget.
            .ModifyOptions(o => o.Cost.EnforceCostLimits = false),
        s => s.AddSingleton(log));

    public static Dictionary<string, object?> Conversation(int id) => new()
    {
        ["id"] = id,
        ["contactId"] = id == 99 ? 666 : 100 + (id % 3),
        ["inboxId"] = 10 + (id % 2),
    };

    public static Dictionary<string, object?> Contact(int id) => new() { ["id"] = id, ["name"] = "contact " + id, ["inboxId"] = 20 + (id % 2) };

    public static Dictionary<string, object?> Message(int id) => new() { ["id"] = id, ["senderId"] = 100 + (((id / 10) + 1) % 4) };

    public static Dictionary<string, object?> Inbox(int id) => new() { ["id"] = id, ["name"] = "inbox " + id };

    private static int Id(IResolverContext c, string member) => (int)c.Parent<IReadOnlyDictionary<string, object?>>()[member]!;

    private static async ValueTask<object?> Load<TLoader>(IResolverContext c, string member)
        where TLoader : IDataLoader<int, Dictionary<string, object?>>
        => await c.DataLoader<TLoader>().LoadAsync(Id(c, member), c.RequestAborted);
}
