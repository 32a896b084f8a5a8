using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Hosting;

internal sealed class RequestExecutorBuilder : IRequestExecutorBuilder
{
    public RequestExecutorBuilder(IServiceCollection services)
    {
        Services = services;
    }

    public IServiceCollection Services { get; }
}
