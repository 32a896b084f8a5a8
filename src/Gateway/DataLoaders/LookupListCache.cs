using System.Collections.Concurrent;
using Gateway.GraphQL.Persisted;
using Gateway.Hosting;
using Gateway.Upstream;
using Microsoft.Extensions.Options;

namespace Gateway.DataLoaders;

/// <summary>
/// Reuses an account's agent and inbox lists across requests for <see cref="GatewayOptions.LookupCacheSeconds"/>
/// (off by default). Entries are keyed by the SHA-256 of the caller's token, so a list is only ever served to the
/// token that fetched it. Concurrent requests share one upstream call; a failed call is not kept. The shared call
/// is not tied to the request that started it, so one caller going away does not fail the others.
/// </summary>
internal sealed class LookupListCache(IOptions<GatewayOptions> options, TimeProvider time)
{
    /// <summary>At most this many lists are held; beyond it, expired ones are dropped first, then everything.</summary>
    internal const int MaxEntries = 10_000;

    private readonly ConcurrentDictionary<LookupListKey, CachedList> _entries = new();

    public bool IsEnabled => options.Value.LookupCacheSeconds > 0;

    public Task<UpstreamResult<IReadOnlyList<T>>> GetOrFetchAsync<T>(
        string list,
        int accountId,
        string? token,
        Func<CancellationToken, Task<UpstreamResult<IReadOnlyList<T>>>> fetch)
    {
        var key = new LookupListKey(list, accountId, HashToken(token));
        var now = time.GetUtcNow();
        while (true)
        {
            if (_entries.TryGetValue(key, out var cached) && cached.ExpiresAt > now)
            {
                return (Task<UpstreamResult<IReadOnlyList<T>>>)cached.Fetch;
            }

            var started = new TaskCompletionSource<UpstreamResult<IReadOnlyList<T>>>(TaskCreationOptions.RunContinuationsAsynchronously);
            var entry = new CachedList(started.Task, now.AddSeconds(options.Value.LookupCacheSeconds));
            var stored = cached is null ? _entries.TryAdd(key, entry) : _entries.TryUpdate(key, entry, cached);
            if (!stored)
            {
                continue; // another request stored a list for this key first: use it
            }

            TrimIfFull(now);
            _ = CompleteAsync(key, entry, started, fetch);
            return started.Task;
        }
    }

    private async Task CompleteAsync<T>(
        LookupListKey key,
        CachedList entry,
        TaskCompletionSource<UpstreamResult<IReadOnlyList<T>>> started,
        Func<CancellationToken, Task<UpstreamResult<IReadOnlyList<T>>>> fetch)
    {
        try
        {
            // The client's own total timeout bounds the call.
            var result = await fetch(CancellationToken.None).ConfigureAwait(false);
            if (!result.IsSuccess)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }

            started.SetResult(result);
        }
        catch (Exception ex)
        {
            _entries.TryRemove(KeyValuePair.Create(key, entry));
            started.SetException(ex);
        }
    }

    private void TrimIfFull(DateTimeOffset now)
    {
        if (_entries.Count <= MaxEntries)
        {
            return;
        }

        foreach (var (key, entry) in _entries)
        {
            if (entry.ExpiresAt <= now)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }

        if (_entries.Count > MaxEntries)
        {
            _entries.Clear();
        }
    }

    private static string HashToken(string? token) => token is null ? string.Empty : DocumentHashes.Sha256Hex(token);
}
