using System.Globalization;
using System.Text.Json;
using Chatwoot.Simulator.Json;

namespace Chatwoot.Simulator;

/// <summary>Builds the deterministic default data set from a seeded <see cref="Random"/>.</summary>
internal sealed partial class SimulatorDataGenerator
{
    private static readonly string[] FirstNames =
    [
        "Ada", "Bruno", "Chiara", "Dmitri", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kemal", "Lena",
        "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tariq", "Uma", "Victor", "Wanda", "Yusuf", "Zoe",
    ];

    private static readonly string[] LastNames =
    [
        "Almeida", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Hansen", "Ivanova", "Jensen", "Kowalski",
        "Lopez", "Moreau", "Nakamura", "Okafor", "Petrov", "Rossi", "Schmidt", "Tanaka", "Weber",
    ];

    private static readonly string[] LabelNames =
    [
        "billing", "bug", "feature-request", "vip", "refund", "onboarding", "urgent-followup", "spam", "feedback", "lead",
    ];

    private static readonly string[] Languages = ["en", "fr", "de", "es", "pt"];

    private static readonly string[] Plans = ["free", "starter", "business", "enterprise"];

    private readonly SimulatorDataOptions _options;
    private readonly Random _random;
    private readonly long _now;
    private int _nextInboxId = 1;
    private int _nextTeamId = 1;
    private int _nextLabelId = 1;
    private int _nextAttributeId = 1;
    private int _nextContactId = 1;
    private int _nextConversationId = 1;
    private int _nextMessageId = 1;

    public SimulatorDataGenerator(SimulatorDataOptions options)
    {
        _options = options;
#pragma warning disable CA5394 // Deterministic test data, not security: a seeded Random is the point.
        _random = new Random(options.Seed);
#pragma warning restore CA5394
        _now = options.ReferenceTime.ToUnixTimeSeconds();
    }

    public SimulatorData Generate()
    {
        var data = new SimulatorData();
        AddUsers(data);

        var demo = NewAccount(1, "Acme Support");
        demo.Members.Add(new SimAccountUser { UserId = SimulatorData.DemoAdminUserId, Role = "administrator" });
        demo.Members.Add(new SimAccountUser { UserId = SimulatorData.DemoAgentUserId, Role = "agent" });
        for (var id = 3; id <= 12; id++)
        {
            demo.Members.Add(new SimAccountUser { UserId = id, Role = id <= 4 ? "administrator" : "agent" });
        }

        demo.Members.Add(new SimAccountUser { UserId = BotUserId, Role = "agent" });
        FillAccount(demo, _options.ConversationsInDemoAccount, _options.ContactsInDemoAccount);
        data.Accounts.Add(demo);

        var second = NewAccount(2, "Globex Helpdesk");
        second.Members.Add(new SimAccountUser { UserId = OtherAccountUserId, Role = "administrator" });
        second.Members.Add(new SimAccountUser { UserId = 3, Role = "agent" });
        second.Members.Add(new SimAccountUser { UserId = 5, Role = "agent" });
        FillAccount(second, 40, 25);
        data.Accounts.Add(second);

        var suspended = NewAccount(SimulatorData.SuspendedAccountId, "Initech (suspended)");
        suspended.Status = "suspended";
        suspended.Members.Add(new SimAccountUser { UserId = SimulatorData.DemoAdminUserId, Role = "administrator" });
        FillAccount(suspended, 5, 5);
        data.Accounts.Add(suspended);
        return data;
    }

    private const int BotUserId = 100;
    private const int OtherAccountUserId = 13;

    private void AddUsers(SimulatorData data)
    {
        for (var id = 1; id <= 13; id++)
        {
            var first = FirstNames[(id * 7) % FirstNames.Length];
            var last = LastNames[(id * 3) % LastNames.Length];
            var token = id switch
            {
                SimulatorData.DemoAdminUserId => SimulatorData.DemoToken,
                SimulatorData.DemoAgentUserId => SimulatorData.DemoAgentToken,
                OtherAccountUserId => SimulatorData.DemoOtherAccountToken,
                _ => "sim-token-" + id.ToString(CultureInfo.InvariantCulture) + "-" + RandomHex(12),
            };
            data.Users.Add(new SimUser
            {
                Id = id,
                Name = first + " " + last,
                DisplayName = id % 3 == 0 ? first : null,
                Email = (first + "." + last).ToLowerInvariant() + "@example.com",
                AccessToken = token,
                PubsubToken = RandomHex(24),
                HmacIdentifier = RandomHex(32),
                AvailabilityStatus = Pick(["online", "busy", "offline"]),
                AutoOffline = id % 2 == 0,
                Thumbnail = string.Empty,
            });
        }

        data.Users.Add(new SimUser
        {
            Id = BotUserId,
            Name = "Triage Bot",
            Email = "bot@example.com",
            AccessToken = SimulatorData.DemoBotToken,
            PubsubToken = RandomHex(24),
            HmacIdentifier = RandomHex(32),
            IsBot = true,
        });
    }

    private static SimAccount NewAccount(int id, string name) => new() { Id = id, Name = name };

    private void FillAccount(SimAccount account, int conversations, int contacts)
    {
        var agentIds = account.Members.Where(m => m.UserId != BotUserId).Select(m => m.UserId).ToList();
        AddInboxes(account, agentIds);
        AddTeams(account, agentIds);
        foreach (var label in LabelNames)
        {
            account.Labels.Add(new SimLabel { Id = _nextLabelId++, Title = label, Description = "Conversations about " + label });
        }

        AddCustomAttributeDefinitions(account);
        for (var i = 0; i < contacts; i++)
        {
            account.Contacts.Add(NewContact(account));
        }

        for (var i = 1; i <= conversations; i++)
        {
            account.Conversations.Add(NewConversation(account, i));
        }
    }

    private void AddInboxes(SimAccount account, List<int> agentIds)
    {
        (string Name, string Channel)[] inboxes =
        [
            ("Website", "Channel::WebWidget"),
            ("Support email", "Channel::Email"),
            ("API", "Channel::Api"),
            ("WhatsApp", "Channel::Whatsapp"),
            ("Telegram", "Channel::Telegram"),
        ];
        foreach (var (name, channel) in inboxes)
        {
            var id = _nextInboxId++;
            var members = agentIds.Where(_ => _random.Next(100) < 45).ToList();
            if (account.Id == SimulatorData.DemoAccountId)
            {
                // The demo agent belongs to the first two inboxes of the demo account and to no other.
                members.Remove(SimulatorData.DemoAgentUserId);
                if (id <= 2)
                {
                    members.Add(SimulatorData.DemoAgentUserId);
                }
            }

            account.Inboxes.Add(new SimInbox
            {
                Id = id,
                ChannelId = id,
                Name = name,
                ChannelType = channel,
                MemberIds = members.Distinct().Order().ToList(),
                Website = channel == "Channel::WebWidget" ? "https://www.example.com" : null,
                WebsiteToken = channel == "Channel::WebWidget" ? RandomHex(24) : null,
                HmacToken = channel is "Channel::WebWidget" or "Channel::Api" ? RandomHex(24) : null,
                Secret = channel == "Channel::Api" ? RandomHex(24) : null,
                Email = channel == "Channel::Email" ? "support@example.com" : null,
                ImapPassword = channel == "Channel::Email" ? RandomHex(16) : null,
                SmtpPassword = channel == "Channel::Email" ? RandomHex(16) : null,
                PhoneNumber = channel == "Channel::Whatsapp" ? "+15550100" + id.ToString("D3", CultureInfo.InvariantCulture) : null,
            });
        }
    }

    private void AddTeams(SimAccount account, List<int> agentIds)
    {
        string[] teams = ["Sales", "Support", "Billing", "Escalations"];
        foreach (var name in teams)
        {
            account.Teams.Add(new SimTeam
            {
                Id = _nextTeamId++,
                Name = name.ToLowerInvariant(),
                Description = name + " team",
                AllowAutoAssign = _random.Next(2) == 0,
                MemberIds = agentIds.Where(_ => _random.Next(100) < 40).ToList(),
            });
        }
    }

    private void AddCustomAttributeDefinitions(SimAccount account)
    {
        (string Key, string Type)[] definitions =
        [
            ("order_id", "text"), ("plan", "list"), ("order_total", "number"), ("renewal_date", "date"),
            ("is_vip", "checkbox"), ("homepage", "link"), ("discount", "percent"), ("contract_value", "currency"),
        ];
        foreach (var (key, type) in definitions)
        {
            account.CustomAttributeDefinitions.Add(new SimCustomAttributeDefinition
            {
                Id = _nextAttributeId++,
                AttributeKey = key,
                AttributeDisplayName = key.Replace('_', ' '),
                AttributeDisplayType = type,
                AttributeValues = type == "list" ? [.. Plans] : [],
            });
        }

        account.CustomAttributeDefinitions.Add(new SimCustomAttributeDefinition
        {
            Id = _nextAttributeId++,
            AttributeKey = "customer_tier",
            AttributeDisplayName = "customer tier",
            AttributeDisplayType = "text",
            AttributeModel = "contact_attribute",
        });
    }

    private SimContact NewContact(SimAccount account)
    {
        var first = Pick(FirstNames);
        var last = Pick(LastNames);
        var id = _nextContactId++;
        var created = _now - _random.Next(30, 400) * 86400L - _random.Next(86400);
        var contact = new SimContact
        {
            Id = id,
            Name = first + " " + last,
            Email = _random.Next(10) < 8 ? (first + "." + last + id.ToString(CultureInfo.InvariantCulture)).ToLowerInvariant() + "@mail.example" : null,
            PhoneNumber = _random.Next(10) < 5 ? "+4470" + _random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture) : null,
            Identifier = _random.Next(10) < 3 ? "cust-" + id.ToString(CultureInfo.InvariantCulture) : null,
            Blocked = _random.Next(40) == 0,
            AvailabilityStatus = _random.Next(4) == 0 ? "online" : "offline",
            CreatedAt = created,
            LastActivityAt = _random.Next(10) < 8 ? created + _random.Next(0, 29 * 86400) : null,
            Thumbnail = string.Empty,
        };
        contact.AdditionalAttributes["city"] = JsonOf(Pick(["Lisbon", "Berlin", "Paris", "Osaka", "Lagos", "Austin"]));
        if (_random.Next(3) == 0)
        {
            contact.CustomAttributes["customer_tier"] = JsonOf(Pick(["gold", "silver", "bronze"]));
        }

        foreach (var inbox in account.Inboxes.Where(_ => _random.Next(3) == 0))
        {
            contact.SourceIds[inbox.Id] = NewGuid().ToString("D", CultureInfo.InvariantCulture);
        }

        return contact;
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private Guid NewGuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }

    private string RandomHex(int length)
    {
        Span<byte> bytes = stackalloc byte[(length + 1) / 2];
        _random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes)[..length];
    }

    private static JsonElement JsonOf(string value) => JsonSerializer.SerializeToElement(value, SimulatorJsonContext.Default.String);

    private static JsonElement JsonOf(double value) => JsonSerializer.SerializeToElement(value, SimulatorJsonContext.Default.Double);

    private static JsonElement JsonOf(bool value) => JsonSerializer.SerializeToElement(value, SimulatorJsonContext.Default.Boolean);
}
