namespace Gateway.GraphQL.DataLoader;

/// <summary>
/// The shared machinery of <see cref="BatchDataLoader{TKey,TValue}"/>, <see cref="GroupedDataLoader{TKey,TValue}"/>
/// and <see cref="CacheDataLoader{TKey,TValue}"/>: batching, de-duplication, caching, failure eviction and
/// cancellation. Derive from one of those three.
/// </summary>
/// <remarks>
/// <para>
/// Keys are collected into an open batch; the first key of a new batch schedules exactly one dispatch on the
/// <see cref="IBatchScheduler"/>. When the dispatch runs the batch is closed (later keys start a new batch) and its keys
/// are fetched in one call. A key that is cached or pending in any batch shares its task. When the open batch reaches
/// <see cref="DataLoaderOptions.MaxBatchSize"/> keys, the next key starts another batch with its own dispatch.
/// </para>
/// <para>
/// Failure: an exception from the fetch fails exactly the keys of that batch that had no value yet; they are evicted
/// from the cache first, so a later load retries them.
/// </para>
/// <para>
/// Cancellation: each caller's token cancels only that caller's wait. The token handed to the fetch belongs to the
/// batch and is cancelled when every caller waiting on the batch has cancelled (in a GraphQL request all resolvers
/// pass the request's token, so an aborted request cancels its in-flight batches). A caller with a token that cannot
/// be cancelled keeps its batch alive. A batch given up this way has its unfinished keys evicted and cancelled.
/// </para>
/// <para>
/// Thread safety: all members may be called concurrently. State changes happen under one short lock per loader;
/// no user code and no task continuation runs under it.
/// </para>
/// <para>
/// Delivery: a batch's results are set on the context that dispatched it (its fetch is awaited without
/// <c>ConfigureAwait(false)</c>), and every key is completed synchronously, continuations inline, one key after the
/// other. On an executor's pump this means all resolvers waiting on the batch have resumed (and scheduled their next
/// loads) before the pump can see that it is idle, so the next depth's keys go out together. For the same reason
/// callers' waits are not built on <see cref="Task.WaitAsync(CancellationToken)"/>, which completes through the thread pool.
/// </para>
/// </remarks>
public abstract partial class DataLoaderBase<TKey, TValue> : IDataLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly IBatchScheduler _scheduler;
    private readonly int _maxBatchSize;
    private readonly bool _caching;
    private readonly Lock _sync = new();
    private Dictionary<TKey, Promise> _cache = [];
    private Batch? _open;

    private protected DataLoaderBase(IBatchScheduler scheduler, DataLoaderOptions? options)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        _scheduler = scheduler;
        _maxBatchSize = options?.MaxBatchSize ?? 100;
        _caching = options?.Caching ?? true;
        if (_maxBatchSize < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), _maxBatchSize, "MaxBatchSize must be 0 (unlimited) or positive.");
        }
    }

    /// <inheritdoc />
    public Task<TValue?> LoadAsync(TKey key, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<TValue?>(ct);
        }

        var cancellable = ct.CanBeCanceled;
        Batch? toSchedule = null;
        Waiter? waiter = null;
        Task<TValue?> task;
        lock (_sync)
        {
            var promise = GetOrAddPromise(key, cancellable, out var joined, ref toSchedule);
            task = promise.Task;
            if (cancellable && !task.IsCompleted)
            {
                waiter = new Waiter(joined);
                promise.TryAddListener(waiter);
            }
        }

        if (toSchedule is not null)
        {
            _scheduler.Schedule(toSchedule.Dispatch);
        }

        if (waiter is null)
        {
            return task;
        }

        waiter.Register(ct);
        return waiter.Task;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<TValue?>> LoadAsync(IReadOnlyList<TKey> keys, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (ct.IsCancellationRequested)
        {
            return Task.FromCanceled<IReadOnlyList<TValue?>>(ct);
        }

        var count = keys.Count;
        if (count == 0)
        {
            return Task.FromResult<IReadOnlyList<TValue?>>([]);
        }

        for (var i = 0; i < count; i++)
        {
            ArgumentNullException.ThrowIfNull(keys[i], nameof(keys));
        }

        var cancellable = ct.CanBeCanceled;
        var promises = new Promise[count];
        var joined = cancellable ? new Batch?[count] : null;
        var allCompleted = true;
        List<Batch>? toSchedule = null;
        MultiWaiter? waiter = null;
        lock (_sync)
        {
            for (var i = 0; i < count; i++)
            {
                Batch? scheduled = null;
                var promise = GetOrAddPromise(keys[i], cancellable, out var batch, ref scheduled);
                if (scheduled is not null)
                {
                    (toSchedule ??= []).Add(scheduled);
                }

                if (joined is not null)
                {
                    joined[i] = batch;
                }

                promises[i] = promise;
                if (!promise.Task.IsCompletedSuccessfully)
                {
                    allCompleted = false;
                    (waiter ??= new MultiWaiter(promises, joined)).Listen(promise);
                }
            }
        }

        if (toSchedule is not null)
        {
            foreach (var batch in toSchedule)
            {
                _scheduler.Schedule(batch.Dispatch);
            }
        }

        if (allCompleted)
        {
            var values = new TValue?[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = promises[i].Task.Result;
            }

            return Task.FromResult<IReadOnlyList<TValue?>>(values);
        }

        waiter!.Start(ct);
        return waiter.Task;
    }

    /// <inheritdoc />
    public void Prime(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_caching)
        {
            return;
        }

        lock (_sync)
        {
            if (!_cache.ContainsKey(key))
            {
                var promise = new Promise(this, key, batch: null);
                promise.TrySetResult(value);
                _cache.Add(key, promise);
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>A key whose batch has not been sent yet stays pending: its value will be fetched fresh anyway.</remarks>
    public void Remove(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_sync)
        {
            if (_cache.TryGetValue(key, out var promise) && !promise.IsInOpenBatch)
            {
                _cache.Remove(key);
            }
        }
    }

    /// <inheritdoc />
    /// <remarks>Keys whose batch has not been sent yet stay pending: their values will be fetched fresh anyway.</remarks>
    public void Clear()
    {
        lock (_sync)
        {
            var kept = new Dictionary<TKey, Promise>();
            foreach (var (key, promise) in _cache)
            {
                if (promise.IsInOpenBatch)
                {
                    kept.Add(key, promise);
                }
            }

            _cache = kept;
        }
    }

    /// <summary>Fetches the keys of one batch and completes them through <see cref="Batch.SetValue"/> / <see cref="Batch.SetError"/>.</summary>
    /// <remarks>Keys left without a value when the returned task completes resolve to <see langword="default"/>.</remarks>
    private protected abstract Task FetchAsync(Batch batch, CancellationToken ct);

    // Caller holds _sync.
    private Promise GetOrAddPromise(TKey key, bool cancellable, out Batch? joined, ref Batch? toSchedule)
    {
        if (_caching ? _cache.TryGetValue(key, out var existing) : _open?.TryGetPromise(key, out existing) == true)
        {
            joined = existing!.Join(cancellable);
            return existing;
        }

        var batch = _open;
        if (batch is null || (_maxBatchSize > 0 && batch.Count >= _maxBatchSize))
        {
            batch = new Batch(this, indexed: !_caching);
            _open = batch;
            toSchedule = batch;
        }

        var promise = new Promise(this, key, batch);
        batch.Add(promise);
        if (_caching)
        {
            _cache[key] = promise;
        }

        joined = promise.Join(cancellable);
        return promise;
    }

    // Caller holds _sync.
    private void EvictIfCurrent(Promise promise)
    {
        if (_caching && _cache.TryGetValue(promise.Key, out var current) && ReferenceEquals(current, promise))
        {
            _cache.Remove(promise.Key);
        }
    }
}
