namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// A scheduler that only dispatches when told to: <see cref="DispatchAsync"/> runs everything scheduled so far,
/// concurrently. For tests (exact batches, no timing) and for hosts that drive batching themselves.
/// </summary>
public sealed class ManualBatchScheduler : IBatchScheduler
{
    private readonly Lock _sync = new();
    private List<Func<ValueTask>> _pending = [];

    /// <summary>How many dispatches wait for <see cref="DispatchAsync"/>.</summary>
    public int PendingCount
    {
        get
        {
            lock (_sync)
            {
                return _pending.Count;
            }
        }
    }

    /// <inheritdoc />
    public void Schedule(Func<ValueTask> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        lock (_sync)
        {
            _pending.Add(dispatch);
        }
    }

    /// <summary>
    /// Runs every dispatch scheduled before this call, concurrently, and completes when they have all finished.
    /// Dispatches scheduled meanwhile wait for the next call.
    /// </summary>
    /// <param name="ct">Stops waiting for the dispatches (they keep running).</param>
    public Task DispatchAsync(CancellationToken ct = default)
    {
        List<Func<ValueTask>> work;
        lock (_sync)
        {
            if (_pending.Count == 0)
            {
                return Task.CompletedTask;
            }

            work = _pending;
            _pending = [];
        }

        var tasks = new Task[work.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = work[i]().AsTask();
        }

        return Task.WhenAll(tasks).WaitAsync(ct);
    }
}
