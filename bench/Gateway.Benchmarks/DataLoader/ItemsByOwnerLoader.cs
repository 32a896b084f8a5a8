using Gateway.GraphQL.DataLoader;

namespace Gateway.Benchmarks.DataLoader;

public sealed class ItemsByOwnerLoader(IBatchScheduler scheduler) : GroupedDataLoader<int, BenchItem>(scheduler)
{
    protected override Task<ILookup<int, BenchItem>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct)
        => Task.FromResult(keys
            .SelectMany(k => BenchItemStore.ByOwner.TryGetValue(k, out var items) ? items : [])
            .ToLookup(i => i.OwnerId));
}
