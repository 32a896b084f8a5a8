namespace Gateway.DataLoaders;

/// <summary>A lookup list in <see cref="LookupListCache"/>: the (possibly still running) fetch and when it expires.</summary>
internal sealed record CachedList(Task Fetch, DateTimeOffset ExpiresAt);
