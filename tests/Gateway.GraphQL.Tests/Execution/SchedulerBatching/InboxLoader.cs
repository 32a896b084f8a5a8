using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.Execution.SchedulerBatching;

internal sealed class InboxLoader(IBatchScheduler scheduler, BatchLog log) : BatchDataLoader<int, Dictionary<string, object?>>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<int, Dictionary<string, object?>>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct)
    {
        log.Record("inbox", keys, ct);
        log.InboxFetchStarted.TrySetResult();
        if (log.InboxGate is { } gate)
        {
            await gate.Task.WaitAsync(ct);
        }

        await Task.Yield();
        return keys.ToDictionary(k => k, ChatFixture.Inbox);
    }
}
