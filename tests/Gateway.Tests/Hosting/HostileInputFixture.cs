namespace Gateway.Tests.Hosting;

/// <summary>One gateway for the hostile-input corpus, with short slow-client timeouts.</summary>
public sealed class HostileInputFixture : IAsyncLifetime
{
    public ProtectedGateway Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Gateway = await ProtectedGateway.StartAsync(new Dictionary<string, string?>
        {
            ["Gateway:Protection:RequestHeadersTimeout"] = "00:00:02",
            ["Gateway:Protection:MinRequestBodyGracePeriod"] = "00:00:02",
        });
    }

    public async Task DisposeAsync() => await Gateway.DisposeAsync();
}
