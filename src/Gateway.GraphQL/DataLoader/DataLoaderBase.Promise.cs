namespace Gateway.GraphQL.DataLoader;

public abstract partial class DataLoaderBase<TKey, TValue>
{
    /// <summary>The shared result of one key: cached, or pending in a batch.</summary>
    private protected sealed class Promise : TaskCompletionSource<TValue?>
    {
        public Promise(TKey key, Batch? batch)
            : base(TaskCreationOptions.RunContinuationsAsynchronously)
        {
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
    }
}
