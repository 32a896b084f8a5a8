using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Gateway.GraphQL.Http;

/// <summary>
/// What <c>MapGraphQL</c> returns: the usual endpoint conventions (authorization, CORS, metadata) plus
/// <see cref="WithBrowserHandler"/>, through which the host serves an IDE on the GraphQL path.
/// </summary>
public sealed class GraphQLEndpointConventionBuilder : IEndpointConventionBuilder
{
    private readonly IEndpointConventionBuilder _inner;
    private readonly GraphQLHttpEndpoint _endpoint;

    internal GraphQLEndpointConventionBuilder(IEndpointConventionBuilder inner, GraphQLHttpEndpoint endpoint)
    {
        _inner = inner;
        _endpoint = endpoint;
    }

    public void Add(Action<EndpointBuilder> convention) => _inner.Add(convention);

    public void Finally(Action<EndpointBuilder> finallyConvention) => _inner.Finally(finallyConvention);

    /// <summary>
    /// Hands browser navigations to <paramref name="handler"/>: a GET whose <c>Accept</c> names <c>text/html</c> and
    /// that has no <c>query</c> (nor <c>sdl</c>) parameter. GraphQL GET requests are never affected.
    /// </summary>
    public GraphQLEndpointConventionBuilder WithBrowserHandler(RequestDelegate handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        _endpoint.BrowserHandler = handler;
        return this;
    }
}
