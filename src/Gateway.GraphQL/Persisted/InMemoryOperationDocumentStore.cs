using System.Collections.Concurrent;

namespace Gateway.GraphQL.Persisted;

/// <summary>The default, process-local document store, bounded by <see cref="PersistedOperationsOptions.MaxInMemoryDocuments"/>.</summary>
public sealed class InMemoryOperationDocumentStore : IOperationDocumentStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly int _capacity;

    public InMemoryOperationDocumentStore(int capacity = 10_000)
    {
        _capacity = capacity;
    }

    public int Count => _documents.Count;

    public Task<string?> TryGetAsync(string hash, CancellationToken ct) =>
        Task.FromResult(_documents.TryGetValue(hash, out var document) ? document : null);

    public Task SaveAsync(string hash, string document, CancellationToken ct)
    {
        if (_documents.Count < _capacity)
        {
            _documents.TryAdd(hash, document);
        }

        return Task.CompletedTask;
    }
}
