using System.Net;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Chatwoot.Simulator;
using Gateway.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace Gateway.Benchmarks;

/// <summary>
/// One whole gateway request in process: the real host (<see cref="GatewayApplication"/>: middleware, rate limiter,
/// CORS, the GraphQL-over-HTTP endpoint, the Chatwoot schema, resolvers, DataLoaders and the real Chatwoot client
/// with its resilience handler) behind a socket-less <see cref="IServer"/>; only the client's primary HTTP handler is
/// replaced, by canned bytes the simulator wrote. The request is <c>bench/load/query.graphql</c> (a page of 25
/// conversations with sender, assignee, inbox and team: two upstream calls) POSTed as JSON; the response is written
/// to a reused stream. <c>Typename</c> POSTs <c>{ __typename }</c> (the HTTP layer and executor without upstream calls); <c>Healthz</c> is the same harness on <c>GET /healthz</c>: the floor of host plus harness.
/// Run: <c>dotnet run -c Release --project bench/Gateway.Benchmarks -- --filter '*GatewayRequestBenchmarks*' --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
#pragma warning disable CA1001 // BenchmarkDotNet owns the lifetime: [GlobalCleanup] disposes the fields.
public class GatewayRequestBenchmarks
#pragma warning restore CA1001
{
    private const string Query = "query Page {\n  conversations(page: 1) {\n    nodes {\n      id\n      status\n      sender { name email }\n      assignee { name }\n      inbox { name }\n      team { name }\n    }\n  }\n}\n";

    private readonly MemoryStream _response = new(64 * 1024);
    private GatewayHost _host = null!;
    private GatewayRequestServer _server = null!;
    private byte[] _body = null!;
    private byte[] _typenameBody = null!;

    /// <summary>The response body of the last request (UTF-8 JSON).</summary>
    public string LastResponse => Encoding.UTF8.GetString(_response.GetBuffer(), 0, (int)_response.Length);

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _server.Dispose();
        _response.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> ConversationPage()
    {
        GatewayRequestUpstreamHandler.CompleteAsynchronously = false;
        return SendAsync(HttpMethods.Post, "/graphql", _body);
    }

    /// <summary>The same request with upstream answers completing on the thread pool, as socket reads do.</summary>
    [Benchmark]
    public async Task<int> ConversationPageAsyncUpstream()
    {
        GatewayRequestUpstreamHandler.CompleteAsynchronously = true;
        try
        {
            return await SendAsync(HttpMethods.Post, "/graphql", _body);
        }
        finally
        {
            GatewayRequestUpstreamHandler.CompleteAsynchronously = false;
        }
    }

    /// <summary><c>{ __typename }</c> over the same path: the GraphQL HTTP layer and executor without upstream calls.</summary>
    [Benchmark]
    public Task<int> Typename() => SendAsync(HttpMethods.Post, "/graphql", _typenameBody);

    [Benchmark]
    public Task<int> Healthz() => SendAsync(HttpMethods.Get, "/healthz", null);

    /// <summary>The two upstream calls of one page through the real client alone (no GraphQL), for the allocation split.</summary>
    public async Task UpstreamOnlyAsync()
    {
        await using var scope = _host.App.Services.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<Gateway.Upstream.IChatwootClient>();
        var call = new Gateway.Upstream.ChatwootCallContext(SimulatorData.DemoAccountId, SimulatorData.DemoToken);
        var page = await client.ListConversationsAsync(call, new Gateway.Upstream.ListConversationsRequest { Page = 1 }, CancellationToken.None);
        var inboxes = await client.ListInboxesAsync(call, CancellationToken.None);
        if (!page.TryGetValue(out _, out _) || !inboxes.TryGetValue(out _, out _))
        {
            throw new InvalidOperationException("The canned upstream answers did not deserialize.");
        }
    }

    /// <summary>Builds the gateway around canned upstream bytes and checks one answer before anything is measured.</summary>
    public async Task SetupAsync()
    {
        var (page, inboxes) = await RecordUpstreamAsync();
        _body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["query"] = Query, ["operationName"] = "Page" });
        _typenameBody = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?> { ["query"] = "{ __typename }" });
        _server = new GatewayRequestServer();
        _host = await GatewayApplication.CreateAsync(
            ["--environment", "Production"],
            builder =>
            {
                builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Chatwoot:BaseUrl"] = "http://chatwoot.invalid/",
                    ["Gateway:DefaultAccountId"] = "1",
                    ["Gateway:Protection:RateLimitPermits"] = "0",
                    ["Logging:LogLevel:Default"] = "Warning",
                });
                builder.Services.AddSingleton<IServer>(_server);
                builder.Services.ConfigureHttpClientDefaults(http =>
                    http.ConfigurePrimaryHttpMessageHandler(() => new GatewayRequestUpstreamHandler(page, inboxes)));
            },
            CancellationToken.None);
        await _host.StartAsync(CancellationToken.None);

        GatewayRequestUpstreamHandler.ResetCalls();
        var status = await ConversationPage();
        Check(status, GatewayRequestUpstreamHandler.Calls);
    }

    private void Check(int status, int upstreamCalls)
    {
        using var document = JsonDocument.Parse(LastResponse);
        var root = document.RootElement;
        var nodes = root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data.GetProperty("conversations").GetProperty("nodes")
            : default;
        if (status != StatusCodes.Status200OK || root.TryGetProperty("errors", out _) || nodes.ValueKind != JsonValueKind.Array
            || nodes.GetArrayLength() != 25 || upstreamCalls != 2
            || nodes.EnumerateArray().Any(n => n.GetProperty("inbox").ValueKind != JsonValueKind.Object))
        {
            throw new InvalidOperationException($"Unexpected gateway answer (status {status}, {upstreamCalls} upstream calls): {LastResponse[..Math.Min(2000, LastResponse.Length)]}");
        }
    }

    private async Task<int> SendAsync(string method, string path, byte[]? body)
    {
        _response.SetLength(0);
        var headers = new HeaderDictionary
        {
            [HeaderNames.Host] = "localhost",
            [HeaderNames.Accept] = "application/graphql-response+json, application/json",
            ["api_access_token"] = SimulatorData.DemoToken,
        };
        if (body is not null)
        {
            headers[HeaderNames.ContentType] = "application/json";
            headers.ContentLength = body.Length;
        }

        var features = new FeatureCollection();
        var request = new HttpRequestFeature
        {
            Protocol = "HTTP/1.1",
            Scheme = "http",
            Method = method,
            PathBase = string.Empty,
            Path = path,
            QueryString = string.Empty,
            RawTarget = path,
            Headers = headers,
            Body = body is null ? Stream.Null : new MemoryStream(body, writable: false),
        };
        var response = new HttpResponseFeature();
        features.Set<IHttpRequestFeature>(request);
        features.Set<IHttpResponseFeature>(response);
        features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(_response));
        features.Set<IHttpConnectionFeature>(new HttpConnectionFeature { RemoteIpAddress = IPAddress.Loopback, LocalIpAddress = IPAddress.Loopback });
        await _server.ProcessAsync(features);
        return response.StatusCode;
    }

    /// <summary>The simulator's own answers for the two calls the query makes: the first list page and the inboxes.</summary>
    private static async Task<(byte[] Page, byte[] Inboxes)> RecordUpstreamAsync()
    {
        await using var simulator = await SimulatorServer.StartAsync(new SimulatorOptions(), CancellationToken.None);
        using var client = new HttpClient { BaseAddress = simulator.BaseAddress };
        client.DefaultRequestHeaders.Add("api_access_token", SimulatorData.DemoToken);
        var account = SimulatorData.DemoAccountId;
        var page = await client.GetByteArrayAsync(new Uri($"api/v1/accounts/{account}/conversations?page=1", UriKind.Relative));
        var inboxes = await client.GetByteArrayAsync(new Uri($"api/v1/accounts/{account}/inboxes", UriKind.Relative));
        return (page, inboxes);
    }
}
