using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace Gateway.Benchmarks;

/// <summary>
/// An <see cref="IServer"/> with no sockets: it keeps the host's request pipeline (the same
/// <see cref="IHttpApplication{TContext}"/> Kestrel would call) so a benchmark can push one request through every
/// middleware and the GraphQL endpoint, response writing included, without loopback or HTTP parsing noise.
/// </summary>
internal sealed class GatewayRequestServer : IServer
{
    private Func<IFeatureCollection, Task>? _process;

    public IFeatureCollection Features { get; } = new FeatureCollection();

    /// <summary>Runs one request described by <paramref name="features"/> through the host, as Kestrel does.</summary>
    public Task ProcessAsync(IFeatureCollection features) =>
        (_process ?? throw new InvalidOperationException("The host has not started.")).Invoke(features);

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken)
        where TContext : notnull
    {
        _process = features => ProcessAsync(application, features);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }

    private static async Task ProcessAsync<TContext>(IHttpApplication<TContext> application, IFeatureCollection features)
        where TContext : notnull
    {
        var context = application.CreateContext(features);
        try
        {
            await application.ProcessRequestAsync(context);
            application.DisposeContext(context, null);
        }
        catch (Exception ex)
        {
            application.DisposeContext(context, ex);
            throw;
        }
    }
}
