using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.Execution.SchedulerBatching;

internal sealed class ContactLoader(IBatchScheduler scheduler, BatchLog log) : BatchDataLoader<int, Dictionary<string, object?>>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<int, Dictionary<string, object?>>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct)
    {
        log.Record("contact", keys, ct);
        if (log.RequireConcurrentDispatch)
        {
            log.ContactFetchStarted.TrySetResult();
            await log.MessageFetchStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        }

        await Task.Yield();
        return keys.Contains(666)
            ? throw new InvalidOperationException("contact service down")
            : keys.ToDictionary(k => k, ChatFixture.Contact);
    }
}
