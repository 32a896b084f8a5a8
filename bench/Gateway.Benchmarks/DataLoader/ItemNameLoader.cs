using Gateway.GraphQL.DataLoader;

namespace Gateway.Benchmarks.DataLoader;

public sealed class ItemNameLoader(IBatchScheduler scheduler) : CacheDataLoader<int, string>(scheduler)
{
    protected override Task<string> LoadSingleAsync(int key, CancellationToken ct)
        => Task.FromResult(BenchItemStore.ById[key].Name);
}
