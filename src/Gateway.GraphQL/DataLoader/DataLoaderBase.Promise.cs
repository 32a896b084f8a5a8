namespace Gateway.GraphQL.DataLoader;

public abstract partial class DataLoaderBase<TKey, TValue>
{
    /// <summary>The shared result of one key: cached, or pending in a batch.</summary>
    /// <remarks>
    /// Completed only through <see cref="Resolve"/>, <see cref="Reject"/> and <see cref="Cancel"/>, which run the task's
    /// continuations inline and then tell the listeners (cancellable waits) synchronously.
    /// </remarks>
    private protected sealed class Promise : TaskCompletionSource<TValue?>
    {
        private readonly DataLoaderBase<TKey, TValue> _owner;
        private object? _listeners;

        public Promise(DataLoaderBase<TKey, TValue> owner, TKey key, Batch? batch)
            : base(TaskCreationOptions.None)
        {
            _owner = owner;
            Key = key;
            Batch = batch;
        }

        public TKey Key { get; }

        /// <summary>The batch fetching this key; <see langword="null"/> once that batch finished, or for primed values. Under the loader's lock.</summary>
        public Batch? Batch { get; set; }

        /// <summary>Whether the key waits in a batch that has not been sent. Under the loader's lock.</summary>
        public bool IsInOpenBatch => Batch is { State: BatchState.Open };

        /// <summary>
        /// Registers one more caller of this key with its batch. Returns the batch when the caller must report a
        /// cancellation to it (<see cref="Batch.Leave"/>), <see langword="null"/> otherwise. Under the loader's lock.
        /// </summary>
        public Batch? Join(bool cancellable)
        {
            var batch = Batch;
            if (batch is null || Task.IsCompleted || batch.State is BatchState.Completed or BatchState.Abandoned)
            {
                return null;
            }

            if (!cancellable)
            {
                batch.Pinned = true;
                return null;
            }

            batch.Waiters++;
            return batch;
        }

        /// <summary>Adds a listener; returns <see langword="false"/> when the promise already completed. Under the loader's lock.</summary>
        public bool TryAddListener(IPromiseListener listener)
        {
            if (Task.IsCompleted)
            {
                return false;
            }

            switch (_listeners)
            {
                case null:
                    _listeners = listener;
                    break;
                case List<IPromiseListener> list:
                    list.Add(listener);
                    break;
                default:
                    _listeners = new List<IPromiseListener> { (IPromiseListener)_listeners, listener };
                    break;
            }

            return true;
        }

        public void Resolve(TValue? value)
        {
            if (TrySetResult(value))
            {
                NotifyListeners();
            }
        }

        public void Reject(Exception error)
        {
            if (TrySetException(error))
            {
                NotifyListeners();
            }
        }

        public void Cancel(CancellationToken token)
        {
            if (TrySetCanceled(token))
            {
                NotifyListeners();
            }
        }

        private void NotifyListeners()
        {
            object? listeners;
            lock (_owner._sync)
            {
                listeners = _listeners;
                _listeners = null;
            }

            switch (listeners)
            {
                case null:
                    return;
                case List<IPromiseListener> list:
                    foreach (var listener in list)
                    {
                        listener.OnPromiseCompleted(this);
                    }

                    return;
                default:
                    ((IPromiseListener)listeners).OnPromiseCompleted(this);
                    return;
            }
        }
    }
}
