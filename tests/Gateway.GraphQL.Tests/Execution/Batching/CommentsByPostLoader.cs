using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.Execution.Batching;

internal sealed class CommentsByPostLoader(IBatchScheduler scheduler, BatchLog log) : GroupedDataLoader<string, BlogData.Comment>(scheduler)
{
    protected override async Task<ILookup<string, BlogData.Comment>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        log.Record("comments", keys);
        await Task.Delay(1, ct);
        return BlogData.Comments.Where(c => keys.Contains(c.PostId)).ToLookup(c => c.PostId);
    }
}
