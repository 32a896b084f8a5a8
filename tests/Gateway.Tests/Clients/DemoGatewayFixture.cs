using Gateway.Hosting;
using Microsoft.Extensions.Configuration;

namespace Gateway.Tests.Clients;

/// <summary>
/// The gateway as <c>dotnet run --project src/Gateway</c> starts it: demo mode (its own in-process simulator, the
/// IDE on, the demo token pre-filled in the IDE), on a loopback port.
/// </summary>
public sealed class DemoGatewayFixture : IAsyncLifetime
{
    private GatewayHost? _gateway;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _gateway = await GatewayApplication.CreateAsync(
            ["--urls", "http://127.0.0.1:0", "--environment", "Production"],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Chatwoot:BaseUrl"] = string.Empty,
                ["Logging:LogLevel:Default"] = "Warning",
            }),
            CancellationToken.None);
        await _gateway.StartAsync(CancellationToken.None);
        BaseAddress = _gateway.Addresses[0];
    }

    public async Task DisposeAsync()
    {
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }
    }
}
