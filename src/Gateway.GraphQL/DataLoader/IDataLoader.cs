namespace Gateway.GraphQL.DataLoader;

/// <summary>A request-scoped DataLoader: batches, de-duplicates and caches loads of <typeparamref name="TKey"/>.</summary>
/// <typeparam name="TKey">The key type; compared with <see cref="EqualityComparer{T}.Default"/>.</typeparam>
/// <typeparam name="TValue">The value one key resolves to.</typeparam>
public interface IDataLoader<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Loads one key; the task completes after the batch holding the key was dispatched and answered.</summary>
    /// <param name="key">The key.</param>
    /// <param name="ct">Cancels this caller's wait (and the batch, once every caller waiting on it has cancelled).</param>
    Task<TValue?> LoadAsync(TKey key, CancellationToken ct = default);

    /// <summary>Loads several keys; the values come back in the order of <paramref name="keys"/>.</summary>
    Task<IReadOnlyList<TValue?>> LoadAsync(IReadOnlyList<TKey> keys, CancellationToken ct = default);

    /// <summary>Adds a value to the cache unless the key is already cached or pending.</summary>
    void Prime(TKey key, TValue value);

    /// <summary>Evicts one key, so that the next load fetches it again.</summary>
    void Remove(TKey key);

    /// <summary>Evicts every key.</summary>
    void Clear();
}
