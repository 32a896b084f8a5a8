using System.Text.Json;

namespace Chatwoot.Simulator.Tests.TestSupport;

/// <summary>Small hand-made data sets whose every count is known.</summary>
internal static class TestData
{
    public const string AdminToken = "admin-token";
    public const string AgentToken = "agent-token";
    public const string OtherAgentToken = "other-agent-token";
    public const string BotToken = "bot-token";
    public const string OutsiderToken = "outsider-token";
    public const int AdminId = 1;
    public const int AgentId = 2;
    public const int OtherAgentId = 3;
    public const int BotId = 4;
    public const int OutsiderId = 5;
    public const int AgentInbox = 10;
    public const int AdminOnlyInbox = 11;
    public const int SalesTeam = 20;
    public const int SupportTeam = 21;
    public const int Contact = 100;
    public const int BlockedContact = 101;

    public static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Account 1 with the conversations given; account 2 (the outsider's) and suspended account 3.</summary>
    public static SimulatorData Create(params SimConversation[] conversations)
    {
        var data = new SimulatorData
        {
            Users =
            [
                User(AdminId, "Alice Admin", AdminToken),
                User(AgentId, "Bob Agent", AgentToken),
                User(OtherAgentId, "Carol Agent", OtherAgentToken),
                new SimUser { Id = BotId, Name = "Bot", AccessToken = BotToken, IsBot = true },
                User(OutsiderId, "Olga Outsider", OutsiderToken),
            ],
        };
        var account = new SimAccount
        {
            Id = 1,
            Name = "Test",
            Members =
            [
                new SimAccountUser { UserId = AdminId, Role = "administrator" },
                new SimAccountUser { UserId = AgentId, Role = "agent" },
                new SimAccountUser { UserId = OtherAgentId, Role = "agent" },
                new SimAccountUser { UserId = BotId, Role = "agent" },
            ],
            Inboxes =
            [
                new SimInbox { Id = AgentInbox, ChannelId = 1, Name = "Website", ChannelType = "Channel::WebWidget", MemberIds = [AgentId, OtherAgentId], WebsiteToken = "wt-secret", HmacToken = "hmac-secret" },
                new SimInbox { Id = AdminOnlyInbox, ChannelId = 2, Name = "Email", ChannelType = "Channel::Email", MemberIds = [OtherAgentId], Email = "support@example.com", ImapPassword = "imap-secret", SmtpPassword = "smtp-secret" },
            ],
            Teams =
            [
                new SimTeam { Id = SalesTeam, Name = "sales", MemberIds = [AgentId] },
                new SimTeam { Id = SupportTeam, Name = "support" },
            ],
            Labels = [new SimLabel { Id = 1, Title = "vip" }, new SimLabel { Id = 2, Title = "billing" }, new SimLabel { Id = 3, Title = "bug" }],
            CustomAttributeDefinitions =
            [
                Attribute("order_id", "text"), Attribute("plan", "list"), Attribute("order_total", "number"),
                Attribute("renewal_date", "date"), Attribute("is_vip", "checkbox"), Attribute("discount", "percent"),
                Attribute("contract_value", "currency"),
                new SimCustomAttributeDefinition { AttributeKey = "customer_tier", AttributeDisplayType = "text", AttributeModel = "contact_attribute" },
            ],
            Contacts =
            [
                new SimContact { Id = Contact, Name = "Carl Customer", Email = "carl@example.com", CreatedAt = Now.AddDays(-100).ToUnixTimeSeconds(), SourceIds = { [AgentInbox] = "src-1" } },
                new SimContact { Id = BlockedContact, Name = "Spammy", Blocked = true, CreatedAt = Now.AddDays(-50).ToUnixTimeSeconds(), LastActivityAt = Now.AddDays(-1).ToUnixTimeSeconds() },
            ],
            Conversations = [.. conversations],
        };
        data.Accounts.Add(account);
        data.Accounts.Add(new SimAccount { Id = 2, Name = "Other", Members = [new SimAccountUser { UserId = OutsiderId, Role = "administrator" }] });
        data.Accounts.Add(new SimAccount { Id = 3, Name = "Suspended", Status = "suspended", Members = [new SimAccountUser { UserId = AdminId, Role = "administrator" }] });
        return data;
    }

    /// <summary>A conversation: open, unassigned, in the agent's inbox; a higher display id is older.</summary>
    public static SimConversation Conversation(int displayId, Action<SimConversation>? configure = null)
    {
        var lastActivity = Now.AddMinutes(-displayId).ToUnixTimeSeconds();
        var conversation = new SimConversation
        {
            Id = 1000 + displayId,
            DisplayId = displayId,
            Uuid = Guid.NewGuid(),
            InboxId = AgentInbox,
            ContactId = Contact,
            CreatedAt = Now.AddDays(-displayId).ToUnixTimeSeconds(),
            LastActivityAt = lastActivity,
            UpdatedAt = lastActivity + 0.5,
            Messages = [new SimMessage { Id = 10_000 + displayId, Content = "hello", MessageType = 0, CreatedAt = lastActivity, SenderType = "contact", SenderId = Contact }],
        };
        configure?.Invoke(conversation);
        return conversation;
    }

    public static JsonElement JsonOf(string value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement JsonOf(double value) => JsonSerializer.SerializeToElement(value);

    public static JsonElement JsonOf(bool value) => JsonSerializer.SerializeToElement(value);

    private static SimUser User(int id, string name, string token) =>
        new() { Id = id, Name = name, Email = name.Split(' ')[0].ToLowerInvariant() + "@example.com", AccessToken = token, PubsubToken = "pubsub-" + id, HmacIdentifier = "hmac-" + id };

    private static SimCustomAttributeDefinition Attribute(string key, string type) =>
        new() { AttributeKey = key, AttributeDisplayName = key, AttributeDisplayType = type };
}
