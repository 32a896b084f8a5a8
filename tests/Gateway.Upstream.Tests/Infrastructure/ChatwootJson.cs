namespace Gateway.Upstream.Tests.Infrastructure;

/// <summary>Chatwoot response bodies: the real server's shapes (chatwoot-api.md) and the public docs' (seed) shapes.</summary>
public static class ChatwootJson
{
    /// <summary>2026-01-01T00:00:00Z in unix seconds.</summary>
    public const long Jan1 = 1767225600;

    /// <summary>A conversation as the real server sends it: int seconds, 0 for unset, float updated_at, ISO snoozed_until.</summary>
    public static string Conversation(int id, string assigneeJson = "", string teamJson = "", string snoozedUntil = "null") => $$"""
        {
          "id": {{id}}, "uuid": "uuid-{{id}}", "account_id": 1, "inbox_id": 2, "status": "open", "priority": "high",
          "labels": ["billing", "vip"],
          "messages": [{
            "id": {{id * 10}}, "content": "hello {{id}}", "account_id": 1, "inbox_id": 2, "conversation_id": {{id}},
            "message_type": 0, "content_type": "text", "status": "sent", "private": false,
            "created_at": {{Jan1 + 60}}, "updated_at": "2026-01-01T00:01:00.000Z", "source_id": null,
            "content_attributes": {}, "attachments": [],
            "sender": { "id": 7, "name": "Jane", "type": "contact", "thumbnail": "" }
          }],
          "last_non_activity_message": null,
          "created_at": {{Jan1}}, "last_activity_at": {{Jan1 + 60}}, "timestamp": {{Jan1 + 60}},
          "agent_last_seen_at": 0, "assignee_last_seen_at": 0, "contact_last_seen_at": {{Jan1 + 30}},
          "first_reply_created_at": 0, "waiting_since": {{Jan1}},
          "updated_at": {{Jan1 + 60}}.123456, "snoozed_until": {{snoozedUntil}},
          "unread_count": 3, "muted": false, "can_reply": true,
          "additional_attributes": { "browser_language": "en" }, "custom_attributes": { "plan": "pro" },
          "some_future_field": { "nested": [1, 2, 3] },
          "meta": {
            "sender": {
              "id": 7, "name": "Jane", "email": "jane@example.com", "phone_number": null, "identifier": null,
              "thumbnail": "", "blocked": false, "availability_status": "offline",
              "additional_attributes": {}, "custom_attributes": {}, "created_at": {{Jan1 - 86400}}
            },
            "channel": "Channel::WebWidget", "hmac_verified": null{{assigneeJson}}{{teamJson}}
          }
        }
        """;

    /// <summary>A <c>meta.assignee</c> fragment carrying the secret fields the docs list.</summary>
    public const string AssigneeWithSecrets = """
        , "assignee_type": "User",
          "assignee": {
            "id": 3, "account_id": 1, "name": "Agent Smith", "available_name": "Smith", "email": "smith@example.com",
            "role": "agent", "availability_status": "online", "auto_offline": true, "confirmed": true,
            "provider": "email", "thumbnail": "",
            "access_token": "LEAKED-ACCESS-TOKEN", "pubsub_token": "LEAKED-PUBSUB", "hmac_identifier": "LEAKED-HMAC"
          }
        """;

    /// <summary>An explicit <c>"assignee": null</c>, which some builds send instead of omitting the field.</summary>
    public const string NullAssignee = """, "assignee": null""";

    public const string TeamFragment = """
        , "team": { "id": 5, "name": "support", "description": "Tier 1", "allow_auto_assign": true, "account_id": 1, "is_member": true }
        """;

    /// <summary>The list endpoint's shape (and the docs' filter shape): data-wrapped, four counts.</summary>
    public static string WrappedPage(int mine, int assigned, int unassigned, int all, params string[] conversations) => $$"""
        { "data": { "meta": { "mine_count": {{mine}}, "assigned_count": {{assigned}}, "unassigned_count": {{unassigned}}, "all_count": {{all}} },
          "payload": [{{string.Join(",", conversations)}}] } }
        """;

    /// <summary>The real filter endpoint's shape: no data wrapper, three counts.</summary>
    public static string UnwrappedPage(int mine, int unassigned, int all, params string[] conversations) => $$"""
        { "meta": { "mine_count": {{mine}}, "unassigned_count": {{unassigned}}, "all_count": {{all}} },
          "payload": [{{string.Join(",", conversations)}}] }
        """;

    /// <summary>One conversation exactly as the seed page's example shape, with plausible values in place of placeholders.</summary>
    public static string SeedConversation(int id) => $$"""
        {
          "id": {{id}},
          "messages": [{ "id": 1, "content": "hi", "account_id": 1, "inbox_id": 1, "conversation_id": {{id}}, "message_type": 0,
            "created_at": {{Jan1}}, "updated_at": {{Jan1}}, "private": true, "status": "sent", "source_id": "s",
            "content_type": "text", "content_attributes": {}, "sender_type": "contact", "sender_id": 9,
            "external_source_ids": {}, "additional_attributes": {}, "processed_message_content": "hi", "sentiment": {},
            "conversation": {}, "attachment": {}, "sender": {} }],
          "account_id": 1, "uuid": "u", "additional_attributes": {}, "agent_last_seen_at": {{Jan1}},
          "assignee_last_seen_at": {{Jan1}}, "can_reply": true, "contact_last_seen_at": {{Jan1}}, "custom_attributes": {},
          "inbox_id": 1, "labels": ["a"], "muted": true, "snoozed_until": {{Jan1 + 3600}}, "status": "snoozed",
          "created_at": {{Jan1}}, "updated_at": {{Jan1}}, "timestamp": "{{Jan1}}", "first_reply_created_at": {{Jan1}},
          "unread_count": 1, "last_non_activity_message": null, "last_activity_at": {{Jan1}}, "priority": "low",
          "waiting_since": {{Jan1}}, "sla_policy_id": 4, "applied_sla": {}, "sla_events": [{}],
          "meta": {
            "sender": { "additional_attributes": {}, "availability_status": "online", "email": "e@x.io", "id": 9, "name": "N",
              "phone_number": "+1", "blocked": true, "identifier": "i", "thumbnail": "t", "custom_attributes": {},
              "last_activity_at": {{Jan1}}, "created_at": {{Jan1}} },
            "channel": "Channel::Api",
            "assignee": { "id": 2, "access_token": "SEED-ACCESS", "account_id": 1, "available_name": "A", "avatar_url": "",
              "confirmed": true, "display_name": "A", "message_signature": "sig", "email": "a@x.io", "hmac_identifier": "SEED-HMAC",
              "inviter_id": 1, "name": "A", "provider": "email", "pubsub_token": "SEED-PUBSUB", "role": "agent", "ui_settings": {},
              "uid": "a@x.io", "type": "user", "custom_attributes": {},
              "accounts": [{ "id": 1, "name": "Acme", "status": "active", "active_at": "2023-11-07T05:31:56Z", "role": "administrator",
                "permissions": ["x"], "availability": "online", "availability_status": "online", "auto_offline": true,
                "custom_role_id": 1, "custom_role": {} }] },
            "hmac_verified": true
          }
        }
        """;

    /// <summary>Inboxes as an administrator receives them: with every secret Chatwoot may include.</summary>
    public const string InboxesWithSecrets = """
        { "payload": [
          { "id": 1, "name": "Website", "channel_id": 1, "channel_type": "Channel::WebWidget", "avatar_url": "",
            "website_url": "https://acme.test", "widget_color": "#009CE0", "website_token": "LEAKED-WEBSITE-TOKEN",
            "hmac_token": "LEAKED-HMAC-TOKEN", "hmac_mandatory": false, "enable_auto_assignment": true,
            "web_widget_script": "<script>LEAKED-WEBSITE-TOKEN</script>", "webhook_url": "https://hooks.test/LEAKED-WEBHOOK",
            "secret": "LEAKED-SECRET", "callback_webhook_url": "https://cb.test/LEAKED-CALLBACK" },
          { "id": 2, "name": "Support mail", "channel_id": 4, "channel_type": "Channel::Email", "email": "support@acme.test",
            "imap_password": "LEAKED-IMAP", "smtp_password": "LEAKED-SMTP", "imap_login": "LEAKED-LOGIN",
            "provider": "microsoft", "provider_config": { "access_token": "LEAKED-OAUTH", "refresh_token": "LEAKED-REFRESH" },
            "forward_to_email": "LEAKED-FORWARD@acme.test" },
          { "id": 3, "name": "WhatsApp", "channel_type": "Channel::Whatsapp", "phone_number": "+15550001",
            "provider": "whatsapp_cloud", "provider_config": { "api_key": "LEAKED-API-KEY" }, "messaging_service_sid": "LEAKED-SID",
            "page_access_token": "LEAKED-PAGE", "bot_token": "LEAKED-BOT" }
        ] }
        """;

    public const string Agents = """
        [ { "id": 1, "account_id": 1, "availability_status": "online", "auto_offline": true, "confirmed": true,
            "email": "admin@acme.test", "available_name": "Admin", "name": "Admin", "role": "administrator", "thumbnail": "",
            "custom_role_id": null, "access_token": "LEAKED-AGENT-TOKEN", "pubsub_token": "LEAKED-PUBSUB" },
          { "id": 2, "account_id": 1, "availability_status": "busy", "auto_offline": false, "confirmed": true,
            "email": "agent@acme.test", "available_name": "Agent", "name": "Agent", "role": "agent", "thumbnail": "" } ]
        """;

    public const string Teams = """
        [ { "id": 1, "name": "sales", "description": "Sales", "allow_auto_assign": true, "account_id": 1, "is_member": false },
          { "id": 2, "name": "support", "description": null, "allow_auto_assign": false, "account_id": 1, "is_member": true } ]
        """;

    public const string Contact = """
        { "payload": { "id": 7, "name": "Jane", "email": "jane@example.com", "phone_number": "+4912345", "identifier": "ext-7",
          "thumbnail": "", "blocked": false, "availability_status": "offline", "additional_attributes": { "city": "Berlin" },
          "custom_attributes": { "tier": "gold" }, "created_at": 1767225600, "last_activity_at": 1767229200,
          "contact_inboxes": [ { "source_id": "src-1", "inbox": { "id": 1, "name": "Website", "channel_type": "Channel::WebWidget",
            "hmac_token": "LEAKED-HMAC-TOKEN", "website_token": "LEAKED-WEBSITE-TOKEN" } } ] } }
        """;

    public const string Profile = """
        { "id": 3, "name": "Smith", "email": "smith@example.com", "access_token": "LEAKED-PROFILE-TOKEN",
          "pubsub_token": "LEAKED-PUBSUB", "hmac_identifier": "LEAKED-HMAC", "role": "agent",
          "accounts": [ { "id": 1, "name": "Acme", "role": "agent", "status": "active", "active_at": "2026-01-01T00:00:00Z" },
                        { "id": 2, "name": "Beta", "role": "administrator", "status": "active" } ] }
        """;
}
