namespace Gateway.Hosting;

/// <summary>
/// Transport protection of the gateway (section <c>Gateway:Protection</c>): CORS, the per-client rate limit, the
/// concurrency gate on executing GraphQL requests and Kestrel's slow-client timeouts.
/// </summary>
public sealed class ProtectionOptions
{
    public const string SectionName = "Gateway:Protection";

    /// <summary>Browser origins allowed by CORS (e.g. <c>https://app.example.com</c>); none means no cross-origin access.</summary>
    public IList<string> CorsOrigins { get; } = [];

    /// <summary>Whether CORS allows credentials (cookies); off by default, since the token travels in a header.</summary>
    public bool CorsAllowCredentials { get; set; }

    /// <summary>
    /// Reverse proxies (IP addresses or CIDR networks such as <c>10.0.0.0/8</c>) whose <c>X-Forwarded-For</c> and
    /// <c>X-Forwarded-Proto</c> headers are believed. Behind a proxy every request comes from the proxy's address, so
    /// without this the rate limit counts all clients as one. Empty (the default): the headers are ignored, since
    /// any client could send them.
    /// </summary>
    public IList<string> TrustedProxies { get; } = [];

    /// <summary>GraphQL requests one client IP may make per <see cref="RateLimitWindow"/> (default 1200); 0 switches the limit off.</summary>
    public int RateLimitPermits { get; set; } = 1200;

    /// <summary>The rate limit's fixed window (default one minute).</summary>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>GraphQL requests executing at once (default 64); 0 switches the gate off.</summary>
    public int MaxConcurrentRequests { get; set; } = 64;

    /// <summary>Requests that may wait for the concurrency gate (default 256); beyond that they are answered 503.</summary>
    public int ConcurrencyQueueLimit { get; set; } = 256;

    /// <summary>Time a client has to send its request headers (Kestrel <c>RequestHeadersTimeout</c>, default 10 s).</summary>
    public TimeSpan RequestHeadersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Slowest accepted request body, in bytes per second (Kestrel <c>MinRequestBodyDataRate</c>, default 240).</summary>
    public double MinRequestBodyBytesPerSecond { get; set; } = 240;

    /// <summary>Grace period before the body data rate is enforced (default 5 s).</summary>
    public TimeSpan MinRequestBodyGracePeriod { get; set; } = TimeSpan.FromSeconds(5);
}
