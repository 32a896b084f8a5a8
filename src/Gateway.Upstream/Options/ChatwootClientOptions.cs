namespace Gateway.Upstream;

/// <summary>Settings of the Chatwoot client, bound from the configuration section <c>Chatwoot</c>.</summary>
public sealed class ChatwootClientOptions
{
    /// <summary>The configuration section name the gateway binds.</summary>
    public const string SectionName = "Chatwoot";

    /// <summary>Chatwoot's base address, e.g. <c>https://app.chatwoot.com/</c>. Required.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// Optional server-side token used when a call carries no caller token. Off (null) by default:
    /// setting it lets every anonymous gateway caller act as this token's user.
    /// </summary>
    public string? ServiceToken { get; set; }

    /// <summary>Total and per-attempt timeouts.</summary>
    public ChatwootTimeoutOptions Timeouts { get; set; } = new();

    /// <summary>Retry of transient failures (network errors, 408, 429, 5xx).</summary>
    public ChatwootRetryOptions Retry { get; set; } = new();

    /// <summary>The circuit breaker toward Chatwoot.</summary>
    public ChatwootCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Most upstream calls in flight at once from this process (Chatwoot rate-limits per client IP).</summary>
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>Most calls waiting for a concurrency slot; beyond it calls fail fast as <see cref="UpstreamErrorKind.RateLimited"/>.</summary>
    public int MaxQueuedCalls { get; set; } = 512;

    /// <summary>Largest response body accepted, in bytes.</summary>
    public long MaxResponseBytes { get; set; } = 16 * 1024 * 1024;
}
