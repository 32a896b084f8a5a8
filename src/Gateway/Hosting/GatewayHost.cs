using Chatwoot.Simulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Gateway.Hosting;

/// <summary>A built gateway: the web application and, in the demo, the in-process Chatwoot simulator it talks to.</summary>
public sealed class GatewayHost : IAsyncDisposable
{
    internal GatewayHost(WebApplication app, SimulatorServer? simulator)
    {
        App = app;
        Simulator = simulator;
    }

    public WebApplication App { get; }

    /// <summary>The in-process simulator when the gateway runs as the demo (no <c>Chatwoot:BaseUrl</c>), else null.</summary>
    public SimulatorServer? Simulator { get; }

    /// <summary>The addresses the gateway listens on, once started.</summary>
    public IReadOnlyList<Uri> Addresses =>
        App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.Select(a => new Uri(a)).ToList() ?? [];

    public Task StartAsync(CancellationToken ct) => App.StartAsync(ct);

    public Task StopAsync(CancellationToken ct) => App.StopAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (Simulator is not null)
        {
            await Simulator.DisposeAsync();
        }
    }
}
