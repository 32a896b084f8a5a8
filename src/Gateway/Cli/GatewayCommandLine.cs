namespace Gateway.Cli;

/// <summary>
/// The gateway's command line: no command serves the gateway; <c>validate</c> checks operation documents against a
/// schema; <c>schema export</c> writes the schema the server serves; <c>documents publish</c> stores trusted documents; <c>healthcheck</c> probes a running gateway.
/// </summary>
internal static class GatewayCommandLine
{
    public const string Usage = """
        usage:
          Gateway [ASP.NET Core options such as --urls http://127.0.0.1:5000]
              Serve the gateway (the demo, against the in-process Chatwoot simulator, when Chatwoot:BaseUrl is unset).
          Gateway validate [--schema <schema.graphql>] <document.graphql>...
              Validate operation documents; prints a JSON array of errors per document.
              Exit 0 when all are valid, 1 when any is invalid, 2 for a bad schema or usage. Default schema: the gateway's.
          Gateway schema export [--output <file>]
              Write the gateway's schema as SDL (to standard output without --output).
          Gateway documents publish [--connection-string <cs>] [--table <name>] <file.graphql | directory>...
              Validate operation documents and store them as trusted documents in PostgreSQL
              (GraphQL:PersistedOperations:TrustedDocumentsTableName). Exit 0 published, 1 invalid (nothing published), 2 usage.
          Gateway healthcheck [--url <url>]
              Exit 0 when GET <url> (default http://127.0.0.1:8080/healthz) answers 200.
        """;

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0].StartsWith('-') && args[0] is not ("-h" or "--help"))
        {
            return await ServeCommand.RunAsync(args, ct);
        }

        switch (args[0])
        {
            case "validate":
                return ValidateCommand.Run(args[1..], Console.Out, Console.Error);
            case "schema" when args.Length > 1 && args[1] == "export":
                return await SchemaExportCommand.RunAsync(args[2..], Console.Out, Console.Error, ct);
            case "documents" when args.Length > 1 && args[1] == "publish":
                return await DocumentsPublishCommand.RunAsync(args[2..], Console.Out, Console.Error, ct);
            case "healthcheck":
                return await HealthCheckCommand.RunAsync(args[1..], Console.Error, ct);
            case "-h" or "--help" or "help":
                await Console.Out.WriteLineAsync(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"Unknown command \"{args[0]}\".");
                await Console.Error.WriteLineAsync(Usage);
                return 2;
        }
    }
}
