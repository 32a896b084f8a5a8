using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

// Lives in the framework's namespace so that `app.MapGraphQL()` needs no extra using, as with MapGet and
// HotChocolate's MapGraphQL.
#pragma warning disable IDE0130 // Namespace does not match folder structure
namespace Microsoft.AspNetCore.Builder;
#pragma warning restore IDE0130

/// <summary>Maps the GraphQL-over-HTTP endpoint.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps GraphQL over HTTP at <paramref name="path"/>: POST with a JSON body, GET with query-string parameters
    /// (queries only), <c>GET {path}?sdl</c> for the schema. Needs <c>services.AddGraphQLServer()</c>; settings come
    /// from <c>services.Configure&lt;GraphQLHttpOptions&gt;</c>.
    /// </summary>
    public static GraphQLEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path = "/graphql") =>
        MapGraphQL(endpoints, path, configure: null);

    /// <summary>
    /// Maps GraphQL over HTTP at <paramref name="path"/>, with <paramref name="configure"/> applied to a copy of the
    /// configured <see cref="GraphQLHttpOptions"/> for this endpoint only.
    /// </summary>
    public static GraphQLEndpointConventionBuilder MapGraphQL(this IEndpointRouteBuilder endpoints, string path, Action<GraphQLHttpOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(path);

        var services = endpoints.ServiceProvider;
        if (services.GetService<IServiceProviderIsService>() is { } isService && !isService.IsService(typeof(IRequestExecutor)))
        {
            throw new InvalidOperationException(
                $"MapGraphQL needs an {nameof(IRequestExecutor)}: register the GraphQL server with services.AddGraphQLServer() first.");
        }

        var options = (services.GetService<IOptions<GraphQLHttpOptions>>()?.Value ?? new GraphQLHttpOptions()).Clone();
        configure?.Invoke(options);
        if (options.MaxRequestBodySize <= 0)
        {
            throw new InvalidOperationException($"{nameof(GraphQLHttpOptions.MaxRequestBodySize)} must be positive.");
        }

        var logger = services.GetService<ILoggerFactory>()?.CreateLogger(typeof(GraphQLHttpEndpoint)) ?? NullLogger.Instance;
        var endpoint = new GraphQLHttpEndpoint(options, services, logger);
        var inner = endpoints
            .MapMethods(path, [HttpMethods.Get, HttpMethods.Post], endpoint.HandleAsync)
            .WithDisplayName($"GraphQL {path}");
        return new GraphQLEndpointConventionBuilder(inner, endpoint);
    }
}
