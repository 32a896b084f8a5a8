namespace Gateway.GraphQL.DataLoader;

/// <summary>Options of one DataLoader instance.</summary>
public sealed class DataLoaderOptions
{
    /// <summary>
    /// The most keys sent in one <c>LoadBatchAsync</c> call (default 100). A larger batch is split into several
    /// dispatches, each scheduled on its own. <c>0</c> means unlimited.
    /// </summary>
    public int MaxBatchSize { get; set; } = 100;

    /// <summary>
    /// Whether loaded values are kept for the life of the loader (one request). When <see langword="false"/>, keys are
    /// still de-duplicated inside the batch that is being collected, but nothing is remembered after it is sent and
    /// <c>Prime</c> does nothing.
    /// </summary>
    public bool Caching { get; set; } = true;
}
