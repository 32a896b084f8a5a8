namespace Gateway.Upstream;

/// <summary>
/// Parameters of <c>GET /api/v1/accounts/{id}/conversations</c>. Null, empty or blank values are never sent
/// (Chatwoot treats <c>q=</c>, <c>status=</c>, <c>labels=</c> and <c>team_id=</c> differently from their absence).
/// </summary>
public sealed class ListConversationsRequest
{
    /// <summary><c>assignee_type</c>; null leaves Chatwoot's default (all).</summary>
    public AssigneeTypeFilter? AssigneeType { get; init; }

    /// <summary><c>status</c>; null leaves Chatwoot's default (open).</summary>
    public ConversationStatusFilter? Status { get; init; }

    /// <summary><c>q</c>: substring of message content. When sent, Chatwoot ignores status and counts only the page.</summary>
    public string? Query { get; init; }

    /// <summary><c>inbox_id</c>.</summary>
    public int? InboxId { get; init; }

    /// <summary><c>team_id</c> (an unknown team is a 404).</summary>
    public int? TeamId { get; init; }

    /// <summary><c>labels[]</c>: conversations with any of these labels. Blank entries are dropped.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary><c>page</c>, 1-based, 25 conversations a page.</summary>
    public int? Page { get; init; }

    /// <summary><c>sort_by</c>.</summary>
    public ConversationSortOrder? SortBy { get; init; }

    /// <summary><c>conversation_type</c>.</summary>
    public ConversationTypeFilter? ConversationType { get; init; }

    /// <summary><c>source_id</c>.</summary>
    public string? SourceId { get; init; }

    /// <summary><c>updated_within</c> in whole seconds; Chatwoot turns paging off when it is sent.</summary>
    public TimeSpan? UpdatedWithin { get; init; }
}
