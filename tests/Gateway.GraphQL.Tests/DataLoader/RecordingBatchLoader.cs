using System.Collections.Concurrent;
using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

/// <summary>
/// Records every batch it is asked for. By default a key resolves to <c>"value:" + key</c>, and keys starting with
/// "missing" are left out of the result; <c>fetch</c> replaces that behaviour.
/// </summary>
internal sealed class RecordingBatchLoader(
    IBatchScheduler scheduler,
    DataLoaderOptions? options = null,
    Func<IReadOnlyList<string>, CancellationToken, Task<IReadOnlyDictionary<string, string>>>? fetch = null)
    : BatchDataLoader<string, string>(scheduler, options)
{
    private readonly ConcurrentQueue<string[]> _batches = new();
    private readonly ConcurrentQueue<CancellationToken> _tokens = new();

    public IReadOnlyList<string[]> Batches => [.. _batches];

    public IReadOnlyList<CancellationToken> Tokens => [.. _tokens];

    public static Task<IReadOnlyDictionary<string, string>> DefaultValues(IReadOnlyList<string> keys)
        => Task.FromResult<IReadOnlyDictionary<string, string>>(
            keys.Where(k => !k.StartsWith("missing", StringComparison.Ordinal)).ToDictionary(k => k, k => "value:" + k));

    protected override Task<IReadOnlyDictionary<string, string>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        _batches.Enqueue([.. keys]);
        _tokens.Enqueue(ct);
        return fetch is null ? DefaultValues(keys) : fetch(keys, ct);
    }
}
