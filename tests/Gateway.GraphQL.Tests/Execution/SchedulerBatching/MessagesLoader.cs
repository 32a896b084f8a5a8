using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.Execution.SchedulerBatching;

internal sealed class MessagesLoader(IBatchScheduler scheduler, BatchLog log) : GroupedDataLoader<int, Dictionary<string, object?>>(scheduler)
{
    protected override async Task<ILookup<int, Dictionary<string, object?>>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct)
    {
        log.Record("messages", keys, ct);
        if (log.RequireConcurrentDispatch)
        {
            log.MessageFetchStarted.TrySetResult();
            await log.ContactFetchStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        }

        if (log.MessagesWaitForInbox)
        {
            await log.InboxFetchStarted.Task.WaitAsync(TimeSpan.FromSeconds(20), ct);
        }

        await Task.Yield();
        return keys.SelectMany(k => new[] { (k, ChatFixture.Message((k * 10) + 1)), (k, ChatFixture.Message((k * 10) + 2)) })
            .ToLookup(p => p.k, p => p.Item2);
    }
}
