namespace Gateway.Benchmarks.DataLoader;

/// <summary>In-memory rows shared by the benchmark loaders (no I/O: the benchmark measures the loader machinery).</summary>
public static class BenchItemStore
{
    public static readonly IReadOnlyDictionary<int, BenchItem> ById =
        Enumerable.Range(0, 1000).ToDictionary(i => i, i => new BenchItem(i, i % 50, "item " + i));

    public static readonly IReadOnlyDictionary<int, BenchItem[]> ByOwner =
        ById.Values.GroupBy(i => i.OwnerId).ToDictionary(g => g.Key, g => g.Take(4).ToArray());
}
