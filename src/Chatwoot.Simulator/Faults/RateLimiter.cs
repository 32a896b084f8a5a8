namespace Chatwoot.Simulator;

/// <summary>A fixed one-minute window counter, like Rack::Attack's throttle. Off while <see cref="RequestsPerMinute"/> is null.</summary>
public sealed class RateLimiter
{
    private readonly Lock _gate = new();
    private long _window = long.MinValue;
    private int _count;

    /// <summary>The limit; null turns throttling off. Changing it starts a new window.</summary>
    public int? RequestsPerMinute
    {
        get;
        set
        {
            lock (_gate)
            {
                field = value;
                _window = long.MinValue;
                _count = 0;
            }
        }
    }

    internal bool TryAcquire(DateTimeOffset now)
    {
        if (RequestsPerMinute is not int limit)
        {
            return true;
        }

        var window = now.ToUnixTimeSeconds() / 60;
        lock (_gate)
        {
            if (window != _window)
            {
                _window = window;
                _count = 0;
            }

            _count++;
            return _count <= limit;
        }
    }
}
