namespace Chatwoot.Simulator.Tests.TestSupport;

/// <summary>A clock stopped at a given instant (timers stay real).</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
