using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Hosting;

/// <summary>Configures the GraphQL server registered by <c>AddGraphQLServer()</c>: schema documents, resolvers, scalars, options.</summary>
public interface IRequestExecutorBuilder
{
    /// <summary>The service collection the server is registered in.</summary>
    IServiceCollection Services { get; }
}
