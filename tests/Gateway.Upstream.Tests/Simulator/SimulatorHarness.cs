using Chatwoot.Simulator;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests.Simulator;

/// <summary>A started Chatwoot simulator on loopback and the client (with a fake clock) pointed at it.</summary>
public sealed class SimulatorHarness : IAsyncDisposable
{
    private SimulatorHarness(SimulatorServer server, ClientHarness client)
    {
        Server = server;
        Client = client;
    }

    public SimulatorServer Server { get; }

    public ClientHarness Client { get; }

    public IChatwootClient Chatwoot => Client.Client;

    public SimAccount DemoAccount => Server.State.Data.Accounts.Single(a => a.Id == SimulatorData.DemoAccountId);

    public static ChatwootCallContext Admin => new(SimulatorData.DemoAccountId, SimulatorData.DemoToken);

    public static ChatwootCallContext Agent => new(SimulatorData.DemoAccountId, SimulatorData.DemoAgentToken);

    public static async Task<SimulatorHarness> StartAsync(Action<ChatwootClientOptions>? configure = null, Action<SimulatorOptions>? simulator = null)
    {
        var options = new SimulatorOptions();
        simulator?.Invoke(options);
        var server = await SimulatorServer.StartAsync(options, CancellationToken.None);
        return new SimulatorHarness(server, ClientHarness.OverHttp(server.BaseAddress, configure));
    }

    /// <summary>The requests the simulator received for the API (admin calls excluded).</summary>
    public IReadOnlyList<Chatwoot.Simulator.RecordedRequest> Received => Server.State.RequestLog.Snapshot();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
