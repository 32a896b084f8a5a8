namespace Gateway.GraphQL.DataLoader;

public abstract partial class DataLoaderBase<TKey, TValue>
{
    /// <summary>A caller's wait, told synchronously (outside the loader's lock) when a promise it listens to completes.</summary>
    private protected interface IPromiseListener
    {
        void OnPromiseCompleted(Promise promise);
    }
}
