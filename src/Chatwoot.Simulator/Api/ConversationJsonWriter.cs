using System.Globalization;
using System.Text.Json;

namespace Chatwoot.Simulator.Api;

/// <summary>Writes a conversation as the real server's jbuilder views render it (see chatwoot-api.md §3).</summary>
internal static partial class ConversationJsonWriter
{
    public static void WriteConversation(Utf8JsonWriter w, SimConversation c, Caller caller, DataSnapshot snapshot)
    {
        var account = caller.Account;
        account.Contacts.TryGetValue(c.ContactId, out var contact);
        account.Inboxes.TryGetValue(c.InboxId, out var inbox);

        w.WriteStartObject();
        w.WriteStartObject("meta");
        w.WritePropertyName("sender");
        WriteSender(w, contact, c.ContactId);
        w.WriteString("channel", inbox?.ChannelType);
        if (c.AssigneeId is int assigneeId && snapshot.UsersById.TryGetValue(assigneeId, out var assignee))
        {
            w.WritePropertyName("assignee");
            WriteAgent(w, assignee, account);
            w.WriteString("assignee_type", assignee.IsBot ? "AgentBot" : "User");
        }

        if (c.TeamId is int teamId && account.Teams.TryGetValue(teamId, out var team))
        {
            w.WritePropertyName("team");
            WriteTeam(w, team, account.Account.Id, caller.User.Id);
        }

        WriteNullableBool(w, "hmac_verified", c.HmacVerified);
        w.WriteEndObject();

        w.WriteNumber("id", c.DisplayId);
        w.WriteStartArray("messages");
        var newest = Newest(c, includeActivity: true);
        if (newest is not null)
        {
            WriteMessage(w, newest, c, account, snapshot);
        }

        w.WriteEndArray();
        w.WriteNumber("account_id", account.Account.Id);
        w.WriteString("uuid", c.Uuid);
        WriteAttributes(w, "additional_attributes", c.AdditionalAttributes);
        w.WriteNumber("agent_last_seen_at", c.AgentLastSeenAt ?? 0);
        w.WriteNumber("assignee_last_seen_at", c.AssigneeLastSeenAt ?? 0);
        w.WriteBoolean("can_reply", contact is null || !contact.Blocked);
        w.WriteNumber("contact_last_seen_at", c.ContactLastSeenAt ?? 0);
        WriteAttributes(w, "custom_attributes", c.CustomAttributes);
        w.WriteNumber("inbox_id", c.InboxId);
        w.WriteStartArray("labels");
        foreach (var label in c.Labels)
        {
            w.WriteStringValue(label);
        }

        w.WriteEndArray();
        w.WriteBoolean("muted", contact?.Blocked ?? false);
        if (c.SnoozedUntil is DateTimeOffset snoozed)
        {
            w.WriteString("snoozed_until", Iso(snoozed));
        }
        else
        {
            w.WriteNull("snoozed_until");
        }

        w.WriteString("status", c.Status);
        w.WriteNumber("created_at", c.CreatedAt);
        w.WritePropertyName("updated_at");
        WriteFloat(w, c.UpdatedAt);
        w.WriteNumber("timestamp", c.LastActivityAt);
        w.WriteNumber("first_reply_created_at", c.FirstReplyCreatedAt ?? 0);
        w.WriteNumber("unread_count", Math.Min(c.UnreadCount, 10));
        var lastNonActivity = Newest(c, includeActivity: false);
        if (lastNonActivity is null)
        {
            w.WriteNull("last_non_activity_message");
        }
        else
        {
            w.WritePropertyName("last_non_activity_message");
            WriteMessage(w, lastNonActivity, c, account, snapshot);
        }

        w.WriteNumber("last_activity_at", c.LastActivityAt);
        w.WriteString("priority", c.Priority);
        w.WriteNumber("waiting_since", c.WaitingSince ?? 0);
        w.WriteEndObject();
    }

    public static void WriteSender(Utf8JsonWriter w, SimContact? contact, int contactId)
    {
        w.WriteStartObject();
        WriteAttributes(w, "additional_attributes", contact?.AdditionalAttributes);
        w.WriteString("availability_status", contact?.AvailabilityStatus ?? "offline");
        w.WriteString("email", contact?.Email);
        w.WriteNumber("id", contactId);
        w.WriteString("name", contact?.Name);
        w.WriteString("phone_number", contact?.PhoneNumber);
        w.WriteBoolean("blocked", contact?.Blocked ?? false);
        w.WriteString("identifier", contact?.Identifier);
        w.WriteString("thumbnail", contact?.Thumbnail ?? string.Empty);
        WriteAttributes(w, "custom_attributes", contact?.CustomAttributes);
        if (contact?.LastActivityAt is long lastActivity)
        {
            w.WriteNumber("last_activity_at", lastActivity);
        }

        w.WriteNumber("created_at", contact?.CreatedAt ?? 0);
        w.WriteEndObject();
    }

    public static void WriteAgent(Utf8JsonWriter w, SimUser user, AccountIndex account)
    {
        w.WriteStartObject();
        w.WriteNumber("id", user.Id);
        w.WriteNumber("account_id", account.Account.Id);
        w.WriteString("availability_status", user.AvailabilityStatus);
        w.WriteBoolean("auto_offline", user.AutoOffline);
        w.WriteBoolean("confirmed", user.Confirmed);
        w.WriteString("email", user.Email);
        w.WriteString("available_name", string.IsNullOrEmpty(user.DisplayName) ? user.Name : user.DisplayName);
        w.WriteString("name", user.Name);
        w.WriteString("role", account.Roles.GetValueOrDefault(user.Id, "agent"));
        w.WriteString("thumbnail", user.Thumbnail ?? string.Empty);
        w.WriteNull("custom_role_id");
        w.WriteString("provider", "email");
        w.WriteEndObject();
    }

    public static void WriteTeam(Utf8JsonWriter w, SimTeam team, int accountId, int callerId)
    {
        w.WriteStartObject();
        w.WriteNumber("id", team.Id);
        w.WriteString("name", team.Name);
        w.WriteString("description", team.Description);
        w.WriteBoolean("allow_auto_assign", team.AllowAutoAssign);
        w.WriteNumber("account_id", accountId);
        w.WriteBoolean("is_member", team.MemberIds.Contains(callerId));
        w.WriteEndObject();
    }

    public static void WriteAttributes(Utf8JsonWriter w, string name, Dictionary<string, JsonElement>? attributes)
    {
        w.WriteStartObject(name);
        if (attributes is not null)
        {
            foreach (var (key, value) in attributes)
            {
                w.WritePropertyName(key);
                value.WriteTo(w);
            }
        }

        w.WriteEndObject();
    }

    public static string Iso(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Ruby's <c>to_f</c> rendering: always with a fraction (<c>1700000000.0</c>).</summary>
    public static void WriteFloat(Utf8JsonWriter w, double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
        {
            text += ".0";
        }

        w.WriteRawValue(text, skipInputValidation: true);
    }

    private static void WriteNullableBool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is bool b)
        {
            w.WriteBoolean(name, b);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static SimMessage? Newest(SimConversation c, bool includeActivity)
    {
        SimMessage? newest = null;
        foreach (var m in c.Messages)
        {
            if (!includeActivity && m.MessageType == 2)
            {
                continue;
            }

            if (newest is null || m.CreatedAt > newest.CreatedAt || (m.CreatedAt == newest.CreatedAt && m.Id > newest.Id))
            {
                newest = m;
            }
        }

        return newest;
    }
}
