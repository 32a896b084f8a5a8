using Gateway.GraphQL.Language;
using Gateway.GraphQL.Persisted;
using Gateway.GraphQL.Types;
using Microsoft.Extensions.Configuration;

namespace Gateway.Cli;

/// <summary>
/// <c>documents publish [--connection-string CS] [--table NAME] &lt;file.graphql | directory&gt;...</c>: validates the
/// operation documents against the gateway's schema and, only when all are valid, stores them in the PostgreSQL table
/// of trusted documents (<c>GraphQL:PersistedOperations:TrustedDocumentsTableName</c>), keyed by the SHA-256 of each
/// file's text, as a gateway in that mode looks them up. Prints one <c>hash path</c> line per document. Exit 0 when
/// published, 1 when a document is invalid (nothing is published), 2 for bad usage or an unreachable database.
/// </summary>
internal static class DocumentsPublishCommand
{
    public const string Usage = """
        usage: Gateway documents publish [--connection-string <cs>] [--table <name>] <file.graphql | directory>...
          Validates the documents against the gateway's schema, then stores them as trusted documents.
          Defaults: GraphQL:PersistedOperations:ConnectionString and :TrustedDocumentsTableName from appsettings.json
          or the environment (GraphQL__PersistedOperations__ConnectionString, ...__TrustedDocumentsTableName).
        """;

    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build()
            .GetSection(PersistedOperationsOptions.SectionName);
        var connectionString = settings["ConnectionString"];
        var table = settings["TrustedDocumentsTableName"];
        var inputs = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--connection-string" when i + 1 < args.Count:
                    connectionString = args[++i];
                    break;
                case "--table" when i + 1 < args.Count:
                    table = args[++i];
                    break;
                case var option when option.StartsWith('-'):
                    return await FailAsync(error, $"Unknown or incomplete option '{option}'.");
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }

        if (string.IsNullOrWhiteSpace(connectionString) || string.IsNullOrWhiteSpace(table))
        {
            return await FailAsync(error, "A connection string and a table name are needed (options or configuration).");
        }

        if (inputs.Count == 0)
        {
            return await FailAsync(error, "No document to publish.");
        }

        var missing = inputs.FirstOrDefault(p => !File.Exists(p) && !Directory.Exists(p));
        if (missing is not null)
        {
            return await FailAsync(error, $"'{missing}' is neither a file nor a directory.");
        }

        var files = inputs
            .SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*.graphql", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p])
            .ToList();
        var schema = Schema.FromDocument(Parser.Parse(File.ReadAllBytes(Resolvers.GatewaySchema.FilePath), ParserOptions.Trusted));
        var documents = new List<(string Path, string Text)>(files.Count);
        var invalid = false;
        foreach (var file in files)
        {
            var text = await File.ReadAllTextAsync(file, ct);
            var errors = ValidateCommand.ValidateDocument(schema, System.Text.Encoding.UTF8.GetBytes(text));
            if (errors.Count > 0)
            {
                invalid = true;
                await error.WriteLineAsync($"{file} is not valid against the gateway's schema:");
                await error.WriteLineAsync(ValidateCommand.ToJson(errors));
            }

            documents.Add((file, text));
        }

        if (invalid)
        {
            await error.WriteLineAsync("Nothing was published.");
            return ValidateCommand.Invalid;
        }

        try
        {
            await using var store = new PostgresOperationDocumentStore(connectionString, table);
            foreach (var (path, text) in documents)
            {
                var hash = DocumentHashes.Sha256Hex(text);
                await store.SaveAsync(hash, text, ct);
                await output.WriteLineAsync($"{hash}  {path}");
            }
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or ArgumentException or System.Net.Sockets.SocketException)
        {
            await error.WriteLineAsync($"error: could not publish to the table \"{table}\": {ex.Message}");
            return ValidateCommand.BadUsage;
        }

        await error.WriteLineAsync($"Published {documents.Count} trusted document(s) to \"{table}\".");
        return ValidateCommand.Valid;
    }

    private static async Task<int> FailAsync(TextWriter error, string message)
    {
        await error.WriteLineAsync("error: " + message);
        await error.WriteLineAsync(Usage);
        return ValidateCommand.BadUsage;
    }
}
