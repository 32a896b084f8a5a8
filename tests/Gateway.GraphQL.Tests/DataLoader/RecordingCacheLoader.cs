using System.Collections.Concurrent;
using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

/// <summary>Records every single-key fetch; keys in <see cref="Failing"/> throw; <see cref="Gate"/> holds every fetch until opened.</summary>
internal sealed class RecordingCacheLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
    : CacheDataLoader<string, string>(scheduler, options)
{
    private readonly ConcurrentQueue<string> _fetched = new();

    public IReadOnlyList<string> Fetched => [.. _fetched];

    public ConcurrentDictionary<string, bool> Failing { get; } = new();

    public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int InFlight;

    public int MaxInFlight;

    protected override async Task<string> LoadSingleAsync(string key, CancellationToken ct)
    {
        _fetched.Enqueue(key);
        var now = Interlocked.Increment(ref InFlight);
        int seen;
        while ((seen = Volatile.Read(ref MaxInFlight)) < now && Interlocked.CompareExchange(ref MaxInFlight, now, seen) != seen)
        {
        }

        try
        {
            await Gate.Task.WaitAsync(ct);
            return Failing.ContainsKey(key) ? throw new InvalidOperationException("cannot load " + key) : "single:" + key;
        }
        finally
        {
            Interlocked.Decrement(ref InFlight);
        }
    }
}
