using System.Text.Json;

namespace Chatwoot.Simulator.Api;

/// <summary>Message rendering.</summary>
internal static partial class ConversationJsonWriter
{
    public static void WriteMessage(Utf8JsonWriter w, SimMessage m, SimConversation c, AccountIndex account, DataSnapshot snapshot)
    {
        w.WriteStartObject();
        w.WriteNumber("id", m.Id);
        w.WriteString("content", m.Content);
        w.WriteNumber("account_id", account.Account.Id);
        w.WriteNumber("inbox_id", c.InboxId);
        w.WriteNumber("conversation_id", c.DisplayId);
        w.WriteNumber("message_type", m.MessageType);
        w.WriteNumber("created_at", m.CreatedAt);
        w.WriteString("updated_at", Iso(DateTimeOffset.FromUnixTimeSeconds(m.CreatedAt)));
        w.WriteBoolean("private", m.Private);
        w.WriteString("status", m.Status);
        w.WriteString("source_id", m.SourceId);
        w.WriteString("content_type", m.ContentType);
        w.WriteStartObject("content_attributes");
        w.WriteEndObject();
        w.WriteString("sender_type", m.SenderType switch
        {
            "contact" => "Contact",
            "user" => "User",
            "agent_bot" => "AgentBot",
            _ => null,
        });
        if (m.SenderId is int senderId)
        {
            w.WriteNumber("sender_id", senderId);
        }
        else
        {
            w.WriteNull("sender_id");
        }

        w.WriteNull("external_source_ids");
        w.WriteStartObject("additional_attributes");
        w.WriteEndObject();
        w.WriteString("processed_message_content", m.Content);
        w.WriteStartObject("sentiment");
        w.WriteEndObject();
        w.WriteStartObject("conversation");
        w.WriteNumber("assignee_id", c.AssigneeId ?? 0);
        w.WriteNumber("unread_count", Math.Min(c.UnreadCount, 10));
        w.WriteNumber("last_activity_at", c.LastActivityAt);
        w.WriteStartObject("contact_inbox");
        w.WriteString("source_id", account.Contacts.TryGetValue(c.ContactId, out var ct) ? ct.SourceIds.GetValueOrDefault(c.InboxId) : null);
        w.WriteEndObject();
        w.WriteEndObject();
        WriteMessageSender(w, m, account, snapshot);
        w.WriteEndObject();
    }

    private static void WriteMessageSender(Utf8JsonWriter w, SimMessage m, AccountIndex account, DataSnapshot snapshot)
    {
        if (m.SenderId is not int senderId)
        {
            return;
        }

        if (m.SenderType == "contact" && account.Contacts.TryGetValue(senderId, out var contact))
        {
            w.WriteStartObject("sender");
            WriteAttributes(w, "additional_attributes", contact.AdditionalAttributes);
            WriteAttributes(w, "custom_attributes", contact.CustomAttributes);
            w.WriteString("email", contact.Email);
            w.WriteNumber("id", contact.Id);
            w.WriteString("identifier", contact.Identifier);
            w.WriteString("name", contact.Name);
            w.WriteString("phone_number", contact.PhoneNumber);
            w.WriteString("thumbnail", contact.Thumbnail ?? string.Empty);
            w.WriteBoolean("blocked", contact.Blocked);
            w.WriteString("type", "contact");
            w.WriteEndObject();
        }
        else if (snapshot.UsersById.TryGetValue(senderId, out var user))
        {
            w.WriteStartObject("sender");
            w.WriteNumber("id", user.Id);
            w.WriteString("name", user.Name);
            w.WriteString("available_name", string.IsNullOrEmpty(user.DisplayName) ? user.Name : user.DisplayName);
            w.WriteString("avatar_url", string.Empty);
            w.WriteString("type", user.IsBot ? "agent_bot" : "user");
            w.WriteString("availability_status", user.AvailabilityStatus);
            w.WriteString("thumbnail", user.Thumbnail ?? string.Empty);
            w.WriteEndObject();
        }
    }
}
