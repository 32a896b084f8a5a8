using Gateway.GraphQL.DataLoader;
using Gateway.GraphQL.Execution;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Gateway.GraphQL.Hosting;

/// <summary>Registers the GraphQL server (schema-first, like HotChocolate's <c>AddGraphQLServer()</c>).</summary>
public static class GraphQLServiceCollectionExtensions
{
    /// <summary>
    /// Registers a singleton <see cref="IRequestExecutor"/>, the request-scoped DataLoader scheduler and a hosted
    /// service that builds the executor at start-up, so a schema or binding problem stops the host.
    /// </summary>
    public static IRequestExecutorBuilder AddGraphQLServer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<GraphQLServerOptions>();
        services.AddOptions<SchemaSetup>();
        services.AddLogging();
        services.TryAddScoped<ExecutionBatchScheduler>();
        services.RemoveAll<IBatchScheduler>();
        services.AddScoped<IBatchScheduler>(sp => sp.GetRequiredService<ExecutionBatchScheduler>());
        services.TryAddSingleton<IRequestExecutor>(sp => ExecutableSchemaFactory.CreateExecutor(
            sp.GetRequiredService<IOptions<SchemaSetup>>().Value,
            sp.GetRequiredService<IOptions<GraphQLServerOptions>>().Value,
            sp.GetRequiredService<IServiceScopeFactory>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger("Gateway.GraphQL.Execution")));
        services.AddHostedService<GraphQLStartupValidator>();
        return new RequestExecutorBuilder(services);
    }
}
