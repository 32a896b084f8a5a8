namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// Decides when a DataLoader batch is sent. A loader calls <see cref="Schedule"/> exactly once per batch, when the
/// first key of a new batch arrives; keys loaded before the dispatch runs join that batch.
/// </summary>
/// <remarks>
/// The GraphQL executor registers a request-scoped scheduler (see <see cref="BatchDispatcher"/>) that runs the
/// scheduled dispatches when it has no runnable work left. A dispatch delegate never throws for loader failures:
/// those are delivered to the callers awaiting the keys.
/// </remarks>
public interface IBatchScheduler
{
    /// <summary>Queues one batch dispatch. Must be thread-safe.</summary>
    void Schedule(Func<ValueTask> dispatch);
}
