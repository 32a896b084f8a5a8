using System.Collections.Concurrent;
using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

/// <summary>Key n resolves to n messages "n/0" .. "n/(n-1)"; records every batch; a batch holding key 13 throws.</summary>
internal sealed class RecordingGroupedLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
    : GroupedDataLoader<int, string>(scheduler, options)
{
    private readonly ConcurrentQueue<int[]> _batches = new();

    public IReadOnlyList<int[]> Batches => [.. _batches];

    protected override Task<ILookup<int, string>> LoadBatchAsync(IReadOnlyList<int> keys, CancellationToken ct)
    {
        _batches.Enqueue([.. keys]);
        if (keys.Contains(13))
        {
            throw new InvalidOperationException("unlucky batch");
        }

        var lookup = keys
            .SelectMany(k => Enumerable.Range(0, k).Select(i => (Key: k, Value: $"{k}/{i}")))
            .ToLookup(x => x.Key, x => x.Value);
        return Task.FromResult(lookup);
    }
}
