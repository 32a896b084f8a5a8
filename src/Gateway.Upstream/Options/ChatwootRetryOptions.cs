namespace Gateway.Upstream;

/// <summary>Retry of transient failures. Every Chatwoot call the client makes is a read, so all are retried.</summary>
public sealed class ChatwootRetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retrying.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The first back-off; later ones double.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest back-off.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Randomises back-offs (decorrelated jitter) so that many callers do not retry in step.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>A 429's Retry-After is honoured up to this long; a longer one is not retried.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);
}
