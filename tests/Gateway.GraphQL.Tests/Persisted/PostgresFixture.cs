using System.Diagnostics;
using Npgsql;

namespace Gateway.GraphQL.Tests.Persisted;

/// <summary>
/// The local PostgreSQL 15 cluster on 127.0.0.1:5432: started with <c>pg_ctlcluster</c> when it is down, with an
/// idempotently created role and database. Each fixture instance hands out table names unique to the run. When the
/// server cannot be reached the tests fail (they are never skipped).
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private const string Role = "gateway_test";
    private const string Password = "gateway_test";
    private readonly string _runId = Guid.NewGuid().ToString("N")[..12];
    private int _tables;

    public string ConnectionString { get; } =
        $"Host=127.0.0.1;Port=5432;Username={Role};Password={Password};Database={Role};Timeout=5;Pooling=true";

    public string NewTableName() => $"pq_{_runId}_{Interlocked.Increment(ref _tables)}";

    public async Task InitializeAsync()
    {
        if (File.Exists("/usr/bin/pg_ctlcluster"))
        {
            // Exit code 2 means "already running"; any real failure shows up when connecting below.
            await RunAsync("pg_ctlcluster", ["15", "main", "start"]);
            await RunAsync("runuser", ["-u", "postgres", "--", "psql", "-v", "ON_ERROR_STOP=1", "-c",
                $"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{Role}') THEN CREATE ROLE {Role} LOGIN PASSWORD '{Password}'; END IF; END $$;"]);
            await RunAsync("runuser", ["-u", "postgres", "--", "psql", "-v", "ON_ERROR_STOP=1", "-tAc",
                $"SELECT 'exists' FROM pg_database WHERE datname = '{Role}'"], async output =>
                {
                    if (!output.Contains("exists", StringComparison.Ordinal))
                    {
                        await RunAsync("runuser", ["-u", "postgres", "--", "createdb", "-O", Role, Role]);
                    }
                });
        }

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(ConnectionString);
                await connection.OpenAsync();
                return;
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(250);
            }
        }
    }

    public async Task DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        for (var i = 1; i <= _tables; i++)
        {
            await using var drop = new NpgsqlCommand($"DROP TABLE IF EXISTS pq_{_runId}_{i}", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task RunAsync(string file, string[] arguments, Func<string, Task>? onOutput = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (onOutput is not null)
        {
            await onOutput(output);
        }
    }
}
