using System.Globalization;
using System.Text.Json;
using Chatwoot.Simulator.Filtering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Chatwoot.Simulator.Api;

/// <summary>GET /api/v1/accounts/{id}/conversations, following Chatwoot's ConversationFinder.</summary>
internal static class ConversationListHandler
{
    private static readonly string[] AllStatuses = ["open", "resolved", "pending", "snoozed"];

    public static async Task HandleAsync(HttpContext context, SimulatorState state, string accountId)
    {
        var snapshot = state.Snapshot;
        var caller = await AuthGate.AuthorizeAsync(context, snapshot, accountId, allowBots: false);
        if (caller is null)
        {
            return;
        }

        var query = context.Request.Query;
        IEnumerable<SimConversation> rows = caller.Account.ByLastActivityDesc.Where(caller.CanSee);
        var nothing = false;

        if (query.TryGetValue("team_id", out var teamText))
        {
            if (!TryInt(teamText, out var teamId) || !caller.Account.Teams.ContainsKey(teamId))
            {
                await ApiResponses.NotFoundAsync(context);
                return;
            }

            rows = rows.Where(c => c.TeamId == teamId);
        }

        if (query.TryGetValue("inbox_id", out var inboxText))
        {
            if (TryInt(inboxText, out var inboxId) && caller.CanSeeInbox(inboxId))
            {
                rows = rows.Where(c => c.InboxId == inboxId);
            }
            else
            {
                nothing = true;
            }
        }

        var hasQ = query.TryGetValue("q", out var qText);
        if (!hasQ)
        {
            nothing |= !ApplyStatus(query, ref rows);
        }

        nothing |= !ApplyLabels(query, ref rows);
        if (hasQ)
        {
            var pattern = LikePattern.Containing(qText.ToString());
            rows = rows.Where(c => c.Messages.Exists(m => m.MessageType is 0 or 1 && pattern.IsMatch(m.Content)));
        }

        ApplyExtras(query, caller, state, ref rows);
        var paged = !query.ContainsKey("updated_within");
        var matched = nothing ? [] : Sort(rows, query["sort_by"].ToString()).ToList();
        var page = Paging.ParsePage(query["page"].ToString());

        // With q the counts are taken over the current page only (upstream pages before counting).
        var counted = hasQ ? Paging.Slice(matched, page).ToList() : matched;
        var meta = Counts.Of(counted, caller.User.Id);
        IEnumerable<SimConversation> payload = FilterAssignee(matched, query["assignee_type"].ToString(), caller.User.Id);
        if (paged)
        {
            payload = Paging.Slice(payload, page, state.PageShift);
        }

        var result = (Meta: meta, Rows: payload.ToList(), Caller: caller, Snapshot: snapshot);
        await ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, result, static (w, r) =>
        {
            w.WriteStartObject();
            w.WriteStartObject("data");
            w.WriteStartObject("meta");
            w.WriteNumber("mine_count", r.Meta.Mine);
            w.WriteNumber("assigned_count", r.Meta.Assigned);
            w.WriteNumber("unassigned_count", r.Meta.Unassigned);
            w.WriteNumber("all_count", r.Meta.All);
            w.WriteEndObject();
            WritePayload(w, r.Rows, r.Caller, r.Snapshot);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    public static void WritePayload(Utf8JsonWriter w, List<SimConversation> rows, Caller caller, DataSnapshot snapshot)
    {
        w.WriteStartArray("payload");
        foreach (var c in rows)
        {
            w.WriteRawValue(snapshot.ConversationJson(c, caller), skipInputValidation: true);
        }

        w.WriteEndArray();
    }

    private static bool ApplyStatus(IQueryCollection query, ref IEnumerable<SimConversation> rows)
    {
        if (!query.TryGetValue("status", out var statusText))
        {
            rows = rows.Where(c => c.Status == "open");
            return true;
        }

        var status = statusText.ToString();
        if (status == "all")
        {
            return true;
        }

        if (!AllStatuses.Contains(status))
        {
            return false;
        }

        rows = rows.Where(c => c.Status == status);
        return true;
    }

    private static bool ApplyLabels(IQueryCollection query, ref IEnumerable<SimConversation> rows)
    {
        var present = false;
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in (string[])["labels[]", "labels"])
        {
            if (!query.TryGetValue(key, out var values))
            {
                continue;
            }

            present = true;
            foreach (var value in values)
            {
                // acts-as-taggable splits a plain string on commas.
                foreach (var part in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    labels.Add(part);
                }
            }
        }

        if (!present)
        {
            return true;
        }

        if (labels.Count == 0)
        {
            return false;
        }

        rows = rows.Where(c => c.Labels.Exists(labels.Contains));
        return true;
    }

    private static void ApplyExtras(IQueryCollection query, Caller caller, SimulatorState state, ref IEnumerable<SimConversation> rows)
    {
        var userId = caller.User.Id;
        switch (query["conversation_type"].ToString())
        {
            case "mention":
                rows = rows.Where(c => c.MentionedUserIds.Contains(userId));
                break;
            case "participating":
                rows = rows.Where(c => c.ParticipantIds.Contains(userId));
                break;
            case "unattended":
                rows = rows.Where(c => c.FirstReplyCreatedAt is null || c.WaitingSince is not null);
                break;
        }

        if (query.TryGetValue("source_id", out var sourceId))
        {
            var source = sourceId.ToString();
            rows = rows.Where(c => caller.Account.Contacts.TryGetValue(c.ContactId, out var contact)
                && contact.SourceIds.TryGetValue(c.InboxId, out var s) && s == source);
        }

        if (query.TryGetValue("updated_within", out var withinText) && TryInt(withinText, out var seconds))
        {
            var since = state.TimeProvider.GetUtcNow().ToUnixTimeSeconds() - seconds;
            rows = rows.Where(c => c.UpdatedAt > since);
        }
    }

    private static IEnumerable<SimConversation> FilterAssignee(IEnumerable<SimConversation> rows, string assigneeType, int userId) => assigneeType switch
    {
        "me" => rows.Where(c => c.AssigneeId == userId),
        "unassigned" => rows.Where(c => c.AssigneeId is null),
        "assigned" => rows.Where(c => c.AssigneeId is not null),
        _ => rows,
    };

    private static IEnumerable<SimConversation> Sort(IEnumerable<SimConversation> rows, string sortBy) => sortBy switch
    {
        "last_activity_at_asc" => rows.OrderBy(c => c.LastActivityAt),
        "created_at_desc" => rows.OrderByDescending(c => c.CreatedAt),
        "created_at_asc" => rows.OrderBy(c => c.CreatedAt),
        "priority_desc" => rows.OrderBy(c => c.Priority is null).ThenByDescending(c => PriorityRank(c.Priority)).ThenByDescending(c => c.LastActivityAt),
        "priority_asc" => rows.OrderBy(c => c.Priority is null).ThenBy(c => PriorityRank(c.Priority)).ThenByDescending(c => c.LastActivityAt),
        "priority_desc_created_at_asc" => rows.OrderBy(c => c.Priority is null).ThenByDescending(c => PriorityRank(c.Priority)).ThenBy(c => c.CreatedAt),
        "waiting_since_asc" => rows.OrderBy(c => c.WaitingSince is null).ThenBy(c => c.WaitingSince).ThenByDescending(c => c.LastActivityAt),
        "waiting_since_desc" => rows.OrderBy(c => c.WaitingSince is null).ThenByDescending(c => c.WaitingSince).ThenByDescending(c => c.LastActivityAt),
        "unread" => rows.OrderByDescending(c => c.UnreadCount > 0).ThenByDescending(c => c.LastActivityAt),
        _ => rows, // last_activity_at_desc: the index order.
    };

    private static int PriorityRank(string? priority) => priority switch
    {
        "low" => 0,
        "medium" => 1,
        "high" => 2,
        "urgent" => 3,
        _ => -1,
    };

    private static bool TryInt(StringValues text, out int value) =>
        int.TryParse(text.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
