namespace Gateway.Benchmarks.Execution;

/// <summary>25 conversations with a contact, an assignee, two labels and three messages each.</summary>
internal static class BenchData
{
    public static readonly IReadOnlyList<Conversation> Conversations = Enumerable.Range(1, 25).Select(Create).ToList();

    private static Conversation Create(int i)
    {
        var contact = new Contact($"c{i}", $"Contact {i}", $"contact{i}@example.com", i % 2 == 0 ? null : $"+1555000{i:D4}");
        var agent = i % 3 == 0 ? null : new Agent($"a{i % 4}", $"Agent {i % 4}", "online");
        var messages = Enumerable.Range(1, 3)
            .Select(m => new Message($"m{i}-{m}", $"Message {m} of conversation {i}", m % 2 == 1, m % 2 == 1 ? contact : null))
            .ToList();
        return new Conversation($"{i}", (i % 3) switch { 0 => "OPEN", 1 => "RESOLVED", _ => "PENDING" }, i % 5, "2024-05-01T10:00:00Z", contact, agent, ["support", $"l{i % 4}"], messages);
    }

    internal sealed record Conversation(string Id, string Status, int UnreadCount, string CreatedAt, Contact Contact, Agent? Assignee, IReadOnlyList<string> Labels, IReadOnlyList<Message> Messages);

    internal sealed record Contact(string Id, string Name, string? Email, string? Phone);

    internal sealed record Agent(string Id, string Name, string Availability);

    internal sealed record Message(string Id, string Content, bool Incoming, Contact? Sender);
}
