using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

public sealed class BatchDataLoaderConcurrencyTests
{
    private readonly ManualBatchScheduler _scheduler = new();

    [Fact]
    public async Task LoadAsync_ManyParallelCallers_OneBatchOfDistinctKeysAfterDispatch()
    {
        var loader = new RecordingBatchLoader(_scheduler, new DataLoaderOptions { MaxBatchSize = 0 });

        var loads = await Task.WhenAll(Enumerable.Range(0, 400)
            .Select(i => OnPool(() => loader.LoadAsync("k" + (i % 50)))));
        _scheduler.PendingCount.Should().Be(1);
        await _scheduler.DispatchAsync();

        var values = await Task.WhenAll(loads);
        values.Select((v, i) => v == "value:k" + (i % 50)).Should().AllSatisfy(ok => ok.Should().BeTrue());
        loader.Batches.Should().ContainSingle().Which.Should().BeEquivalentTo(Enumerable.Range(0, 50).Select(i => "k" + i));
    }

    [Fact]
    public async Task LoadAsync_ManyParallelCallersWithMaxBatchSize_FullBatchesWithoutDuplicates()
    {
        var loader = new RecordingBatchLoader(_scheduler, new DataLoaderOptions { MaxBatchSize = 100 });

        var loads = await Task.WhenAll(Enumerable.Range(0, 2000)
            .Select(i => OnPool(() => i % 2 == 0
                ? loader.LoadAsync("k" + (i % 1000)).ContinueWith(t => (IReadOnlyList<string?>)[t.Result], TaskScheduler.Default)
                : loader.LoadAsync(["k" + (i % 1000), "k" + ((i + 1) % 1000)]))));
        await _scheduler.DispatchAsync();
        await Task.WhenAll(loads);

        loader.Batches.Should().HaveCount(10).And.AllSatisfy(b => b.Should().HaveCount(100));
        loader.Batches.SelectMany(b => b).Should().OnlyHaveUniqueItems().And.HaveCount(1000);
    }

    [Fact]
    public async Task LoadAsync_ParallelCallersWithCancellableTokens_OneBatchAndEveryValue()
    {
        var loader = new RecordingBatchLoader(_scheduler, new DataLoaderOptions { MaxBatchSize = 0 });
        using var cts = new CancellationTokenSource();

        var loads = await Task.WhenAll(Enumerable.Range(0, 300)
            .Select(i => OnPool(() => loader.LoadAsync("k" + (i % 30), cts.Token))));
        await _scheduler.DispatchAsync();

        (await Task.WhenAll(loads)).Should().HaveCount(300).And.NotContainNulls();
        loader.Batches.Should().ContainSingle().Which.Should().HaveCount(30);
        loader.Tokens.Should().ContainSingle().Which.IsCancellationRequested.Should().BeFalse();
    }

    // Task.Run would unwrap the returned task and wait for the load; the caller must get the pending task itself.
    private static Task<T> OnPool<T>(Func<T> start)
        => Task.Factory.StartNew(start, CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
}
