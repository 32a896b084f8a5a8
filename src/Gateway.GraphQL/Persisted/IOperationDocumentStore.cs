namespace Gateway.GraphQL.Persisted;

/// <summary>
/// The registry of persisted operation documents, keyed by the lowercase hex SHA-256 of their text. In memory by
/// default; PostgreSQL when <c>GraphQL:PersistedOperations:ConnectionString</c> is set, so replicas share it.
/// </summary>
public interface IOperationDocumentStore
{
    /// <summary>The document text stored under <paramref name="hash"/>, or null.</summary>
    Task<string?> TryGetAsync(string hash, CancellationToken ct);

    /// <summary>Stores <paramref name="document"/> under <paramref name="hash"/> (a no-op when already stored).</summary>
    Task SaveAsync(string hash, string document, CancellationToken ct);
}
