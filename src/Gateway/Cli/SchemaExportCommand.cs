using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Types;
using Gateway.Resolvers;

namespace Gateway.Cli;

/// <summary><c>schema export [--output FILE]</c>: the SDL of the schema the server serves (HotChocolate's command name).</summary>
internal static class SchemaExportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        string? file = null;
        if (args.Length == 2 && args[0] == "--output")
        {
            file = args[1];
        }
        else if (args.Length != 0)
        {
            await error.WriteLineAsync("usage: Gateway schema export [--output <file>]");
            return 2;
        }

        var sdl = PrintServedSchema();
        if (file is null)
        {
            await output.WriteAsync(sdl);
        }
        else
        {
            await File.WriteAllTextAsync(file, sdl, ct);
            await error.WriteLineAsync($"Wrote {file}.");
        }

        return 0;
    }

    /// <summary>Builds the gateway's executable schema (with every resolver bound) and prints it.</summary>
    public static string PrintServedSchema()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddGraphQLServer().AddChatwootSchema();
        using var provider = services.BuildServiceProvider();
        return SchemaPrinter.Print(provider.GetRequiredService<IRequestExecutor>().Schema);
    }
}
