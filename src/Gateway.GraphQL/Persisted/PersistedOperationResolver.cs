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
public sealed class PersistedOperationResolver
{
    private readonly IOperationDocumentStore _store;
    private readonly PersistedOperationsOptions _options;
    private readonly IReadOnlyDictionary<string, string>? _trusted;

    public PersistedOperationResolver(IOperationDocumentStore store, IOptions<PersistedOperationsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
        _trusted = _options.TrustedDocumentsDirectory is { Length: > 0 } directory ? TrustedDocuments.Load(directory) : null;
    }

    /// <summary>The trusted documents by id (null when the mode is off).</summary>
    public IReadOnlyDictionary<string, string>? Trusted => _trusted;

    /// <summary>True when a request carries <c>extensions.persistedQuery</c> (its <c>query</c> may then be absent).</summary>
    public static bool HasPersistedQuery(IReadOnlyDictionary<string, JsonElement>? extensions) =>
        extensions is not null && extensions.TryGetValue("persistedQuery", out var value) && value.ValueKind == JsonValueKind.Object;

    public async Task<PersistedQueryResolution> ResolveAsync(string? query, IReadOnlyDictionary<string, JsonElement>? extensions, CancellationToken ct)
    {
        if (!HasPersistedQuery(extensions))
        {
            return _trusted is null || query is null || _trusted.ContainsKey(DocumentHashes.Sha256Hex(query))
                ? PersistedQueryResolution.Run(query)
                : PersistedQueryResolution.Fail("Only trusted documents may be executed on this server; the operation is not one of them.", ErrorCodes.OperationNotTrusted);
        }

        var persisted = extensions!["persistedQuery"];
        if (_trusted is null && !_options.EnableAutomaticPersistedQueries)
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
        if (_trusted is not null)
        {
            if (!_trusted.TryGetValue(hash, out var trustedText) || (query is not null && !string.Equals(DocumentHashes.Sha256Hex(query), hash, StringComparison.Ordinal)))
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
}
