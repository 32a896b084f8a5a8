namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// A DataLoader whose keys each resolve to a list: one call fetches the values of many keys as a lookup. A key with no
/// values resolves to an empty array, never <see langword="null"/>.
/// </summary>
public abstract class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue[]>
    where TKey : notnull
{
    protected GroupedDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
        : base(scheduler, options)
    {
    }

    /// <summary>Fetches the values of a batch of distinct keys, grouped by key.</summary>
    /// <param name="keys">At most <see cref="DataLoaderOptions.MaxBatchSize"/> distinct keys.</param>
    /// <param name="ct">The batch's token: cancelled when every caller waiting on this batch has cancelled.</param>
    protected abstract Task<ILookup<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken ct);

    private protected sealed override async Task FetchAsync(Batch batch, CancellationToken ct)
    {
        var keys = batch.Keys;
        var lookup = await LoadBatchAsync(keys, ct)
            ?? throw new InvalidOperationException($"{GetType().Name}.LoadBatchAsync returned null.");
        for (var i = 0; i < keys.Count; i++)
        {
            batch.SetValue(i, lookup.Contains(keys[i]) ? [.. lookup[keys[i]]] : []);
        }
    }
}
