namespace Gateway.GraphQL.DataLoader;

public abstract partial class DataLoaderBase<TKey, TValue>
{
    /// <summary>The keys sent together in one fetch, and their promises.</summary>
#pragma warning disable CA1001 // _cts is disposed by the batch itself when its fetch completes (or after Leave cancels it); nobody owns a Batch to dispose it.
    private protected sealed class Batch
#pragma warning restore CA1001
    {
        private readonly DataLoaderBase<TKey, TValue> _owner;
        private readonly List<TKey> _keys = [];
        private readonly List<Promise> _promises = [];
        private readonly Dictionary<TKey, Promise>? _index;
        private CancellationTokenSource? _cts;
        private CancellationToken _token;

        public Batch(DataLoaderBase<TKey, TValue> owner, bool indexed)
        {
            _owner = owner;
            _index = indexed ? [] : null;
            Dispatch = DispatchAsync;
        }

        /// <summary>The keys, in the order they were first loaded, without duplicates.</summary>
        public IReadOnlyList<TKey> Keys => _keys;

        public int Count => _keys.Count;

        /// <summary>The delegate handed to the scheduler.</summary>
        public Func<ValueTask> Dispatch { get; }

        public BatchState State { get; private set; }

        /// <summary>Callers with a cancellable token waiting on keys of this batch. Under the loader's lock.</summary>
        public int Waiters { get; set; }

        /// <summary>Whether a caller that cannot cancel waits on this batch, so it is never given up. Under the loader's lock.</summary>
        public bool Pinned { get; set; }

        // Under the loader's lock.
        public void Add(Promise promise)
        {
            _keys.Add(promise.Key);
            _promises.Add(promise);
            _index?.Add(promise.Key, promise);
        }

        // Under the loader's lock.
        public bool TryGetPromise(TKey key, out Promise? promise)
        {
            promise = null;
            return _index is not null && _index.TryGetValue(key, out promise);
        }

        /// <summary>Resolves the key at <paramref name="index"/> of <see cref="Keys"/>.</summary>
        public void SetValue(int index, TValue? value) => _promises[index].Resolve(value);

        /// <summary>Fails the key at <paramref name="index"/> of <see cref="Keys"/> and evicts it from the cache.</summary>
        public void SetError(int index, Exception error)
        {
            var promise = _promises[index];
            if (promise.Task.IsCompleted)
            {
                return;
            }

            lock (_owner._sync)
            {
                _owner.EvictIfCurrent(promise);
            }

            Fail(promise, error);
        }

        /// <summary>A caller waiting on this batch cancelled; give the batch up when it was the last one.</summary>
        public void Leave()
        {
            List<Promise>? cancelled = null;
            CancellationTokenSource? cts;
            lock (_owner._sync)
            {
                if (State is BatchState.Completed or BatchState.Abandoned || --Waiters > 0 || Pinned)
                {
                    return;
                }

                if (ReferenceEquals(_owner._open, this))
                {
                    _owner._open = null;
                }

                State = BatchState.Abandoned;
                cts = _cts;
                foreach (var promise in _promises)
                {
                    promise.Batch = null;
                    if (!promise.Task.IsCompleted)
                    {
                        _owner.EvictIfCurrent(promise);
                        (cancelled ??= []).Add(promise);
                    }
                }
            }

            // Outside the lock: cancellation callbacks and continuations are user code. Complete does not touch
            // the source of an abandoned batch, so disposing it here is safe.
            if (cts is not null)
            {
                cts.Cancel();
                cts.Dispose();
            }
            if (cancelled is not null)
            {
                foreach (var promise in cancelled)
                {
                    promise.Cancel(CancellationToken.None);
                }
            }
        }

        private async ValueTask DispatchAsync()
        {
            lock (_owner._sync)
            {
                if (State != BatchState.Open)
                {
                    return;
                }

                State = BatchState.Dispatched;
                if (ReferenceEquals(_owner._open, this))
                {
                    _owner._open = null;
                }

                if (!Pinned)
                {
                    _cts = new CancellationTokenSource();
                    _token = _cts.Token;
                }
            }

            Exception? failure = null;
            try
            {
                await _owner.FetchAsync(this, _token);
            }
#pragma warning disable CA1031 // Any failure of the user's fetch belongs to the callers awaiting its keys.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                failure = ex;
            }

            Complete(failure);
        }

        private void Complete(Exception? failure)
        {
            List<Promise>? unfinished = null;
            CancellationTokenSource? finished = null;
            lock (_owner._sync)
            {
                if (State == BatchState.Dispatched)
                {
                    // An abandoned batch's source belongs to Leave, which may be cancelling it right now.
                    State = BatchState.Completed;
                    finished = _cts;
                    _cts = null;
                }

                foreach (var promise in _promises)
                {
                    promise.Batch = null;
                    if (!promise.Task.IsCompleted)
                    {
                        if (failure is not null)
                        {
                            _owner.EvictIfCurrent(promise);
                        }

                        (unfinished ??= []).Add(promise);
                    }
                }
            }

            finished?.Dispose();
            if (unfinished is null)
            {
                return;
            }

            foreach (var promise in unfinished)
            {
                if (failure is null)
                {
                    promise.Resolve(default);
                }
                else
                {
                    Fail(promise, failure);
                }
            }
        }

        private void Fail(Promise promise, Exception error)
        {
            if (error is OperationCanceledException && _token.IsCancellationRequested)
            {
                promise.Cancel(_token);
            }
            else
            {
                promise.Reject(error);
            }
        }
    }
}
