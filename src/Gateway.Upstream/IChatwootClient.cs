namespace Gateway.Upstream;

/// <summary>
/// The typed Chatwoot client. Every call forwards the caller's token (or the configured service token) and returns
/// its failures as <see cref="UpstreamError"/> values; only caller misuse throws, and cancellation through the
/// caller's token throws <see cref="OperationCanceledException"/>.
/// </summary>
public interface IChatwootClient
{
    /// <summary><c>GET /api/v1/accounts/{id}/conversations</c>: a page of 25 with the four counts.</summary>
    Task<UpstreamResult<ConversationPage>> ListConversationsAsync(
        ChatwootCallContext context, ListConversationsRequest request, CancellationToken cancellationToken);

    /// <summary><c>POST /api/v1/accounts/{id}/conversations/filter</c> (a read): a page of 25, either response shape.</summary>
    Task<UpstreamResult<ConversationPage>> FilterConversationsAsync(
        ChatwootCallContext context, FilterConversationsRequest request, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v1/accounts/{id}/contacts/{contactId}</c>.</summary>
    Task<UpstreamResult<Contact>> GetContactAsync(ChatwootCallContext context, int contactId, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v1/accounts/{id}/agents</c>: every user of the account, unpaged.</summary>
    Task<UpstreamResult<IReadOnlyList<Agent>>> ListAgentsAsync(ChatwootCallContext context, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v1/accounts/{id}/teams</c>, unpaged.</summary>
    Task<UpstreamResult<IReadOnlyList<Team>>> ListTeamsAsync(ChatwootCallContext context, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v1/accounts/{id}/inboxes</c>, with every secret field dropped on read.</summary>
    Task<UpstreamResult<IReadOnlyList<Inbox>>> ListInboxesAsync(ChatwootCallContext context, CancellationToken cancellationToken);

    /// <summary><c>GET /api/v1/profile</c>: the token's user id and accounts.</summary>
    /// <param name="accessToken">The caller's token; null or empty to use the configured service token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<UpstreamResult<Profile>> GetProfileAsync(string? accessToken, CancellationToken cancellationToken);
}
