using Gateway.GraphQL.DataLoader;

namespace Gateway.GraphQL.Tests.DataLoader;

public sealed class GroupedDataLoaderTests
{
    private readonly ManualBatchScheduler _scheduler = new();

    [Fact]
    public async Task LoadAsync_SeveralKeys_EachGetsItsGroupFromOneBatch()
    {
        var loader = new RecordingGroupedLoader(_scheduler);

        var two = loader.LoadAsync(2);
        var three = loader.LoadAsync(3);
        await _scheduler.DispatchAsync();

        (await two).Should().Equal("2/0", "2/1");
        (await three).Should().Equal("3/0", "3/1", "3/2");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { 2, 3 } });
    }

    [Fact]
    public async Task LoadAsync_KeyWithoutValues_ResolvesToEmptyArray()
    {
        var loader = new RecordingGroupedLoader(_scheduler);

        var none = loader.LoadAsync(0);
        await _scheduler.DispatchAsync();

        (await none).Should().NotBeNull().And.BeEmpty();
    }

    [Fact]
    public async Task LoadAsync_ManyKeysWithDuplicates_GroupsInInputOrderAndKeysSentOnce()
    {
        var loader = new RecordingGroupedLoader(_scheduler);

        var groups = loader.LoadAsync([3, 1, 0, 3]);
        await _scheduler.DispatchAsync();

        var result = await groups;
        result.Select(g => g!.Length).Should().Equal(3, 1, 0, 3);
        result[1].Should().Equal("1/0");
        loader.Batches.Should().BeEquivalentTo(new[] { new[] { 3, 1, 0 } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task Prime_Group_ServedWithoutBatch()
    {
        var loader = new RecordingGroupedLoader(_scheduler);

        loader.Prime(5, ["primed"]);

        (await loader.LoadAsync(5)).Should().Equal("primed");
        loader.Batches.Should().BeEmpty();
    }
}
