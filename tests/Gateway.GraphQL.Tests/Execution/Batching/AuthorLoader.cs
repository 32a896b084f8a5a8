using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.Execution.Batching;

internal sealed class AuthorLoader(IBatchScheduler scheduler, BatchLog log) : BatchDataLoader<string, BlogData.Author>(scheduler)
{
    protected override async Task<IReadOnlyDictionary<string, BlogData.Author>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        log.Record("authors", keys);
        await Task.Yield();
        return keys.Where(BlogData.Authors.ContainsKey).ToDictionary(k => k, k => BlogData.Authors[k]);
    }
}
