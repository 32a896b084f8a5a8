using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>A real Kestrel host on 127.0.0.1 (port chosen by the OS) serving <c>MapGraphQL()</c> with a given executor.</summary>
internal sealed class GraphQLTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GraphQLTestHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public Uri GraphQLUri => new(BaseAddress, "/graphql");

    public HttpClient Client { get; }

    public static Task<GraphQLTestHost> StartAsync(
        IRequestExecutor executor,
        Action<GraphQLHttpOptions>? configure = null,
        Action<GraphQLEndpointConventionBuilder>? endpoint = null,
        Action<IServiceCollection>? services = null,
        Action<GraphQLHttpOptions>? mapConfigure = null) =>
        StartAsync(
            s =>
            {
                s.AddSingleton(executor);
                services?.Invoke(s);
            },
            configure,
            endpoint,
            mapConfigure);

    /// <summary>Starts a host whose services (including the executor) are registered by <paramref name="services"/>.</summary>
    public static async Task<GraphQLTestHost> StartAsync(
        Action<IServiceCollection> services,
        Action<GraphQLHttpOptions>? configure = null,
        Action<GraphQLEndpointConventionBuilder>? endpoint = null,
        Action<GraphQLHttpOptions>? mapConfigure = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        if (configure is not null)
        {
            builder.Services.Configure(configure);
        }

        services(builder.Services);
        var app = builder.Build();
        var conventions = mapConfigure is null ? app.MapGraphQL() : app.MapGraphQL("/graphql", mapConfigure);
        endpoint?.Invoke(conventions);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new GraphQLTestHost(app, new Uri(address));
    }

    /// <summary>Sends one request and reads the whole answer.</summary>
    public async Task<HttpAnswer> SendAsync(HttpMethod method, string pathAndQuery = "/graphql", string? body = null, string? contentType = "application/json", string? accept = null, CancellationToken ct = default)
    {
        using var request = new HttpRequestMessage(method, new Uri(BaseAddress, pathAndQuery));
        if (body is not null)
        {
            request.Content = new StringContent(body);
            request.Content.Headers.ContentType = null;
            if (contentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            }
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var response = await Client.SendAsync(request, ct);
        return await HttpAnswer.ReadAsync(response, ct);
    }

    public Task<HttpAnswer> PostAsync(string body, string? accept = null, string? contentType = "application/json") =>
        SendAsync(HttpMethod.Post, "/graphql", body, contentType, accept);

    public Task<HttpAnswer> GetAsync(string pathAndQuery, string? accept = null) =>
        SendAsync(HttpMethod.Get, pathAndQuery, accept: accept);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
