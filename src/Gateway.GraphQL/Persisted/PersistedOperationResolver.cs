using System.Text.Json;
using Gateway.GraphQL.Errors;
using Microsoft.Extensions.Options;

namespace Gateway.GraphQL.Persisted;

/// <summary>
/// Turns the GraphQL-over-HTTP parameters into the document to run: automatic persisted queries (Apollo's
/// <c>extensions.persistedQuery {version: 1, sha256Hash}</c>: a miss answers <c>PersistedQueryNotFound</c>, the
/// retry with the text registers it, a text that does not hash to the given value is refused) and, when configured,
/// trusted documents only.
/// </summary>
public sealed class PersistedOperationResolver : IAsyncDisposable
{
    private readonly IOperationDocumentStore _store;
    private readonly PersistedOperationsOptions _options;
    private readonly IReadOnlyDictionary<string, string>? _trusted;
    private readonly IOperationDocumentStore? _trustedStore;

    public PersistedOperationResolver(IOperationDocumentStore store, IOptions<PersistedOperationsOptions> options)
        : this(store, options, TrustedStoreFor(options?.Value))
    {
    }

    /// <summary>With an explicit store of trusted documents (trusted-documents mode), for tests and custom hosts.</summary>
    internal PersistedOperationResolver(IOperationDocumentStore store, IOptions<PersistedOperationsOptions> options, IOperationDocumentStore? trustedStore)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
        _trusted = _options.TrustedDocumentsDirectory is { Length: > 0 } directory ? TrustedDocuments.Load(directory) : null;
        _trustedStore = trustedStore;
    }

    /// <summary>True in trusted-documents mode (a directory or a table): no other document may run.</summary>
    public bool TrustedOnly => _trusted is not null || _trustedStore is not null;

    /// <summary>The PostgreSQL table of trusted documents, when configured; refuses contradictory settings.</summary>
    internal static IOperationDocumentStore? TrustedStoreFor(PersistedOperationsOptions? options)
    {
        if (options?.TrustedDocumentsTableName is not { Length: > 0 } table)
        {
            return null;
        }

        if (options.TrustedDocumentsDirectory is { Length: > 0 })
        {
            throw new InvalidOperationException(
                $"{PersistedOperationsOptions.SectionName}: set TrustedDocumentsDirectory or TrustedDocumentsTableName, not both.");
        }

        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            throw new InvalidOperationException(
                $"{PersistedOperationsOptions.SectionName}:TrustedDocumentsTableName needs {PersistedOperationsOptions.SectionName}:ConnectionString.");
        }

        return new PostgresOperationDocumentStore(options.ConnectionString, table);
    }

    /// <summary>True when a request carries <c>extensions.persistedQuery</c> (its <c>query</c> may then be absent).</summary>
    public static bool HasPersistedQuery(IReadOnlyDictionary<string, JsonElement>? extensions) =>
        extensions is not null && extensions.TryGetValue("persistedQuery", out var value) && value.ValueKind == JsonValueKind.Object;

    public async Task<PersistedQueryResolution> ResolveAsync(string? query, IReadOnlyDictionary<string, JsonElement>? extensions, CancellationToken ct)
    {
        if (!HasPersistedQuery(extensions))
        {
            return !TrustedOnly || query is null || await IsTrustedAsync(DocumentHashes.Sha256Hex(query), ct) is not null
                ? PersistedQueryResolution.Run(query)
                : PersistedQueryResolution.Fail("Only trusted documents may be executed on this server; the operation is not one of them.", ErrorCodes.OperationNotTrusted);
        }

        var persisted = extensions!["persistedQuery"];
        if (!TrustedOnly && !_options.EnableAutomaticPersistedQueries)
        {
            return PersistedQueryResolution.Fail("PersistedQueryNotSupported", ErrorCodes.PersistedQueryNotSupported);
        }

        if (!persisted.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != 1)
        {
            return PersistedQueryResolution.Fail("Unsupported persisted query version: only version 1 is supported.", ErrorCodes.BadRequest);
        }

        var hash = persisted.TryGetProperty("sha256Hash", out var hashElement) && hashElement.ValueKind == JsonValueKind.String ? hashElement.GetString() : null;
        if (!DocumentHashes.IsSha256Hex(hash))
        {
            return PersistedQueryResolution.Fail("The persisted query's sha256Hash must be 64 hexadecimal characters.", ErrorCodes.PersistedQueryHashMismatch);
        }

        hash = hash!.ToLowerInvariant();
        if (TrustedOnly)
        {
            var trustedText = await IsTrustedAsync(hash, ct);
            if (trustedText is null || (query is not null && !string.Equals(DocumentHashes.Sha256Hex(query), hash, StringComparison.Ordinal)))
            {
                return PersistedQueryResolution.Fail($"Only trusted documents may be executed on this server; \"{hash}\" is not one of them.", ErrorCodes.OperationNotTrusted);
            }

            return PersistedQueryResolution.Run(trustedText);
        }

        if (string.IsNullOrEmpty(query))
        {
            var stored = await _store.TryGetAsync(hash, ct);
            return stored is null
                ? PersistedQueryResolution.Fail("PersistedQueryNotFound", ErrorCodes.PersistedQueryNotFound)
                : PersistedQueryResolution.Run(stored);
        }

        if (!string.Equals(DocumentHashes.Sha256Hex(query), hash, StringComparison.Ordinal))
        {
            return PersistedQueryResolution.Fail("The persisted query's sha256Hash does not match the SHA-256 of its query text.", ErrorCodes.PersistedQueryHashMismatch);
        }

        if (query.Length <= _options.MaxDocumentLength)
        {
            await _store.SaveAsync(hash, query, ct);
        }

        return PersistedQueryResolution.Run(query);
    }

    /// <summary>The trusted document with this id, from the directory or the table, or null.</summary>
    private async ValueTask<string?> IsTrustedAsync(string hash, CancellationToken ct) =>
        _trusted is not null ? _trusted.GetValueOrDefault(hash)
        : _trustedStore is not null ? await _trustedStore.TryGetAsync(hash, ct)
        : null;

    /// <summary>Closes the trusted-documents table's connection pool, when there is one.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_trustedStore is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }
}
