namespace Gateway.Benchmarks.DataLoader;

/// <summary>A row a benchmark loader returns.</summary>
public sealed record BenchItem(int Id, int OwnerId, string Name);
