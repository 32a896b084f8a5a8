namespace Gateway.GraphQL.Execution;

/// <summary>
/// Runs one request's execution on a single logical thread: every continuation of the executor (and of resolvers
/// that do not opt out with <c>ConfigureAwait(false)</c>) is posted here and run in order. Scheduled DataLoader
/// batches are dispatched — all ready ones at once — only when nothing is runnable (the queue is empty). A batch
/// completes its keys synchronously on this context before its dispatch returns, so the continuations of one level
/// are all queued before the next dispatch decision: every key requested at one depth of the tree goes out in one
/// batch, and a batch that becomes ready while another is still in flight (or is scheduled from inside another
/// loader's fetch) is dispatched without waiting for it.
/// </summary>
internal sealed class ExecutionPump : SynchronizationContext
{
    private readonly Lock _sync = new();
    // Created on first use: an execution that never suspends allocates none of them.
    private Queue<(SendOrPostCallback Callback, object? State)>? _queue;
    private Queue<(SendOrPostCallback Callback, object? State)>? _draining;
    private List<Func<ValueTask>>? _dispatches;
    private TaskCompletionSource? _signal;

    public override void Post(SendOrPostCallback d, object? state)
    {
        TaskCompletionSource? signal;
        lock (_sync)
        {
            (_queue ??= new()).Enqueue((d, state));
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous sends are not supported by the GraphQL execution context.");

    public override SynchronizationContext CreateCopy() => this;

    /// <summary>Queues a batch dispatch to run when no other work is runnable. Thread-safe.</summary>
    public void ScheduleDispatch(Func<ValueTask> dispatch)
    {
        TaskCompletionSource? signal;
        lock (_sync)
        {
            (_dispatches ??= []).Add(dispatch);
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }

    /// <summary>Starts <paramref name="root"/> on this context and pumps until it completes.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> root, CancellationToken cancellationToken)
    {
        var rootTask = RunOnContext(root);

        // One registration, made before the first idle wait, wakes the pump on cancellation (instead of a
        // WaitAsync per wait); a run that never waits registers nothing.
        CancellationTokenRegistration wake = default;
        try
        {
            while (!rootTask.IsCompleted)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (DrainQueue())
                {
                    continue;
                }

                if (rootTask.IsCompleted)
                {
                    break;
                }

                if (TakeDispatches() is { } dispatches)
                {
                    StartDispatches(dispatches);
                    continue;
                }

                if (cancellationToken.CanBeCanceled && wake == default)
                {
                    wake = cancellationToken.UnsafeRegister(static state => ((ExecutionPump)state!).Wake(), this);
                }

                Task signal;
                lock (_sync)
                {
                    // Checked under the lock Wake takes: a cancellation either is seen here or finds the signal set.
                    if (_queue is { Count: > 0 } || _dispatches is { Count: > 0 } || cancellationToken.IsCancellationRequested)
                    {
                        continue;
                    }

                    _signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    signal = _signal.Task;
                }

                await signal.ConfigureAwait(false);
            }
        }
        finally
        {
            await wake.DisposeAsync().ConfigureAwait(false);
        }

        return await rootTask.ConfigureAwait(false);
    }

    private Task<T> RunOnContext<T>(Func<Task<T>> root)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            return root();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private bool DrainQueue()
    {
        Queue<(SendOrPostCallback Callback, object? State)> work;
        lock (_sync)
        {
            if (_queue is not { Count: > 0 } queued)
            {
                return false;
            }

            work = queued;
            _queue = _draining ?? new();
            _draining = work;
        }

        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            while (work.TryDequeue(out var item))
            {
                item.Callback(item.State);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }

        return true;
    }

    private List<Func<ValueTask>>? TakeDispatches()
    {
        lock (_sync)
        {
            if (_dispatches is not { Count: > 0 } taken)
            {
                return null;
            }

            _dispatches = null;
            return taken;
        }
    }

    private void StartDispatches(List<Func<ValueTask>> dispatches)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            foreach (var dispatch in dispatches)
            {
                _ = ObserveAsync(dispatch);
            }
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }

    private async Task ObserveAsync(Func<ValueTask> dispatch)
    {
        try
        {
            await dispatch();
        }
#pragma warning disable CA1031 // A dispatch reports loader failures to the awaiting keys; anything else must not kill the pump.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
        finally
        {
            Wake();
        }
    }

    /// <summary>Releases the pump's idle wait, if it is waiting.</summary>
    private void Wake()
    {
        TaskCompletionSource? signal;
        lock (_sync)
        {
            signal = _signal;
            _signal = null;
        }

        signal?.TrySetResult();
    }
}
