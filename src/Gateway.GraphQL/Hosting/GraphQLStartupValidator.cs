using Gateway.GraphQL.Execution;
using Microsoft.Extensions.Hosting;

namespace Gateway.GraphQL.Hosting;

/// <summary>Builds the <see cref="IRequestExecutor"/> when the host starts, so an invalid schema or binding refuses to start.</summary>
internal sealed class GraphQLStartupValidator : IHostedService
{
    private readonly IServiceProvider _services;

    public GraphQLStartupValidator(IServiceProvider services)
    {
        _services = services;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = _services.GetService(typeof(IRequestExecutor));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
