using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Chatwoot.Simulator;
using Gateway.Hosting;
using Microsoft.Extensions.Configuration;

namespace Gateway.Tests.Hosting;

/// <summary>
/// The real gateway in Production on a loopback port, in front of its own Chatwoot simulator, with extra
/// configuration for the protection tests. A 30 s client timeout is only a hang guard.
/// </summary>
public sealed class ProtectedGateway : IAsyncDisposable
{
    public const string GraphQLResponse = "application/graphql-response+json";

    private readonly GatewayHost _gateway;
    private readonly SimulatorServer _simulator;

    private ProtectedGateway(GatewayHost gateway, SimulatorServer simulator, Uri address)
    {
        _gateway = gateway;
        _simulator = simulator;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public GatewayHost Host => _gateway;

    public static async Task<ProtectedGateway> StartAsync(IDictionary<string, string?>? settings = null, bool withUpstream = true, string environment = "Production")
    {
        var simulator = await SimulatorServer.StartAsync(new SimulatorOptions(), CancellationToken.None);
        var configuration = new Dictionary<string, string?>
        {
            ["Chatwoot:BaseUrl"] = simulator.BaseAddress.AbsoluteUri,
            ["Chatwoot:CircuitBreaker:Enabled"] = "false",
            ["Gateway:DefaultAccountId"] = "1",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (!withUpstream)
        {
            configuration.Remove("Chatwoot:BaseUrl");
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var gateway = await GatewayApplication.CreateAsync(
            ["--urls", "http://127.0.0.1:0", "--environment", environment],
            builder => builder.Configuration.AddInMemoryCollection(configuration),
            CancellationToken.None);
        await gateway.StartAsync(CancellationToken.None);
        return new ProtectedGateway(gateway, simulator, gateway.Addresses[0]);
    }

    /// <summary>POSTs raw bytes to /graphql asking for application/graphql-response+json.</summary>
    public async Task<(int Status, string Body, HttpResponseMessage Response)> PostAsync(byte[] body, string? token = SimulatorData.DemoToken, string accept = GraphQLResponse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (token is not null)
        {
            request.Headers.Add("api_access_token", token);
        }

        var response = await Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text, response);
    }

    public Task<(int Status, string Body, HttpResponseMessage Response)> PostJsonAsync(object body) =>
        PostAsync(JsonSerializer.SerializeToUtf8Bytes(body));

    public Task<(int Status, string Body, HttpResponseMessage Response)> PostTextAsync(string json) =>
        PostAsync(Encoding.UTF8.GetBytes(json));

    public static string? FirstErrorCode(string body)
    {
        using var document = JsonDocument.Parse(body);
        return document.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            && errors[0].TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code)
            ? code.GetString()
            : null;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _gateway.DisposeAsync();
        await _simulator.DisposeAsync();
    }
}
