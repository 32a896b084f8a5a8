namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// A DataLoader for sources that can only fetch one key at a time: it still de-duplicates and caches, and fetches the
/// distinct keys of a batch concurrently. A failing key fails (and is evicted) alone.
/// </summary>
public abstract class CacheDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    protected CacheDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
        : base(scheduler, options)
    {
    }

    /// <summary>Fetches the value of one key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="ct">The batch's token: cancelled when every caller waiting on this batch has cancelled.</param>
    protected abstract Task<TValue> LoadSingleAsync(TKey key, CancellationToken ct);

    private protected sealed override Task FetchAsync(Batch batch, CancellationToken ct)
    {
        var keys = batch.Keys;
        if (keys.Count == 1)
        {
            return LoadOneAsync(batch, 0, keys[0], ct);
        }

        var tasks = new Task[keys.Count];
        for (var i = 0; i < tasks.Length; i++)
        {
            tasks[i] = LoadOneAsync(batch, i, keys[i], ct);
        }

        return Task.WhenAll(tasks);
    }

    private async Task LoadOneAsync(Batch batch, int index, TKey key, CancellationToken ct)
    {
        try
        {
            batch.SetValue(index, await LoadSingleAsync(key, ct));
        }
#pragma warning disable CA1031 // A failing key belongs to the callers awaiting it, not to the other keys.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            batch.SetError(index, ex);
        }
    }
}
