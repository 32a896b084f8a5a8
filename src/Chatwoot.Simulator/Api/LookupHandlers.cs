using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Chatwoot.Simulator.Api;

/// <summary>Contacts, agents, teams and the profile.</summary>
internal static class LookupHandlers
{
    public static async Task ContactAsync(HttpContext context, SimulatorState state, string accountId, string contactId)
    {
        var snapshot = state.Snapshot;
        var caller = await AuthGate.AuthorizeAsync(context, snapshot, accountId, allowBots: true);
        if (caller is null)
        {
            return;
        }

        if (!int.TryParse(contactId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !caller.Account.Contacts.TryGetValue(id, out var contact))
        {
            await ApiResponses.NotFoundAsync(context);
            return;
        }

        await ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, (contact, caller), static (w, s) =>
        {
            var (contact, caller) = s;
            w.WriteStartObject();
            w.WriteStartObject("payload");
            ConversationJsonWriter.WriteAttributes(w, "additional_attributes", contact.AdditionalAttributes);
            w.WriteString("availability_status", contact.AvailabilityStatus);
            w.WriteString("email", contact.Email);
            w.WriteNumber("id", contact.Id);
            w.WriteString("name", contact.Name);
            w.WriteString("phone_number", contact.PhoneNumber);
            w.WriteBoolean("blocked", contact.Blocked);
            w.WriteString("identifier", contact.Identifier);
            w.WriteString("thumbnail", contact.Thumbnail ?? string.Empty);
            ConversationJsonWriter.WriteAttributes(w, "custom_attributes", contact.CustomAttributes);
            if (contact.LastActivityAt is long last)
            {
                w.WriteNumber("last_activity_at", last);
            }

            w.WriteNumber("created_at", contact.CreatedAt);
            w.WriteStartArray("contact_inboxes");
            foreach (var (inboxId, sourceId) in contact.SourceIds)
            {
                if (!caller.Account.Inboxes.TryGetValue(inboxId, out var inbox))
                {
                    continue;
                }

                w.WriteStartObject();
                w.WriteString("source_id", sourceId);
                w.WritePropertyName("inbox");
                InboxJsonWriter.Write(w, inbox, includeSecrets: false);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    public static async Task AgentsAsync(HttpContext context, SimulatorState state, string accountId)
    {
        var snapshot = state.Snapshot;
        var caller = await AuthGate.AuthorizeAsync(context, snapshot, accountId, allowBots: true);
        if (caller is null)
        {
            return;
        }

        await ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, (caller, snapshot), static (w, s) =>
        {
            var (caller, snapshot) = s;
            w.WriteStartArray();
            foreach (var member in caller.Account.Account.Members)
            {
                if (snapshot.UsersById.TryGetValue(member.UserId, out var user) && !user.IsBot)
                {
                    ConversationJsonWriter.WriteAgent(w, user, caller.Account);
                }
            }

            w.WriteEndArray();
        });
    }

    public static async Task TeamsAsync(HttpContext context, SimulatorState state, string accountId)
    {
        var caller = await AuthGate.AuthorizeAsync(context, state.Snapshot, accountId, allowBots: true);
        if (caller is null)
        {
            return;
        }

        await ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, caller, static (w, caller) =>
        {
            w.WriteStartArray();
            foreach (var team in caller.Account.Account.Teams)
            {
                ConversationJsonWriter.WriteTeam(w, team, caller.Account.Account.Id, caller.User.Id);
            }

            w.WriteEndArray();
        });
    }

    public static async Task InboxesAsync(HttpContext context, SimulatorState state, string accountId)
    {
        var caller = await AuthGate.AuthorizeAsync(context, state.Snapshot, accountId, allowBots: true);
        if (caller is null)
        {
            return;
        }

        await ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, caller, static (w, caller) =>
        {
            w.WriteStartObject();
            w.WriteStartArray("payload");
            foreach (var inbox in caller.Account.Account.Inboxes)
            {
                if (caller.CanSeeInbox(inbox.Id))
                {
                    InboxJsonWriter.Write(w, inbox, includeSecrets: caller.IsAdministrator);
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    public static async Task ProfileAsync(HttpContext context, SimulatorState state)
    {
        var snapshot = state.Snapshot;
        var user = await AuthGate.AuthenticateAsync(context, snapshot, allowBots: true);
        if (user is null)
        {
            return;
        }

        if (user.IsBot)
        {
            await ApiResponses.ErrorAsync(context, StatusCodes.Status401Unauthorized, "Invalid Access Token");
            return;
        }

        await ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, (user, snapshot), static (w, s) => ProfileJsonWriter.Write(w, s.user, s.snapshot));
    }
}
