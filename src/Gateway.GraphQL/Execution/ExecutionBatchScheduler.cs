using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Execution;

/// <summary>
/// The request-scoped <see cref="IBatchScheduler"/> the executor registers: dispatches go to the request's
/// <see cref="ExecutionPump"/>, which runs them when no resolver work is runnable. Dispatches scheduled outside an
/// execution (no pump attached) run immediately on the thread pool.
/// </summary>
internal sealed class ExecutionBatchScheduler : IBatchScheduler
{
    private readonly Lock _sync = new();
    private ExecutionPump? _pump;

    public void Schedule(Func<ValueTask> dispatch)
    {
        ArgumentNullException.ThrowIfNull(dispatch);
        ExecutionPump? pump;
        lock (_sync)
        {
            pump = _pump;
        }

        if (pump is null)
        {
            _ = Task.Run(async () => await dispatch());
            return;
        }

        pump.ScheduleDispatch(dispatch);
    }

    /// <summary>Routes this request's dispatches to <paramref name="pump"/> until <see cref="Detach"/>.</summary>
    public void Attach(ExecutionPump pump)
    {
        lock (_sync)
        {
            _pump = pump;
        }
    }

    public void Detach(ExecutionPump pump)
    {
        lock (_sync)
        {
            if (ReferenceEquals(_pump, pump))
            {
                _pump = null;
            }
        }
    }
}
