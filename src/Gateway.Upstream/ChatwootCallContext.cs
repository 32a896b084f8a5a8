namespace Gateway.Upstream;

/// <summary>
/// Who an upstream call is made for: the Chatwoot account and the caller's access token.
/// The token is never printed: <see cref="ToString"/> redacts it.
/// </summary>
public sealed class ChatwootCallContext
{
    /// <summary>Creates a call context.</summary>
    /// <param name="accountId">The Chatwoot account id (positive).</param>
    /// <param name="accessToken">The caller's <c>api_access_token</c>; null or empty to use the configured service token.</param>
    public ChatwootCallContext(int accountId, string? accessToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(accountId);
        AccountId = accountId;
        AccessToken = accessToken;
    }

    /// <summary>The Chatwoot account id.</summary>
    public int AccountId { get; }

    /// <summary>The caller's token, forwarded as the <c>api_access_token</c> header. Never logged.</summary>
    public string? AccessToken { get; }

    /// <inheritdoc />
    public override string ToString() =>
        $"account {AccountId}, token {(string.IsNullOrEmpty(AccessToken) ? "(none)" : "(redacted)")}";
}
