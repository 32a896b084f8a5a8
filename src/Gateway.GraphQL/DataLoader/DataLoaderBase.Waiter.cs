namespace Gateway.GraphQL.DataLoader;

public abstract partial class DataLoaderBase<TKey, TValue>
{
    /// <summary>
    /// One caller's cancellable wait on a pending key: completes synchronously when the key does, or cancels with the
    /// caller's token (then reports to the batch, which gives up when nobody waits any more).
    /// </summary>
    private sealed class Waiter : TaskCompletionSource<TValue?>, IPromiseListener
    {
        private readonly Batch? _batch;
        private CancellationTokenRegistration _registration;

        public Waiter(Batch? batch)
            : base(TaskCreationOptions.None)
        {
            _batch = batch;
        }

        /// <summary>Call after the waiter listens to its promise, outside the loader's lock (the callback may run at once).</summary>
        public void Register(CancellationToken ct)
        {
            _registration = ct.UnsafeRegister(static (state, token) => ((Waiter)state!).OnCancelled(token), this);
            if (Task.IsCompleted)
            {
                _registration.Unregister();
            }
        }

        public void OnPromiseCompleted(Promise promise)
        {
            _registration.Unregister();
            var source = promise.Task;
            if (source.IsCompletedSuccessfully)
            {
                TrySetResult(source.Result);
            }
            else if (source.IsFaulted)
            {
                TrySetException(source.Exception!.InnerExceptions);
            }
            else
            {
                TrySetCanceled();
            }
        }

        private void OnCancelled(CancellationToken token)
        {
            if (TrySetCanceled(token))
            {
                _batch?.Leave();
            }
        }
    }
}
