using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Npgsql;

namespace Gateway.GraphQL.Persisted;

/// <summary>
/// A document store in a PostgreSQL table (<c>hash text primary key, document text, created_at</c>), created on
/// first use, so every gateway replica sees the documents any of them registered. Documents never change under
/// their hash, so each replica also keeps a bounded local copy of the ones it has read.
/// </summary>
public sealed partial class PostgresOperationDocumentStore : IOperationDocumentStore, IAsyncDisposable
{
    private const int LocalCapacity = 10_000;
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _table;
    private readonly ConcurrentDictionary<string, string> _local = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _initLock = new(1, 1);
    private volatile bool _initialized;

    public PostgresOperationDocumentStore(string connectionString, string tableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        if (string.IsNullOrWhiteSpace(tableName) || !TableNamePattern().IsMatch(tableName))
        {
            throw new ArgumentException($"The table name \"{tableName}\" is not a plain (optionally schema-qualified) SQL identifier.", nameof(tableName));
        }

        _table = tableName;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public async Task<string?> TryGetAsync(string hash, CancellationToken ct)
    {
        if (_local.TryGetValue(hash, out var cached))
        {
            return cached;
        }

        await EnsureTableAsync(ct);
        await using var command = _dataSource.CreateCommand(SelectSql());
        command.Parameters.AddWithValue(hash);
        var document = await command.ExecuteScalarAsync(ct) as string;
        if (document is not null)
        {
            Remember(hash, document);
        }

        return document;
    }

    public async Task SaveAsync(string hash, string document, CancellationToken ct)
    {
        await EnsureTableAsync(ct);
        await using var command = _dataSource.CreateCommand(InsertSql());
        command.Parameters.AddWithValue(hash);
        command.Parameters.AddWithValue(document);
        await command.ExecuteNonQueryAsync(ct);
        Remember(hash, document);
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        _initLock.Dispose();
    }

    private void Remember(string hash, string document)
    {
        if (_local.Count < LocalCapacity)
        {
            _local.TryAdd(hash, document);
        }
    }

    private async Task EnsureTableAsync(CancellationToken ct)
    {
        if (_initialized)
        {
            return;
        }

        await _initLock.WaitAsync(ct);
        try
        {
            if (!_initialized)
            {
                await using var command = _dataSource.CreateCommand(CreateSql());
                await command.ExecuteNonQueryAsync(ct);
                _initialized = true;
            }
        }
        finally
        {
            _initLock.Release();
        }
    }

    // The table name is checked against TableNamePattern in the constructor; values always go through parameters.
#pragma warning disable CA2100
    private string CreateSql() =>
        $"CREATE TABLE IF NOT EXISTS {_table} (hash text PRIMARY KEY, document text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())";

    private string SelectSql() => $"SELECT document FROM {_table} WHERE hash = $1";

    private string InsertSql() => $"INSERT INTO {_table} (hash, document) VALUES ($1, $2) ON CONFLICT (hash) DO NOTHING";
#pragma warning restore CA2100

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,62}(\\.[A-Za-z_][A-Za-z0-9_]{0,62})?$")]
    private static partial Regex TableNamePattern();
}
