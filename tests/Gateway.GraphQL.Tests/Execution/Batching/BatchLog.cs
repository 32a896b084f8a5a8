using System.Collections.Concurrent;

namespace Gateway.GraphQL.Tests.Execution.Batching;

/// <summary>Records every batch each loader sends, by loader name.</summary>
internal sealed class BatchLog
{
    private readonly ConcurrentQueue<(string Loader, string[] Keys)> _batches = new();

    public void Record(string loader, IEnumerable<string> keys) => _batches.Enqueue((loader, keys.ToArray()));

    public IReadOnlyList<string> Of(string loader) =>
        _batches.Where(b => b.Loader == loader).Select(b => string.Join(",", b.Keys)).ToList();

    /// <summary>The batches of a loader with the keys of each batch sorted (for batches whose key order follows completion order).</summary>
    public IReadOnlyList<string> SortedOf(string loader) =>
        _batches.Where(b => b.Loader == loader).Select(b => string.Join(",", b.Keys.Order(StringComparer.Ordinal))).ToList();
}
