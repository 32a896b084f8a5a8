namespace Gateway.GraphQL.DataLoader;

public abstract partial class DataLoaderBase<TKey, TValue>
{
    /// <summary>The life of a <see cref="Batch"/>; changes under the loader's lock.</summary>
    private protected enum BatchState
    {
        /// <summary>Collecting keys; its dispatch is scheduled but has not run.</summary>
        Open,

        /// <summary>Closed and being fetched.</summary>
        Dispatched,

        /// <summary>The fetch finished; every key has a result.</summary>
        Completed,

        /// <summary>Every caller waiting on it cancelled before it finished; its unfinished keys were cancelled.</summary>
        Abandoned,
    }
}
