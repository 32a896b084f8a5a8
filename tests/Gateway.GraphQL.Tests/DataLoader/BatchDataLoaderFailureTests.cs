using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

public sealed class BatchDataLoaderFailureTests
{
    private readonly ManualBatchScheduler _scheduler = new();
    private int _failures = 1;

    [Fact]
    public async Task LoadAsync_BatchThrows_EveryCallerOfItsKeysGetsTheException()
    {
        var loader = FailingOnceWhenBatchHolds("bad");

        var bad = loader.LoadAsync("bad");
        var sameKey = loader.LoadAsync("bad");
        var sibling = loader.LoadAsync(["x", "bad"]);
        await _scheduler.DispatchAsync();

        await bad.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
        await sameKey.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
        await sibling.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
    }

    [Fact]
    public async Task LoadAsync_OneOfSeveralBatchesThrows_OtherBatchesStillResolve()
    {
        var loader = FailingOnceWhenBatchHolds("bad", new DataLoaderOptions { MaxBatchSize = 2 });

        var first = loader.LoadAsync(["a", "b"]);
        var failing = loader.LoadAsync(["c", "bad"]);
        var third = loader.LoadAsync("d");
        await _scheduler.DispatchAsync();

        (await first).Should().Equal("value:a", "value:b");
        (await third).Should().Be("value:d");
        await failing.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>();
        loader.Batches.Should().HaveCount(3);
    }

    [Fact]
    public async Task LoadAsync_AfterFailedBatch_RetriesExactlyTheFailedKeys()
    {
        var loader = FailingOnceWhenBatchHolds("bad", new DataLoaderOptions { MaxBatchSize = 2 });
        var failed = loader.LoadAsync(["a", "b", "c", "bad"]);
        await _scheduler.DispatchAsync();
        await failed.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>();

        var retry = loader.LoadAsync(["a", "b", "c", "bad"]);
        await _scheduler.DispatchAsync();

        (await retry).Should().Equal("value:a", "value:b", "value:c", "value:bad");
        loader.Batches.Should().BeEquivalentTo(
            new[] { new[] { "a", "b" }, new[] { "c", "bad" }, new[] { "c", "bad" } },
            o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task LoadAsync_BatchThrowsSynchronously_FailsItsKeysAndDispatchDoesNotThrow()
    {
        var loader = new RecordingBatchLoader(_scheduler, fetch: (_, _) => throw new FormatException("sync"));

        var value = loader.LoadAsync("a");
        var dispatch = _scheduler.DispatchAsync();
        await dispatch;

        await value.Invoking(t => t).Should().ThrowAsync<FormatException>().WithMessage("sync");
    }

    [Fact]
    public async Task LoadAsync_LoadBatchReturnsNull_FailsWithInvalidOperation()
    {
        var loader = new RecordingBatchLoader(_scheduler, fetch: (_, _) => Task.FromResult<IReadOnlyDictionary<string, string>>(null!));

        var value = loader.LoadAsync("a");
        await _scheduler.DispatchAsync();

        await value.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>().WithMessage("*returned null*");
    }

    [Fact]
    public async Task LoadAsync_GroupedBatchThrows_FailsOnlyThatBatchAndEvicts()
    {
        var loader = new RecordingGroupedLoader(_scheduler, new DataLoaderOptions { MaxBatchSize = 2 });

        var good = loader.LoadAsync([1, 2]);
        var bad = loader.LoadAsync(13);
        await _scheduler.DispatchAsync();
        var badAgain = loader.LoadAsync(13);
        await _scheduler.DispatchAsync();

        (await good).Should().HaveCount(2);
        await bad.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>();
        await badAgain.Invoking(t => t).Should().ThrowAsync<InvalidOperationException>();
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { 1, 2 }, new[] { 13 }, new[] { 13 } }, o => o.WithStrictOrdering());
    }

    private RecordingBatchLoader FailingOnceWhenBatchHolds(string badKey, DataLoaderOptions? options = null)
        => new(_scheduler, options, async (keys, ct) =>
        {
            await Task.Yield();
            if (keys.Contains(badKey) && Interlocked.Decrement(ref _failures) >= 0)
            {
                throw new InvalidOperationException("boom");
            }

            return await RecordingBatchLoader.DefaultValues(keys);
        });
}
