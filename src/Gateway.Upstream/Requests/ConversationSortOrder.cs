namespace Gateway.Upstream;

/// <summary>The list endpoint's <c>sort_by</c> (not in the public docs). Chatwoot has no id tie-breaker.</summary>
public enum ConversationSortOrder
{
    /// <summary><c>last_activity_at_desc</c> (Chatwoot's default).</summary>
    LastActivityAtDesc,

    /// <summary><c>last_activity_at_asc</c>.</summary>
    LastActivityAtAsc,

    /// <summary><c>created_at_desc</c>.</summary>
    CreatedAtDesc,

    /// <summary><c>created_at_asc</c>.</summary>
    CreatedAtAsc,

    /// <summary><c>priority_desc</c>.</summary>
    PriorityDesc,

    /// <summary><c>priority_asc</c>.</summary>
    PriorityAsc,

    /// <summary><c>waiting_since_desc</c>.</summary>
    WaitingSinceDesc,

    /// <summary><c>waiting_since_asc</c>.</summary>
    WaitingSinceAsc,

    /// <summary><c>priority_desc_created_at_asc</c>.</summary>
    PriorityDescCreatedAtAsc,

    /// <summary><c>unread</c>.</summary>
    Unread,
}
