namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// A DataLoader that fetches many keys in one call and gets a dictionary back. A key missing from the dictionary
/// resolves to <see langword="default"/> (<see langword="null"/> for reference types).
/// </summary>
/// <example>
/// <code>
/// public sealed class ContactByIdLoader(IBatchScheduler scheduler, IContactClient client, DataLoaderOptions? options = null)
///     : BatchDataLoader&lt;int, Contact&gt;(scheduler, options)
/// {
///     protected override async Task&lt;IReadOnlyDictionary&lt;int, Contact&gt;&gt; LoadBatchAsync(IReadOnlyList&lt;int&gt; keys, CancellationToken ct)
///         =&gt; (await client.GetContactsAsync(keys, ct)).ToDictionary(c =&gt; c.Id);
/// }
/// </code>
/// </example>
public abstract class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue>
    where TKey : notnull
{
    protected BatchDataLoader(IBatchScheduler scheduler, DataLoaderOptions? options = null)
        : base(scheduler, options)
    {
    }

    /// <summary>Fetches the values of a batch of distinct keys.</summary>
    /// <param name="keys">At most <see cref="DataLoaderOptions.MaxBatchSize"/> distinct keys.</param>
    /// <param name="ct">The batch's token: cancelled when every caller waiting on this batch has cancelled.</param>
    protected abstract Task<IReadOnlyDictionary<TKey, TValue>> LoadBatchAsync(IReadOnlyList<TKey> keys, CancellationToken ct);

    private protected sealed override async Task FetchAsync(Batch batch, CancellationToken ct)
    {
        var keys = batch.Keys;
        var values = await LoadBatchAsync(keys, ct)
            ?? throw new InvalidOperationException($"{GetType().Name}.LoadBatchAsync returned null.");
        for (var i = 0; i < keys.Count; i++)
        {
            batch.SetValue(i, values.TryGetValue(keys[i], out var value) ? value : default);
        }
    }
}
