namespace Gateway.Upstream;

/// <summary>
/// Body and page of <c>POST /api/v1/accounts/{id}/conversations/filter</c>. An empty list matches every visible
/// conversation. The list is validated before sending: a missing or trailing query operator makes Chatwoot fail with a 500.
/// </summary>
public sealed class FilterConversationsRequest
{
    /// <summary>The conditions, joined in order by their <see cref="FilterCondition.QueryOperator"/>.</summary>
    public IReadOnlyList<FilterCondition> Payload { get; init; } = [];

    /// <summary><c>page</c>, 1-based, 25 conversations a page.</summary>
    public int? Page { get; init; }
}
