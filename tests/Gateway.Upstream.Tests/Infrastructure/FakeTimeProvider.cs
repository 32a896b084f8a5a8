namespace Gateway.Upstream.Tests.Infrastructure;

/// <summary>
/// A manual clock: time moves only through <see cref="Advance"/>, which fires due timers in order. Tests wait for a
/// timer to be scheduled (an event, not a sleep) before advancing, so back-off and breaking run instantly.
/// </summary>
public sealed class FakeTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<FakeTimer> _timers = [];
    private DateTimeOffset _now;
    private TaskCompletionSource _changed = NewSignal();

    public FakeTimeProvider(DateTimeOffset? start = null) => _now = start ?? new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>Every due time ever requested from a timer, in order (for back-off assertions).</summary>
    public List<TimeSpan> RequestedDueTimes { get; } = [];

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override long GetTimestamp() => GetUtcNow().UtcTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new FakeTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>Moves the clock forward, firing every timer that falls due on the way (callbacks outside the lock).</summary>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        while (true)
        {
            FakeTimer? due;
            lock (_gate)
            {
                due = _timers.Where(t => t.DueAt is { } at && at <= target).MinBy(t => t.DueAt);
                if (due is null)
                {
                    _now = target;
                    return;
                }

                _now = due.DueAt!.Value;
                due.DueAt = due.Period is { } period && period > TimeSpan.Zero ? _now + period : null;
            }

            due.Fire();
        }
    }

    /// <summary>Waits until a pending timer whose requested due time matches exists; returns that due time.</summary>
    public async Task<TimeSpan> WaitForTimerAsync(Func<TimeSpan, bool> match, TimeSpan? realTimeLimit = null)
    {
        var deadline = DateTime.UtcNow + (realTimeLimit ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var timer = _timers.FirstOrDefault(t => t.DueAt is not null && match(t.RequestedDue));
                if (timer is not null)
                {
                    return timer.RequestedDue;
                }

                changed = _changed.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw new TimeoutException("No matching timer was scheduled. Pending: " + DescribePending());
            }

            try
            {
                await changed.WaitAsync(remaining);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException("No matching timer was scheduled. Pending: " + DescribePending());
            }
        }
    }

    /// <summary>Waits for a pending timer of exactly <paramref name="due"/>, then advances by it.</summary>
    public async Task AdvanceWhenScheduledAsync(TimeSpan due)
    {
        await WaitForTimerAsync(d => d == due);
        Advance(due);
    }

    internal void Schedule(FakeTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            timer.RequestedDue = dueTime;
            timer.Period = period == Timeout.InfiniteTimeSpan ? null : period;
            timer.DueAt = dueTime == Timeout.InfiniteTimeSpan ? null : _now + dueTime;
            if (!_timers.Contains(timer))
            {
                _timers.Add(timer);
            }

            if (timer.DueAt is not null)
            {
                RequestedDueTimes.Add(dueTime);
            }

            signal = _changed;
            _changed = NewSignal();
        }

        signal.TrySetResult();
    }

    internal void Remove(FakeTimer timer)
    {
        lock (_gate)
        {
            _timers.Remove(timer);
        }
    }

    private string DescribePending()
    {
        lock (_gate)
        {
            return string.Join(", ", _timers.Where(t => t.DueAt is not null).Select(t => t.RequestedDue.ToString()));
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
