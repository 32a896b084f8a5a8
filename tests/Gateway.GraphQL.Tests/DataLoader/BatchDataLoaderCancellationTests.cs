using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

public sealed class BatchDataLoaderCancellationTests
{
    private readonly ManualBatchScheduler _scheduler = new();
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _fetchStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task LoadAsync_TokenAlreadyCancelled_ReturnsCancelledTaskWithoutBatch()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        var value = loader.LoadAsync("a", new CancellationToken(canceled: true));

        value.IsCanceled.Should().BeTrue();
        _scheduler.PendingCount.Should().Be(0);
    }

    [Fact]
    public async Task LoadAsync_OneCallerCancels_ItsWaitEndsAndOtherCallerStillGetsValue()
    {
        var loader = GatedLoader();
        using var leaving = new CancellationTokenSource();
        using var staying = new CancellationTokenSource();

        var cancelled = loader.LoadAsync("a", leaving.Token);
        var kept = loader.LoadAsync("a", staying.Token);
        var dispatch = _scheduler.DispatchAsync();
        await _fetchStarted.Task;
        await leaving.CancelAsync();

        await cancelled.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        _release.SetResult();
        await dispatch;
        (await kept).Should().Be("value:a");
        loader.Tokens.Should().ContainSingle().Which.IsCancellationRequested.Should().BeFalse();
    }

    [Fact]
    public async Task LoadAsync_EveryCallerCancelsBeforeDispatch_BatchIsNotSentAndKeyLoadsLater()
    {
        var loader = new RecordingBatchLoader(_scheduler);
        using var cts = new CancellationTokenSource();

        var a = loader.LoadAsync("a", cts.Token);
        var many = loader.LoadAsync(["a", "b"], cts.Token);
        await cts.CancelAsync();
        await a.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        await many.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        await _scheduler.DispatchAsync();
        loader.Batches.Should().BeEmpty();

        var later = loader.LoadAsync("a", CancellationToken.None);
        await _scheduler.DispatchAsync();

        (await later).Should().Be("value:a");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "a" } });
    }

    [Fact]
    public async Task LoadAsync_EveryCallerCancelsDuringFetch_FetchTokenCancelledAndKeyRetriedLater()
    {
        var loader = GatedLoader();
        using var first = new CancellationTokenSource();
        using var second = new CancellationTokenSource();

        var a = loader.LoadAsync("a", first.Token);
        var b = loader.LoadAsync(["a", "b"], second.Token);
        var dispatch = _scheduler.DispatchAsync();
        await _fetchStarted.Task;
        await first.CancelAsync();
        await a.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        loader.Tokens[0].IsCancellationRequested.Should().BeFalse("one caller still waits");
        await second.CancelAsync();
        await b.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();

        loader.Tokens[0].IsCancellationRequested.Should().BeTrue();
        await dispatch;

        _release.SetResult();
        var retry = loader.LoadAsync(["a", "b"]);
        await _scheduler.DispatchAsync();
        (await retry).Should().Equal("value:a", "value:b");
        loader.Batches.Should().HaveCount(2);
    }

    [Fact]
    public async Task LoadAsync_CallerThatCannotCancelWaits_BatchTokenNeverCancelled()
    {
        var loader = GatedLoader();
        using var cts = new CancellationTokenSource();

        var cancelled = loader.LoadAsync("a", cts.Token);
        var kept = loader.LoadAsync("a", CancellationToken.None);
        var dispatch = _scheduler.DispatchAsync();
        await _fetchStarted.Task;
        await cts.CancelAsync();
        await cancelled.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();

        loader.Tokens[0].IsCancellationRequested.Should().BeFalse();
        _release.SetResult();
        await dispatch;
        (await kept).Should().Be("value:a");
    }

    [Fact]
    public async Task LoadAsync_CallerJoinsAfterOthersCancelled_GetsFreshLoad()
    {
        var loader = new RecordingBatchLoader(_scheduler);
        using var cts = new CancellationTokenSource();

        var gone = loader.LoadAsync("a", cts.Token);
        await cts.CancelAsync();
        var fresh = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();

        fresh.Should().NotBeSameAs(gone);
        (await fresh).Should().Be("value:a");
    }

    [Fact]
    public async Task LoadAsync_CacheLoaderCallerCancels_KeyIsEvictedAndRetried()
    {
        var loader = new RecordingCacheLoader(_scheduler);
        using var cts = new CancellationTokenSource();

        var gone = loader.LoadAsync("a", cts.Token);
        var dispatch = _scheduler.DispatchAsync();
        await cts.CancelAsync();
        await gone.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
        await dispatch;

        loader.Gate.SetResult();
        var again = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();
        (await again).Should().Be("single:a");
        loader.Fetched.Should().Equal("a", "a");
    }

    private RecordingBatchLoader GatedLoader()
        => new(_scheduler, fetch: async (keys, ct) =>
        {
            _fetchStarted.TrySetResult();
            await _release.Task.WaitAsync(ct);
            return await RecordingBatchLoader.DefaultValues(keys);
        });
}
