using System.Globalization;
using System.Text;

namespace Gateway.Benchmarks;

/// <summary>Builds conversation pages shaped like Chatwoot's responses (real server encodings and the docs' shape).</summary>
internal static class UpstreamPageJson
{
    private const long Jan1 = 1767225600;

    /// <summary>The list endpoint's page: data-wrapped, four counts, <paramref name="count"/> conversations.</summary>
    public static byte[] ListPage(int count) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"data\":{{\"meta\":{{\"mine_count\":12,\"assigned_count\":180,\"unassigned_count\":120,\"all_count\":300}},\"payload\":[{Conversations(count)}]}}}}"));

    /// <summary>The real filter endpoint's page: unwrapped, three counts.</summary>
    public static byte[] FilterPage(int count) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"meta\":{{\"mine_count\":12,\"unassigned_count\":120,\"all_count\":300}},\"payload\":[{Conversations(count)}]}}"));

    private static string Conversations(int count) => string.Join(",", Enumerable.Range(1, count).Select(Conversation));

    private static string Conversation(int id)
    {
        var created = Jan1 + (id * 3600);
        var snoozed = id % 10 == 0 ? "\"2026-02-01T09:00:00.000Z\"" : "null";
        var priority = id % 2 == 0 ? "\"high\"" : "null";
        var assignee = id % 3 == 0
            ? ""
            : string.Create(CultureInfo.InvariantCulture, $$""","assignee_type":"User","assignee":{"id":{{id % 7 + 1}},"account_id":1,"name":"Agent {{id % 7}}","available_name":"Agent {{id % 7}}","email":"agent{{id % 7}}@acme.test","role":"agent","availability_status":"online","auto_offline":true,"confirmed":true,"provider":"email","thumbnail":"","access_token":"secret-{{id}}","pubsub_token":"pubsub-{{id}}","hmac_identifier":"hmac-{{id}}"}""");
        var team = id % 4 == 0
            ? string.Create(CultureInfo.InvariantCulture, $$""","team":{"id":{{id % 5 + 1}},"name":"team {{id % 5}}","description":"Team","allow_auto_assign":true,"account_id":1,"is_member":false}""")
            : "";
        return string.Create(CultureInfo.InvariantCulture, $$"""
            {"id":{{id}},"uuid":"3f2a9c1e-0000-4000-8000-{{id:D12}}","account_id":1,"inbox_id":{{id % 4 + 1}},"status":"open","priority":{{priority}},
            "labels":["billing","vip","lead-{{id % 9}}"],
            "messages":[{"id":{{id * 100}},"content":"Hello, I need help with my invoice number {{id}}. It has been charged twice this month.","account_id":1,"inbox_id":{{id % 4 + 1}},"conversation_id":{{id}},"message_type":0,"content_type":"text","status":"sent","private":false,"created_at":{{created + 60}},"updated_at":"2026-01-01T00:01:00.000Z","source_id":null,"content_attributes":{},"attachments":[],"sender":{"id":{{id + 1000}},"name":"Customer {{id}}","available_name":"Customer {{id}}","thumbnail":"","type":"contact"} }],
            "last_non_activity_message":null,
            "created_at":{{created}},"last_activity_at":{{created + 60}},"timestamp":{{created + 60}},
            "agent_last_seen_at":0,"assignee_last_seen_at":{{created + 30}},"contact_last_seen_at":{{created + 20}},"first_reply_created_at":0,"waiting_since":{{created}},
            "updated_at":{{created + 60}}.123456,"snoozed_until":{{snoozed}},
            "unread_count":{{id % 10}},"muted":false,"can_reply":true,
            "additional_attributes":{"browser":{"browser_name":"Chrome","platform_name":"Linux"},"referer":"https://acme.test/pricing","browser_language":"en"},
            "custom_attributes":{"plan":"pro","seats":{{id % 50}} },
            "meta":{"sender":{"id":{{id + 1000}},"name":"Customer {{id}}","email":"customer{{id}}@example.com","phone_number":null,"identifier":null,"thumbnail":"","blocked":false,"availability_status":"offline","additional_attributes":{"city":"Berlin"},"custom_attributes":{},"created_at":{{created - 86400}},"last_activity_at":{{created + 60}} },
            "channel":"Channel::WebWidget","hmac_verified":false{{assignee}}{{team}}
            """) + "}}";
    }
}
