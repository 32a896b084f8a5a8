using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

public sealed class CacheDataLoaderTests
{
    private readonly ManualBatchScheduler _scheduler = new();

    [Fact]
    public async Task LoadAsync_DistinctKeys_EachFetchedOnceConcurrently()
    {
        var loader = new RecordingCacheLoader(_scheduler);

        var values = loader.LoadAsync(["a", "b", "a", "c"]);
        var dispatch = _scheduler.DispatchAsync();
        loader.MaxInFlight.Should().Be(3, "all distinct keys of the batch are fetched at once");
        loader.Gate.SetResult();
        await dispatch;

        (await values).Should().Equal("single:a", "single:b", "single:a", "single:c");
        loader.Fetched.Should().Equal("a", "b", "c");
    }

    [Fact]
    public async Task LoadAsync_KeyLoadedBefore_ServedFromCache()
    {
        var loader = new RecordingCacheLoader(_scheduler);
        loader.Gate.SetResult();
        _ = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();

        var again = loader.LoadAsync("a");

        again.IsCompletedSuccessfully.Should().BeTrue();
        loader.Fetched.Should().Equal("a");
    }

    [Fact]
    public async Task LoadAsync_OneKeyFails_OnlyThatKeyFailsAndIsRetriedLater()
    {
        var loader = new RecordingCacheLoader(_scheduler);
        loader.Gate.SetResult();
        loader.Failing["bad"] = true;

        var good = loader.LoadAsync("good");
        var bad = loader.LoadAsync("bad");
        await _scheduler.DispatchAsync();
        (await good).Should().Be("single:good");
        await bad.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>().WithMessage("cannot load bad");

        loader.Failing.Clear();
        var retried = loader.LoadAsync("bad");
        var cached = loader.LoadAsync("good");
        await _scheduler.DispatchAsync();

        (await retried).Should().Be("single:bad");
        cached.IsCompletedSuccessfully.Should().BeTrue();
        loader.Fetched.Should().Equal("good", "bad", "bad");
    }

    [Fact]
    public async Task LoadAsync_MaxBatchSizeOne_SchedulesOneDispatchPerKey()
    {
        var loader = new RecordingCacheLoader(_scheduler, new DataLoaderOptions { MaxBatchSize = 1 });
        loader.Gate.SetResult();

        var values = loader.LoadAsync(["a", "b", "c"]);

        _scheduler.PendingCount.Should().Be(3);
        await _scheduler.DispatchAsync();
        (await values).Should().Equal("single:a", "single:b", "single:c");
    }
}
