using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.Execution.Batching;

/// <summary>An author loader whose upstream is down.</summary>
internal sealed class FailingAuthorLoader(IBatchScheduler scheduler, BatchLog log) : BatchDataLoader<string, BlogData.Author>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<string, BlogData.Author>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        log.Record("failing", keys);
        await Task.Yield();
        throw new HttpRequestException("upstream unavailable");
    }
}
