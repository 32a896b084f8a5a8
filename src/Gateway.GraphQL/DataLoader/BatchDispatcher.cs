namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// The request-scoped <see cref="IBatchScheduler"/> for an executor: it collects scheduled batch dispatches and runs
/// them when the executor says so (when it has no runnable work left), all ready batches concurrently.
/// </summary>
/// <remarks>
/// An executor typically loops: run resolvers until every unfinished one waits on a loader; if
/// <see cref="HasPending"/>, call <see cref="DispatchAllAsync"/> (or start it without awaiting and keep processing
/// completions); repeat. <see cref="Scheduled"/> tells an idle executor that work arrived. Dispatches are started on
/// the caller's synchronization context, so a fetch's own continuations resume there.
/// </remarks>
public sealed class BatchDispatcher : IBatchScheduler
{
    private readonly Lock _sync = new();
    private List<Func<ValueTask>> _pending = [];
    private TaskCompletionSource? _signal;

    /// <summary>Raised (outside any lock, on the scheduling thread) after a dispatch was scheduled.</summary>
    public event EventHandler? Scheduled;

    /// <summary>Whether dispatches wait to be run.</summary>
    public bool HasPending
    {
        get
        {
            lock (_sync)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <inheritdoc />
    public void Schedule(Func<ValueTask> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        TaskCompletionSource? signal;
        lock (_sync)
        {
            _pending.Add(dispatch);
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
        Scheduled?.Invoke(this, EventArgs.Empty);
    }

    /// <summary>
    /// Runs every pending dispatch concurrently and completes when all have finished. Dispatches scheduled while these
    /// run (a loader that loads from another loader inside its fetch) are run too, after the code that scheduled them
    /// had a chance to add its other keys, so the call never waits on a batch it does not send.
    /// </summary>
    /// <param name="ct">Stops waiting (dispatches already started keep running; their loaders own cancellation).</param>
    /// <remarks>
    /// Loader dispatches never fail (a failing fetch fails its keys). A foreign dispatch delegate that throws ends this
    /// call with its exception.
    /// </remarks>
    public ValueTask DispatchAllAsync(CancellationToken ct = default)
    {
        var work = TakePending();
        return work is null ? default : DispatchLoopAsync(work, ct);
    }

    private List<Func<ValueTask>>? TakePending()
    {
        lock (_sync)
        {
            if (_pending.Count == 0)
            {
                return null;
            }

            var work = _pending;
            _pending = [];
            return work;
        }
    }

    private async ValueTask DispatchLoopAsync(List<Func<ValueTask>> work, CancellationToken ct)
    {
        var running = new List<Task>(work.Count + 1);
        while (true)
        {
            foreach (var dispatch in work)
            {
                var task = dispatch().AsTask();
                if (task.IsCompleted)
                {
                    await task; // surfaces a failure of a foreign dispatch delegate
                }
                else
                {
                    running.Add(task);
                }
            }

            Task signal;
            lock (_sync)
            {
                if (_pending.Count > 0)
                {
                    signal = Task.CompletedTask;
                }
                else if (running.Count == 0)
                {
                    return;
                }
                else
                {
                    _signal ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    signal = _signal.Task;
                }
            }

            if (!signal.IsCompleted)
            {
                running.Add(signal);
                await Task.WhenAny(running).WaitAsync(ct);
                running.Remove(signal);
            }

            for (var i = running.Count - 1; i >= 0; i--)
            {
                if (running[i].IsCompleted)
                {
                    await running[i];
                    running.RemoveAt(i);
                }
            }

            if (signal.IsCompleted)
            {
                // Let the code that scheduled add the rest of its keys before the batch closes.
                await Task.Yield();
            }

            work = TakePending() ?? [];
        }
    }
}
