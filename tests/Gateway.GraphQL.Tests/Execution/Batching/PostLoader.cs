using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.Execution.Batching;

internal sealed class PostLoader(IBatchScheduler scheduler, BatchLog log) : BatchDataLoader<string, BlogData.Post>(scheduler)
{
    protected override Task<IReadOnlyDictionary<string, BlogData.Post>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        log.Record("posts", keys);
        IReadOnlyDictionary<string, BlogData.Post> result = BlogData.Posts.Where(p => keys.Contains(p.Id)).ToDictionary(p => p.Id);
        return Task.FromResult(result);
    }
}
