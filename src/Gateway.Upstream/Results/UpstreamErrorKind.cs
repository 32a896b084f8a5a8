namespace Gateway.Upstream;

/// <summary>What went wrong with an upstream call, decided by status code (Chatwoot's messages are localised).</summary>
public enum UpstreamErrorKind
{
    /// <summary>401/403, or no usable token: the token is unknown, a bot's, or not a member of the account.</summary>
    Unauthorized,

    /// <summary>404: unknown account, contact or team.</summary>
    NotFound,

    /// <summary>422 from the filter endpoint; <see cref="UpstreamError.Message"/> carries Chatwoot's message.</summary>
    InvalidFilter,

    /// <summary>429 from Chatwoot after retries, or the client's own concurrency queue is full.</summary>
    RateLimited,

    /// <summary>The per-attempt or total timeout elapsed, or 408 after retries.</summary>
    Timeout,

    /// <summary>5xx after retries, a network failure, or the circuit breaker is open.</summary>
    Unavailable,

    /// <summary>Any other status, or a body that is not the JSON Chatwoot documents.</summary>
    BadResponse,
}
