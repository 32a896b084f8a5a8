using System.Text.Json;

namespace Chatwoot.Simulator.Api;

/// <summary>GET /api/v1/profile: the user with its secrets and its accounts.</summary>
internal static class ProfileJsonWriter
{
    public static void Write(Utf8JsonWriter w, SimUser user, DataSnapshot snapshot)
    {
        var memberships = snapshot.Data.Accounts
            .Select(a => (Account: a, Member: a.Members.Find(m => m.UserId == user.Id)))
            .Where(x => x.Member is not null)
            .ToList();

        w.WriteStartObject();
        w.WriteNumber("id", user.Id);
        w.WriteString("access_token", user.AccessToken);
        if (memberships.Count > 0)
        {
            w.WriteNumber("account_id", memberships[0].Account.Id);
        }
        else
        {
            w.WriteNull("account_id");
        }

        w.WriteString("available_name", string.IsNullOrEmpty(user.DisplayName) ? user.Name : user.DisplayName);
        w.WriteString("avatar_url", string.Empty);
        w.WriteBoolean("confirmed", user.Confirmed);
        w.WriteString("display_name", user.DisplayName);
        w.WriteNull("message_signature");
        w.WriteString("email", user.Email);
        w.WriteString("hmac_identifier", user.HmacIdentifier);
        w.WriteNull("inviter_id");
        w.WriteString("name", user.Name);
        w.WriteString("provider", "email");
        w.WriteString("pubsub_token", user.PubsubToken);
        w.WriteString("role", memberships.Count > 0 ? memberships[0].Member!.Role : "agent");
        w.WriteStartObject("ui_settings");
        w.WriteEndObject();
        w.WriteString("uid", user.Email);
        w.WriteString("type", "User");
        w.WriteStartObject("custom_attributes");
        w.WriteEndObject();
        w.WriteStartArray("accounts");
        foreach (var (account, member) in memberships)
        {
            w.WriteStartObject();
            w.WriteNumber("id", account.Id);
            w.WriteString("name", account.Name);
            w.WriteString("status", account.Status);
            w.WriteString("active_at", "2026-11-30T09:00:00.000Z");
            w.WriteString("role", member!.Role);
            w.WriteStartArray("permissions");
            w.WriteStringValue(member.Role);
            w.WriteEndArray();
            w.WriteString("availability", user.AvailabilityStatus);
            w.WriteString("availability_status", user.AvailabilityStatus);
            w.WriteBoolean("auto_offline", user.AutoOffline);
            w.WriteNull("custom_role_id");
            w.WriteNull("custom_role");
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
