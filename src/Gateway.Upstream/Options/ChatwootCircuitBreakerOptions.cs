namespace Gateway.Upstream;

/// <summary>The circuit breaker: after too many transient failures, calls fail fast for a while.</summary>
public sealed class ChatwootCircuitBreakerOptions
{
    /// <summary>Whether the breaker is used at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Share of failed attempts within <see cref="SamplingDuration"/> that opens the circuit.</summary>
    public double FailureRatio { get; set; } = 0.5;

    /// <summary>Attempts within <see cref="SamplingDuration"/> needed before the ratio counts (at least 2).</summary>
    public int MinimumThroughput { get; set; } = 20;

    /// <summary>The window failures are counted in.</summary>
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the circuit stays open before one trial call is let through.</summary>
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(15);
}
