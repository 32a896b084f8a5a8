using BenchmarkDotNet.Attributes;
using Gateway.Upstream;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Benchmarks;

/// <summary>
/// The whole read path of one conversation page through the client as the gateway registers it (typed HttpClient,
/// resilience handler, pipeline, deserialisation), with the network replaced by a primary handler that answers with
/// the page as a stream with a Content-Length, as a socket response would.
/// </summary>
[MemoryDiagnoser]
public class UpstreamReadPathBenchmarks
{
    private static readonly ChatwootCallContext Caller = new(1, "demo-admin-token");
    private static readonly ListConversationsRequest ListRequest = new() { Page = 1 };

    private ServiceProvider? _services;
    private IChatwootClient _client = null!;
    private byte[] _listPage = [];

    [GlobalSetup]
    public void Setup()
    {
        _listPage = UpstreamPageJson.ListPage(25);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddChatwootClient(options => options.BaseUrl = new Uri("http://chatwoot.bench/"))
            .ConfigurePrimaryHttpMessageHandler(() => new UpstreamCannedPageHandler(_listPage));
        _services = services.BuildServiceProvider();
        _client = _services.GetRequiredService<IChatwootClient>();
        for (var i = 0; i < 200; i++)
        {
            ListConversationsPage().GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _services?.Dispose();

    [Benchmark]
    public async Task<int> ListConversationsPage()
    {
        var result = await _client.ListConversationsAsync(Caller, ListRequest, CancellationToken.None);
        return result.Value.Conversations.Count;
    }
}
