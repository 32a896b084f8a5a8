namespace Gateway.Upstream;

/// <summary>The list endpoint's <c>status</c>; absent means <c>open</c> upstream. Ignored by Chatwoot when a search term is sent.</summary>
public enum ConversationStatusFilter
{
    /// <summary><c>open</c>.</summary>
    Open,

    /// <summary><c>resolved</c>.</summary>
    Resolved,

    /// <summary><c>pending</c>.</summary>
    Pending,

    /// <summary><c>snoozed</c>.</summary>
    Snoozed,

    /// <summary><c>all</c>: every status.</summary>
    All,
}
