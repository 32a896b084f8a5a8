using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Gateway.Upstream;

/// <summary>Turns request objects into Chatwoot paths, query strings and bodies. Never writes an empty parameter.</summary>
internal static class ChatwootRequestWriter
{
    private static readonly JsonEncodedText PayloadName = JsonEncodedText.Encode("payload");
    private static readonly JsonEncodedText AttributeKeyName = JsonEncodedText.Encode("attribute_key");
    private static readonly JsonEncodedText FilterOperatorName = JsonEncodedText.Encode("filter_operator");
    private static readonly JsonEncodedText ValuesName = JsonEncodedText.Encode("values");
    private static readonly JsonEncodedText QueryOperatorName = JsonEncodedText.Encode("query_operator");
    private static readonly JsonEncodedText And = JsonEncodedText.Encode("AND");
    private static readonly JsonEncodedText Or = JsonEncodedText.Encode("OR");

    public static string ConversationsPath(int accountId, ListConversationsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new StringBuilder(128);
        if (request.AssigneeType is { } assignee)
        {
            Append(query, "assignee_type", assignee switch
            {
                AssigneeTypeFilter.Me => "me",
                AssigneeTypeFilter.Unassigned => "unassigned",
                AssigneeTypeFilter.Assigned => "assigned",
                AssigneeTypeFilter.All => "all",
                _ => throw new ArgumentOutOfRangeException(nameof(request), assignee, "Unknown assignee type."),
            });
        }

        if (request.Status is { } status)
        {
            Append(query, "status", status switch
            {
                ConversationStatusFilter.Open => "open",
                ConversationStatusFilter.Resolved => "resolved",
                ConversationStatusFilter.Pending => "pending",
                ConversationStatusFilter.Snoozed => "snoozed",
                ConversationStatusFilter.All => "all",
                _ => throw new ArgumentOutOfRangeException(nameof(request), status, "Unknown status."),
            });
        }

        Append(query, "q", request.Query);
        AppendId(query, "inbox_id", request.InboxId);
        AppendId(query, "team_id", request.TeamId);
        if (request.Labels is { } labels)
        {
            foreach (var label in labels)
            {
                Append(query, "labels[]", label);
            }
        }

        AppendPage(query, request.Page);
        if (request.SortBy is { } sort)
        {
            Append(query, "sort_by", SortName(sort));
        }

        if (request.ConversationType is { } type)
        {
            Append(query, "conversation_type", type switch
            {
                ConversationTypeFilter.Mention => "mention",
                ConversationTypeFilter.Unattended => "unattended",
                ConversationTypeFilter.Participating => "participating",
                _ => throw new ArgumentOutOfRangeException(nameof(request), type, "Unknown conversation type."),
            });
        }

        Append(query, "source_id", request.SourceId);
        if (request.UpdatedWithin is { } within)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(within, TimeSpan.FromSeconds(1), nameof(request));
            Append(query, "updated_within", ((long)within.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        }

        return string.Create(CultureInfo.InvariantCulture, $"api/v1/accounts/{accountId}/conversations{query}");
    }

    public static string FilterPath(int accountId, FilterConversationsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new StringBuilder(16);
        AppendPage(query, request.Page);
        return string.Create(CultureInfo.InvariantCulture, $"api/v1/accounts/{accountId}/conversations/filter{query}");
    }

    /// <summary>Writes <c>{"payload":[...]}</c>, after checking the query operators Chatwoot would otherwise 500 on.</summary>
    public static byte[] FilterBody(FilterConversationsRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var payload = request.Payload ?? throw new ArgumentException("The filter payload must not be null.", nameof(request));
        // About 100 bytes a condition; the pooled buffer is copied once into the exact-size body.
        using var buffer = new PooledByteBufferWriter(Math.Max(256, (payload.Count * 128) + 32));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteStartArray(PayloadName);
            for (var i = 0; i < payload.Count; i++)
            {
                WriteCondition(writer, payload[i], isLast: i == payload.Count - 1);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteCondition(Utf8JsonWriter writer, FilterCondition condition, bool isLast)
    {
        if (condition is null || string.IsNullOrWhiteSpace(condition.AttributeKey) || string.IsNullOrWhiteSpace(condition.FilterOperator))
        {
            throw new ArgumentException("Every filter condition needs an attribute key and a filter operator.", nameof(condition));
        }

        if (isLast != condition.QueryOperator is null)
        {
            throw new ArgumentException(
                "Only the last filter condition has no query operator (Chatwoot answers 500 otherwise).", nameof(condition));
        }

        writer.WriteStartObject();
        writer.WriteString(AttributeKeyName, condition.AttributeKey);
        writer.WriteString(FilterOperatorName, condition.FilterOperator);
        writer.WriteStartArray(ValuesName);
        if (condition.Values is { } values)
        {
            for (var i = 0; i < values.Count; i++)
            {
                WriteValue(writer, values[i]);
            }
        }

        writer.WriteEndArray();
        if (condition.QueryOperator is { } op)
        {
            writer.WriteString(QueryOperatorName, op == FilterQueryOperator.And ? And : Or);
        }
        else
        {
            writer.WriteNull(QueryOperatorName);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case string s: writer.WriteStringValue(s); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            default:
                throw new ArgumentException(
                    $"Filter values must be strings, integers, finite numbers, booleans or dates; got {value?.GetType().Name ?? "null"}.",
                    nameof(value));
        }
    }

    private static string SortName(ConversationSortOrder sort) => sort switch
    {
        ConversationSortOrder.LastActivityAtDesc => "last_activity_at_desc",
        ConversationSortOrder.LastActivityAtAsc => "last_activity_at_asc",
        ConversationSortOrder.CreatedAtDesc => "created_at_desc",
        ConversationSortOrder.CreatedAtAsc => "created_at_asc",
        ConversationSortOrder.PriorityDesc => "priority_desc",
        ConversationSortOrder.PriorityAsc => "priority_asc",
        ConversationSortOrder.WaitingSinceDesc => "waiting_since_desc",
        ConversationSortOrder.WaitingSinceAsc => "waiting_since_asc",
        ConversationSortOrder.PriorityDescCreatedAtAsc => "priority_desc_created_at_asc",
        ConversationSortOrder.Unread => "unread",
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "Unknown sort order."),
    };

    private static void AppendPage(StringBuilder query, int? page)
    {
        if (page is { } p)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(p, 1, nameof(page));
            Append(query, "page", p.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AppendId(StringBuilder query, string name, int? id)
    {
        if (id is { } value)
        {
            Append(query, name, value.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void Append(StringBuilder query, string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        query.Append(query.Length == 0 ? '?' : '&')
            .Append(name)
            .Append('=')
            .Append(Uri.EscapeDataString(value));
    }
}
