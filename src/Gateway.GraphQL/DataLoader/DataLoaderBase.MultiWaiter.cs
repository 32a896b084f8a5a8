namespace Gateway.GraphQL.DataLoader;

public abstract partial class DataLoaderBase<TKey, TValue>
{
    /// <summary>
    /// A wait on several keys: completes synchronously when the last one does, with the values in key order (or the
    /// failures of the keys that failed), or cancels with the caller's token and reports to every batch it joined.
    /// </summary>
    private sealed class MultiWaiter : TaskCompletionSource<IReadOnlyList<TValue?>>, IPromiseListener
    {
        private readonly Promise[] _promises;
        private readonly Batch?[]? _joined;
        private CancellationTokenRegistration _registration;
        private int _remaining;

        /// <param name="promises">The promise of each key, in key order.</param>
        /// <param name="joined">The batch each key joined, when the caller can cancel.</param>
        public MultiWaiter(Promise[] promises, Batch?[]? joined)
            : base(TaskCreationOptions.None)
        {
            _promises = promises;
            _joined = joined;
            _remaining = 1;
        }

        /// <summary>Listens to one more promise (a completed one needs no listening). Under the loader's lock.</summary>
        public void Listen(Promise promise)
        {
            if (promise.TryAddListener(this))
            {
                _remaining++;
            }
        }

        /// <summary>Call once every promise was listened to, outside the loader's lock.</summary>
        public void Start(CancellationToken ct)
        {
            if (ct.CanBeCanceled)
            {
                _registration = ct.UnsafeRegister(static (state, token) => ((MultiWaiter)state!).OnCancelled(token), this);
            }

            Release();
            if (Task.IsCompleted)
            {
                _registration.Unregister();
            }
        }

        public void OnPromiseCompleted(Promise promise) => Release();

        private void Release()
        {
            if (Interlocked.Decrement(ref _remaining) == 0)
            {
                Finish();
            }
        }

        private void Finish()
        {
            _registration.Unregister();
            List<Exception>? errors = null;
            var cancelled = false;
            foreach (var promise in _promises)
            {
                var task = promise.Task;
                if (task.IsFaulted)
                {
                    (errors ??= []).AddRange(task.Exception!.InnerExceptions);
                }
                else if (task.IsCanceled)
                {
                    cancelled = true;
                }
            }

            if (errors is not null)
            {
                TrySetException(errors);
                return;
            }

            if (cancelled)
            {
                TrySetCanceled();
                return;
            }

            var values = new TValue?[_promises.Length];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = _promises[i].Task.Result;
            }

            TrySetResult(values);
        }

        private void OnCancelled(CancellationToken token)
        {
            if (!TrySetCanceled(token) || _joined is null)
            {
                return;
            }

            foreach (var batch in _joined)
            {
                batch?.Leave();
            }
        }
    }
}
