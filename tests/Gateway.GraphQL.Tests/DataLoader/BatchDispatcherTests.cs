using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

public sealed class BatchDispatcherTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public void HasPending_AfterLoad_IsTrueAndScheduledRaisedOnce()
    {
        var dispatcher = new BatchDispatcher();
        var raised = 0;
        dispatcher.Scheduled += (_, _) => raised++;
        var loader = new RecordingBatchLoader(dispatcher);

        dispatcher.HasPending.Should().BeFalse();
        _ = loader.LoadAsync("a");
        _ = loader.LoadAsync("b");

        dispatcher.HasPending.Should().BeTrue();
        raised.Should().Be(1);
    }

    [Fact]
    public async Task DispatchAllAsync_SeveralLoaders_SendsEachBatchAndClearsPending()
    {
        var dispatcher = new BatchDispatcher();
        var a = new RecordingBatchLoader(dispatcher);
        var b = new RecordingGroupedLoader(dispatcher);

        var first = a.LoadAsync(["x", "y"]);
        var second = b.LoadAsync(2);
        await dispatcher.DispatchAllAsync().AsTask().WaitAsync(Guard);

        dispatcher.HasPending.Should().BeFalse();
        (await first.WaitAsync(Guard)).Should().Equal("value:x", "value:y");
        (await second.WaitAsync(Guard)).Should().Equal("2/0", "2/1");
        a.Batches.Should().BeEquivalentTo(new[] { new[] { "x", "y" } });
        b.Batches.Should().BeEquivalentTo(new[] { new[] { 2 } });
    }

    [Fact]
    public async Task DispatchAllAsync_ReadyBatches_RunConcurrently()
    {
        var dispatcher = new BatchDispatcher();
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var a = new RecordingBatchLoader(dispatcher, fetch: async (keys, ct) =>
        {
            first.SetResult();
            await second.Task;
            return await RecordingBatchLoader.DefaultValues(keys);
        });
        var b = new RecordingBatchLoader(dispatcher, fetch: async (keys, ct) =>
        {
            second.SetResult();
            await first.Task;
            return await RecordingBatchLoader.DefaultValues(keys);
        });

        var x = a.LoadAsync("x");
        var y = b.LoadAsync("y");
        await dispatcher.DispatchAllAsync().AsTask().WaitAsync(Guard);

        (await x).Should().Be("value:x");
        (await y).Should().Be("value:y");
    }

    [Fact]
    public async Task DispatchAllAsync_LoaderLoadsFromAnotherLoaderInsideFetch_DispatchesNestedBatchWithoutDeadlock()
    {
        var dispatcher = new BatchDispatcher();
        var inner = new RecordingBatchLoader(dispatcher);
        var outer = new RecordingBatchLoader(dispatcher, fetch: async (keys, ct) =>
        {
            var innerValues = await inner.LoadAsync([.. keys.Select(k => "inner-" + k)], ct);
            return keys.Select((k, i) => (k, v: innerValues[i]!)).ToDictionary(p => p.k, p => p.v);
        });

        var values = outer.LoadAsync(["a", "b"]);
        await dispatcher.DispatchAllAsync().AsTask().WaitAsync(Guard);

        (await values.WaitAsync(Guard)).Should().Equal("value:inner-a", "value:inner-b");
        inner.Batches.Should().BeEquivalentTo(new[] { new[] { "inner-a", "inner-b" } }, o => o.WithStrictOrdering());
        dispatcher.HasPending.Should().BeFalse();
    }

    [Fact]
    public async Task DispatchAllAsync_NothingPending_CompletesSynchronously()
    {
        var dispatcher = new BatchDispatcher();

        var dispatch = dispatcher.DispatchAllAsync();

        dispatch.IsCompletedSuccessfully.Should().BeTrue();
        await dispatch;
    }

    [Fact]
    public async Task DispatchAllAsync_Cancelled_StopsWaiting()
    {
        var dispatcher = new BatchDispatcher();
        var never = new TaskCompletionSource();
        dispatcher.Schedule(async () => await never.Task);
        using var cts = new CancellationTokenSource();

        var dispatch = dispatcher.DispatchAllAsync(cts.Token).AsTask();
        await cts.CancelAsync();

        await dispatch.Invoking(t => t).Should().ThrowAsync<OperationCanceledException>();
    }
}
