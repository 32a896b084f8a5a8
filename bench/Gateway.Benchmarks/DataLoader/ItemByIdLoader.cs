using Gateway.GraphQL.DataLoader;

namespace Gateway.Benchmarks.DataLoader;

public sealed class ItemByIdLoader(IBatchScheduler scheduler) : BatchDataLoader<int, BenchItem>(scheduler)
{
    protected override Task<IReadOnlyDictionary<int, BenchItem>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct)
    {
        var result = new Dictionary<int, BenchItem>(keys.Count);
        foreach (var key in keys)
        {
            if (BenchItemStore.ById.TryGetValue(key, out var item))
            {
                result.Add(key, item);
            }
        }

        return Task.FromResult<IReadOnlyDictionary<int, BenchItem>>(result);
    }
}
