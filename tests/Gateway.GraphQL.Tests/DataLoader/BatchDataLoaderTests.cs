using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

public sealed class BatchDataLoaderTests
{
    private readonly ManualBatchScheduler _scheduler = new();

    [Fact]
    public async Task LoadAsync_ThreeKeysBeforeDispatch_SendsOneBatch()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        var a = loader.LoadAsync("a");
        var b = loader.LoadAsync("b");
        var c = loader.LoadAsync("c");
        await _scheduler.DispatchAsync();

        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "a", "b", "c" } }, o => o.WithStrictOrdering());
        (await a).Should().Be("value:a");
        (await b).Should().Be("value:b");
        (await c).Should().Be("value:c");
    }

    [Fact]
    public async Task LoadAsync_BeforeDispatch_SendsNothingAndSchedulesOneDispatch()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        var a = loader.LoadAsync("a");
        _ = loader.LoadAsync("b");

        loader.Batches.Should().BeEmpty();
        a.IsCompleted.Should().BeFalse();
        _scheduler.PendingCount.Should().Be(1);
        await _scheduler.DispatchAsync();
        (await a).Should().Be("value:a");
    }

    [Fact]
    public async Task LoadAsync_SameKeyTwiceInOneBatch_SendsKeyOnceAndSharesTask()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        var first = loader.LoadAsync("a");
        _ = loader.LoadAsync("b");
        var second = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();

        second.Should().BeSameAs(first);
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "a", "b" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task LoadAsync_KeyPendingInDispatchedBatch_SharesTaskWithoutNewBatch()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loader = new RecordingBatchLoader(_scheduler, fetch: async (keys, ct) =>
        {
            await release.Task;
            return await RecordingBatchLoader.DefaultValues(keys);
        });

        var first = loader.LoadAsync("a");
        var dispatch = _scheduler.DispatchAsync();
        var second = loader.LoadAsync("a");
        release.SetResult();
        await dispatch;

        second.Should().BeSameAs(first);
        _scheduler.PendingCount.Should().Be(0);
        (await second).Should().Be("value:a");
        loader.Batches.Should().HaveCount(1);
    }

    [Fact]
    public async Task LoadAsync_KeyAfterDispatchStarted_GoesIntoNewBatch()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var loader = new RecordingBatchLoader(_scheduler, fetch: async (keys, ct) =>
        {
            await release.Task;
            return await RecordingBatchLoader.DefaultValues(keys);
        });

        _ = loader.LoadAsync("a");
        var dispatch = _scheduler.DispatchAsync();
        var late = loader.LoadAsync("b");
        release.SetResult();
        await dispatch;
        await _scheduler.DispatchAsync();

        (await late).Should().Be("value:b");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "a" }, new[] { "b" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task LoadAsync_ManyKeys_ReturnsValuesInInputOrder()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        var values = loader.LoadAsync(["c", "a", "missing-x", "b", "a"]);
        await _scheduler.DispatchAsync();

        (await values).Should().Equal("value:c", "value:a", null, "value:b", "value:a");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "c", "a", "missing-x", "b" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task LoadAsync_ManyKeysWithSingleLoads_ShareOneBatch()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        var single = loader.LoadAsync("b");
        var many = loader.LoadAsync(["a", "b", "c"]);
        await _scheduler.DispatchAsync();

        (await single).Should().Be("value:b");
        (await many).Should().Equal("value:a", "value:b", "value:c");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "b", "a", "c" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task LoadAsync_EmptyKeyList_ReturnsEmptyWithoutBatch()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        var values = await loader.LoadAsync(Array.Empty<string>());

        values.Should().BeEmpty();
        _scheduler.PendingCount.Should().Be(0);
    }

    [Fact]
    public async Task LoadAsync_KeyMissingFromResult_ResolvesToNull()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        var missing = loader.LoadAsync("missing-1");
        var present = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();

        (await missing).Should().BeNull();
        (await present).Should().Be("value:a");
    }

    [Fact]
    public async Task LoadAsync_MoreKeysThanMaxBatchSize_SplitsIntoSeveralBatches()
    {
        var loader = new RecordingBatchLoader(_scheduler, new DataLoaderOptions { MaxBatchSize = 2 });

        var values = loader.LoadAsync(["a", "b", "c", "d", "e"]);
        _scheduler.PendingCount.Should().Be(3);
        await _scheduler.DispatchAsync();

        (await values).Should().Equal("value:a", "value:b", "value:c", "value:d", "value:e");
        loader.Batches.Should().BeEquivalentTo(
            new[] { new[] { "a", "b" }, new[] { "c", "d" }, new[] { "e" } },
            o => o.WithoutStrictOrdering());
    }

    [Fact]
    public async Task LoadAsync_MaxBatchSizeZero_SendsEverythingInOneBatch()
    {
        var loader = new RecordingBatchLoader(_scheduler, new DataLoaderOptions { MaxBatchSize = 0 });
        var keys = Enumerable.Range(0, 500).Select(i => "k" + i).ToArray();

        var values = loader.LoadAsync(keys);
        await _scheduler.DispatchAsync();

        (await values).Should().HaveCount(500);
        loader.Batches.Should().ContainSingle().Which.Should().Equal(keys);
    }

    [Fact]
    public void Constructor_NegativeMaxBatchSize_Throws()
    {
        var act = () => new RecordingBatchLoader(_scheduler, new DataLoaderOptions { MaxBatchSize = -1 });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task LoadAsync_KeyLoadedInEarlierBatch_ServedFromCache()
    {
        var loader = new RecordingBatchLoader(_scheduler);
        _ = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();

        var again = loader.LoadAsync("a");

        again.IsCompletedSuccessfully.Should().BeTrue();
        (await again).Should().Be("value:a");
        _scheduler.PendingCount.Should().Be(0);
        loader.Batches.Should().HaveCount(1);
    }

    [Fact]
    public async Task Prime_KeyNotCached_ServesPrimedValueWithoutBatch()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        loader.Prime("a", "primed");
        var value = await loader.LoadAsync("a");

        value.Should().Be("primed");
        _scheduler.PendingCount.Should().Be(0);
        loader.Batches.Should().BeEmpty();
    }

    [Fact]
    public async Task Prime_KeyAlreadyPending_KeepsPendingLoad()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        var pending = loader.LoadAsync("a");
        loader.Prime("a", "primed");
        await _scheduler.DispatchAsync();

        (await pending).Should().Be("value:a");
        (await loader.LoadAsync("a")).Should().Be("value:a");
    }

    [Fact]
    public async Task LoadAsync_ManyKeysSomePrimed_SendsOnlyTheOthers()
    {
        var loader = new RecordingBatchLoader(_scheduler);
        loader.Prime("b", "primed");

        var values = loader.LoadAsync(["a", "b", "c"]);
        await _scheduler.DispatchAsync();

        (await values).Should().Equal("value:a", "primed", "value:c");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "a", "c" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Remove_CachedKey_NextLoadFetchesAgain()
    {
        var loader = new RecordingBatchLoader(_scheduler);
        loader.Prime("a", "primed");
        loader.Prime("b", "primed");

        loader.Remove("a");
        var a = loader.LoadAsync("a");
        var b = loader.LoadAsync("b");
        await _scheduler.DispatchAsync();

        (await a).Should().Be("value:a");
        (await b).Should().Be("primed");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "a" } });
    }

    [Fact]
    public async Task Remove_KeyInBatchNotYetSent_KeepsItPendingOnce()
    {
        var loader = new RecordingBatchLoader(_scheduler);

        var first = loader.LoadAsync("a");
        loader.Remove("a");
        var second = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();

        second.Should().BeSameAs(first);
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "a" } });
    }

    [Fact]
    public async Task Clear_CachedKeys_NextLoadsFetchAgain()
    {
        var loader = new RecordingBatchLoader(_scheduler);
        _ = loader.LoadAsync(["a", "b"]);
        await _scheduler.DispatchAsync();

        loader.Clear();
        var again = loader.LoadAsync(["a", "b"]);
        await _scheduler.DispatchAsync();

        (await again).Should().Equal("value:a", "value:b");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "a", "b" }, new[] { "a", "b" } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task LoadAsync_CachingDisabled_DeduplicatesWithinBatchButFetchesAgainLater()
    {
        var loader = new RecordingBatchLoader(_scheduler, new DataLoaderOptions { Caching = false });

        var first = loader.LoadAsync("a");
        var second = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();
        var later = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();

        second.Should().BeSameAs(first);
        (await later).Should().Be("value:a");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "a" }, new[] { "a" } });
    }

    [Fact]
    public async Task Prime_CachingDisabled_DoesNothing()
    {
        var loader = new RecordingBatchLoader(_scheduler, new DataLoaderOptions { Caching = false });

        loader.Prime("a", "primed");
        var value = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();

        (await value).Should().Be("value:a");
    }

    [Fact]
    public async Task LoadAsync_ValueTypeValueMissing_ResolvesToDefault()
    {
        var loader = new LengthLoader(_scheduler);

        var values = loader.LoadAsync(["abc", "", "zz"]);
        await _scheduler.DispatchAsync();

        (await values).Should().Equal(3, 0, 2);
    }

    [Fact]
    public async Task DispatchAsync_CallersOfEveryKind_ResumedBeforeTheDispatchCompletes()
    {
        var loader = new RecordingBatchLoader(_scheduler);
        using var cts = new CancellationTokenSource();
        var resumed = new List<string>();
        var next = new List<Task<string?>>();

        _ = loader.LoadAsync("a").ContinueWith(
            _ => { resumed.Add("plain"); next.Add(loader.LoadAsync("x")); }, TaskContinuationOptions.ExecuteSynchronously);
        _ = loader.LoadAsync("b", cts.Token).ContinueWith(
            _ => { resumed.Add("cancellable"); next.Add(loader.LoadAsync("y", cts.Token)); }, TaskContinuationOptions.ExecuteSynchronously);
        _ = loader.LoadAsync(["a", "c"], cts.Token).ContinueWith(
            _ => { resumed.Add("list"); next.Add(loader.LoadAsync("z")); }, TaskContinuationOptions.ExecuteSynchronously);
        await _scheduler.DispatchAsync();

        // An executor relies on this: everything waiting on a batch has run (and queued its next keys) when it returns.
        resumed.Should().BeEquivalentTo("plain", "cancellable", "list");
        _scheduler.PendingCount.Should().Be(1);
        await _scheduler.DispatchAsync();
        (await Task.WhenAll(next)).Should().BeEquivalentTo("value:x", "value:y", "value:z");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { "a", "b", "c" }, new[] { "x", "y", "z" } }, o => o.WithoutStrictOrdering());
    }

    private sealed class LengthLoader(IBatchScheduler scheduler) : BatchDataLoader<string, int>(scheduler)
    {
        protected override Task<IReadOnlyDictionary<string, int>> LoadBatchAsync(IReadOnlyList<string> keys, CancellationToken ct)
            => Task.FromResult<IReadOnlyDictionary<string, int>>(keys.Where(k => k.Length > 0).ToDictionary(k => k, k => k.Length));
    }
}
