using Polly;

namespace Gateway.Upstream;

/// <summary>Options of <see cref="ConcurrencyLimiterStrategy"/>.</summary>
internal sealed class ConcurrencyLimiterStrategyOptions : ResilienceStrategyOptions
{
    public ConcurrencyLimiterStrategyOptions() => Name = "ConcurrencyLimiter";

    public int PermitLimit { get; init; } = 32;

    public int QueueLimit { get; init; } = 512;
}
