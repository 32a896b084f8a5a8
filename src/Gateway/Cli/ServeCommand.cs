using Chatwoot.Simulator;
using Gateway.Hosting;

namespace Gateway.Cli;

/// <summary>Serves the gateway until it is stopped (Ctrl+C or SIGTERM).</summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        await using var host = await GatewayApplication.CreateAsync(args, configure: null, ct);
        await host.StartAsync(ct);
        foreach (var address in host.Addresses)
        {
            var local = address.Host is "[::]" or "0.0.0.0" or "+" or "*" ? new UriBuilder(address) { Host = "localhost" }.Uri : address;
            await Console.Out.WriteLineAsync($"GraphQL endpoint: {new Uri(local, GatewayApplication.GraphQLPath)} (open it in a browser for the Banana Cake Pop IDE when the IDE is enabled)");
        }

        if (host.Simulator is not null)
        {
            await Console.Out.WriteLineAsync(
                $"Demo mode: Chatwoot:BaseUrl is not set, so the gateway talks to the in-process Chatwoot simulator at {host.Simulator.BaseAddress} " +
                $"(account {SimulatorData.DemoAccountId}; the IDE sends the demo token \"{SimulatorData.DemoToken}\").");
        }

        await host.App.WaitForShutdownAsync(ct);
        return 0;
    }
}
