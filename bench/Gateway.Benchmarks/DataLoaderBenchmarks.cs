using BenchmarkDotNet.Attributes;
using Gateway.Benchmarks.DataLoader;
using Gateway.GraphQL.DataLoader;

namespace Gateway.Benchmarks;

/// <summary>
/// One request's worth of DataLoader work: three fresh loaders (batch, grouped, cache-only), 25 keys each, one
/// dispatch, every value awaited. Measures the loader machinery with in-memory sources.
/// Run: <c>dotnet run -c Release --project bench/Gateway.Benchmarks -- --filter '*DataLoaderBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class DataLoaderBenchmarks
{
    private const int Keys = 25;
    private readonly int[] _ids = Enumerable.Range(0, Keys).Select(i => i * 7).ToArray();
    private readonly Task[] _pending = new Task[Keys * 3];
    // Never cancelled; lives for the process. Its token can be cancelled, which is what the benchmark needs.
    private static readonly CancellationTokenSource Request = new();

    /// <summary>75 single-key loads (like 25 resolvers × 3 fields) without a cancellable token.</summary>
    [Benchmark(Baseline = true)]
    public Task SingleKeyLoads() => SingleKeyLoadsAsync(CancellationToken.None);

    /// <summary>The same with a cancellable request token, as a resolver passes <c>RequestAborted</c>.</summary>
    [Benchmark]
    public Task SingleKeyLoadsWithRequestToken() => SingleKeyLoadsAsync(Request.Token);

    /// <summary>One 25-key list load per loader.</summary>
    [Benchmark]
    public async Task ListLoads()
    {
        var scheduler = new ManualBatchScheduler();
        var byId = new ItemByIdLoader(scheduler);
        var byOwner = new ItemsByOwnerLoader(scheduler);
        var names = new ItemNameLoader(scheduler);

        var a = byId.LoadAsync(_ids, CancellationToken.None);
        var b = byOwner.LoadAsync(_ids, CancellationToken.None);
        var c = names.LoadAsync(_ids, CancellationToken.None);
        await scheduler.DispatchAsync(CancellationToken.None);
        await Task.WhenAll(a, b, c);
    }

    /// <summary>The same 75 single-key loads through <see cref="BatchDispatcher"/>.</summary>
    [Benchmark]
    public async Task SingleKeyLoadsThroughBatchDispatcher()
    {
        var dispatcher = new BatchDispatcher();
        var byId = new ItemByIdLoader(dispatcher);
        var byOwner = new ItemsByOwnerLoader(dispatcher);
        var names = new ItemNameLoader(dispatcher);
        for (var i = 0; i < Keys; i++)
        {
            _pending[i * 3] = byId.LoadAsync(_ids[i], CancellationToken.None);
            _pending[(i * 3) + 1] = byOwner.LoadAsync(i, CancellationToken.None);
            _pending[(i * 3) + 2] = names.LoadAsync(_ids[i], CancellationToken.None);
        }

        await dispatcher.DispatchAllAsync(CancellationToken.None);
        await Task.WhenAll(_pending);
    }

    private async Task SingleKeyLoadsAsync(CancellationToken ct)
    {
        var scheduler = new ManualBatchScheduler();
        var byId = new ItemByIdLoader(scheduler);
        var byOwner = new ItemsByOwnerLoader(scheduler);
        var names = new ItemNameLoader(scheduler);
        for (var i = 0; i < Keys; i++)
        {
            _pending[i * 3] = byId.LoadAsync(_ids[i], ct);
            _pending[(i * 3) + 1] = byOwner.LoadAsync(i, ct);
            _pending[(i * 3) + 2] = names.LoadAsync(_ids[i], ct);
        }

        await scheduler.DispatchAsync(ct);
        await Task.WhenAll(_pending);
    }
}
