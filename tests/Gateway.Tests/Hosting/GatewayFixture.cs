using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Chatwoot.Simulator;
using Gateway.Hosting;
using Microsoft.Extensions.Configuration;

namespace Gateway.Tests.Hosting;

/// <summary>
/// The real gateway and the real Chatwoot simulator, each on a loopback port, shared by the tests of a class.
/// Tests reset the simulator (data, request log, faults) before they act, and read its request log to see exactly
/// which upstream calls a query made.
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    private GatewayHost? _gateway;

    public SimulatorServer Simulator { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri GraphQLEndpoint { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Simulator = await SimulatorServer.StartAsync(new SimulatorOptions(), CancellationToken.None);
        _gateway = await GatewayApplication.CreateAsync(
            ["--urls", "http://127.0.0.1:0", "--environment", "Production"],
            builder => builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Chatwoot:BaseUrl"] = Simulator.BaseAddress.AbsoluteUri,
                ["Chatwoot:Retry:BaseDelay"] = "00:00:00.010",
                ["Chatwoot:Retry:MaxRetryAttempts"] = "1",
                ["Chatwoot:Retry:UseJitter"] = "false",
                ["Chatwoot:CircuitBreaker:Enabled"] = "false",
                ["Chatwoot:Timeouts:Attempt"] = "00:00:04",
                ["Chatwoot:Timeouts:Total"] = "00:00:09",
                ["Gateway:DefaultAccountId"] = "1",
                ["Gateway:Ide:Enabled"] = "true",
                ["Logging:LogLevel:Default"] = "Warning",
            }),
            CancellationToken.None);
        await _gateway.StartAsync(CancellationToken.None);
        var address = _gateway.Addresses[0];
        GraphQLEndpoint = new Uri(address, "/graphql");
        // Redirects are asserted, not followed.
        Client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        await Simulator.DisposeAsync();
    }

    /// <summary>Restores the generated data, clears the request log and every fault.</summary>
    public void ResetSimulator()
    {
        Simulator.State.Reset();
        Simulator.State.RequestLog.Clear();
        Simulator.State.Faults.Clear();
    }

    /// <summary>POSTs a GraphQL request with the demo administrator's token (or <paramref name="token"/>) and parses the response.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null, string? token = SimulatorData.DemoToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GraphQLEndpoint)
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        if (token is not null)
        {
            request.Headers.Add("api_access_token", token);
        }

        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The upstream calls recorded since the last reset, as "METHOD path?query".</summary>
    public IReadOnlyList<string> UpstreamCalls() => Simulator.State.RequestLog.Snapshot()
        .Where(r => r.Path.StartsWith("/api/", StringComparison.Ordinal))
        .Select(r => r.Query.Length == 0 ? $"{r.Method} {r.Path}" : $"{r.Method} {r.Path}?{Uri.UnescapeDataString(r.Query)}")
        .ToList();

    /// <summary>The body of the last filter call.</summary>
    public string? LastFilterBody() => Simulator.State.RequestLog.Snapshot().LastOrDefault(r => r.Path.EndsWith("/filter", StringComparison.Ordinal))?.Body;

    public static string Compact(JsonElement element) => Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(element));
}
