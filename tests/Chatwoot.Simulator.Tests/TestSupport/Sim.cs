using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chatwoot.Simulator.Tests.TestSupport;

/// <summary>A started simulator plus an HttpClient pointed at it.</summary>
internal sealed class Sim : IAsyncDisposable
{
    private Sim(SimulatorServer server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public SimulatorServer Server { get; }

    public HttpClient Http { get; }

    public SimulatorState State => Server.State;

    public static async Task<Sim> StartAsync(SimulatorData? data = null, Action<SimulatorOptions>? configure = null)
    {
        var options = new SimulatorOptions { Data = data, TimeProvider = new FixedTimeProvider(TestData.Now) };
        configure?.Invoke(options);
        return new Sim(await SimulatorServer.StartAsync(options, CancellationToken.None));
    }

    public static Task<Sim> StartAsync(params SimConversation[] conversations) => StartAsync(TestData.Create(conversations));

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path, string? token = TestData.AdminToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Add("api_access_token", token);
        }

        return await SendAsync(request);
    }

    /// <summary>POSTs a filter payload built from conditions to account 1.</summary>
    public Task<(HttpStatusCode Status, JsonElement Body)> FilterAsync(params JsonObject[] conditions) =>
        FilterRawAsync(new JsonObject { ["payload"] = new JsonArray([.. conditions]) }.ToJsonString());

    public async Task<(HttpStatusCode Status, JsonElement Body)> FilterRawAsync(string json, string query = "", string? token = TestData.AdminToken, int account = 1)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/accounts/{account}/conversations/filter{query}")
        {
            Content = new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (token is not null)
        {
            request.Headers.Add("api_access_token", token);
        }

        return await SendAsync(request);
    }

    /// <summary>A filter condition; pass <paramref name="queryOperator"/> null for the last one.</summary>
    public static JsonObject Cond(string key, string op, JsonNode? values, string? queryOperator = null) => new()
    {
        ["attribute_key"] = key,
        ["filter_operator"] = op,
        ["values"] = values,
        ["query_operator"] = queryOperator,
    };

    public static JsonArray Values(params JsonNode?[] values) => new(values);

    /// <summary>Display ids of a list or filter payload, in order.</summary>
    public static int[] Ids(JsonElement body)
    {
        var payload = body.TryGetProperty("data", out var data) ? data.GetProperty("payload") : body.GetProperty("payload");
        return [.. payload.EnumerateArray().Select(c => c.GetProperty("id").GetInt32())];
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }

    private async Task<(HttpStatusCode, JsonElement)> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var isJson = response.Content.Headers.ContentType?.MediaType == "application/json";
        var body = text.Length == 0 || !isJson ? default : JsonDocument.Parse(text).RootElement.Clone();
        return (response.StatusCode, body);
    }
}
