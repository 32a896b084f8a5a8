using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

public sealed class ManualBatchSchedulerTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task DispatchAsync_NothingScheduled_CompletesAtOnce()
    {
        var scheduler = new ManualBatchScheduler();

        var dispatch = scheduler.DispatchAsync();

        dispatch.IsCompletedSuccessfully.Should().BeTrue();
        await dispatch;
    }

    [Fact]
    public async Task DispatchAsync_TwoScheduled_RunsThemConcurrently()
    {
        var scheduler = new ManualBatchScheduler();
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        scheduler.Schedule(async () =>
        {
            first.SetResult();
            await second.Task;
        });
        scheduler.Schedule(async () =>
        {
            second.SetResult();
            await first.Task;
        });

        // Each waits for the other: this completes only when both run at once.
        await scheduler.DispatchAsync().WaitAsync(Guard);

        scheduler.PendingCount.Should().Be(0);
    }

    [Fact]
    public async Task DispatchAsync_WorkScheduledDuringDispatch_WaitsForNextCall()
    {
        var scheduler = new ManualBatchScheduler();
        var ran = new List<string>();
        scheduler.Schedule(() =>
        {
            ran.Add("first");
            scheduler.Schedule(() =>
            {
                ran.Add("second");
                return default;
            });
            return default;
        });

        await scheduler.DispatchAsync();
        ran.Should().Equal("first");
        scheduler.PendingCount.Should().Be(1);

        await scheduler.DispatchAsync();
        ran.Should().Equal("first", "second");
    }

    [Fact]
    public async Task DispatchAsync_TwoLoaders_EachSendsOneBatch()
    {
        var scheduler = new ManualBatchScheduler();
        var users = new RecordingBatchLoader(scheduler);
        var groups = new RecordingGroupedLoader(scheduler);

        var user = users.LoadAsync(["u1", "u2"]);
        var group = groups.LoadAsync([1, 2]);
        await scheduler.DispatchAsync();

        (await user).Should().Equal("value:u1", "value:u2");
        (await group).Should().HaveCount(2);
        users.Batches.Should().HaveCount(1);
        groups.Batches.Should().HaveCount(1);
    }
}
