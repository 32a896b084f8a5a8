using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>Builds an executor for a schema and runs requests against it.</summary>
internal static class TestExecutor
{
    public static IRequestExecutor Create(string sdl, Action<IRequestExecutorBuilder>? configure = null, Action<IServiceCollection>? services = null)
    {
        var collection = new ServiceCollection();
        var builder = collection.AddGraphQLServer().AddDocumentFromString(sdl);
        configure?.Invoke(builder);
        services?.Invoke(collection);
        return collection.BuildServiceProvider().GetRequiredService<IRequestExecutor>();
    }

    public static Task<ExecutionResult> RunAsync(this IRequestExecutor executor, string query, object? variables = null, string? operationName = null, CancellationToken ct = default)
    {
        IReadOnlyDictionary<string, JsonElement>? vars = null;
        if (variables is not null)
        {
            var element = variables as JsonElement? ?? JsonSerializer.SerializeToElement(variables);
            vars = element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        }

        return executor.ExecuteAsync(new GraphQLRequest { Query = query, Variables = vars, OperationName = operationName }, ct);
    }

    public static async Task<string> RunJsonAsync(this IRequestExecutor executor, string query, object? variables = null, string? operationName = null)
    {
        var result = await executor.RunAsync(query, variables, operationName);
        return ResultJson.Write(result);
    }
}
