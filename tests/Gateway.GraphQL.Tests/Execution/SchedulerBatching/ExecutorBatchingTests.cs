using Gateway.GraphQL.Errors;

namespace Gateway.GraphQL.Tests.Execution.SchedulerBatching;

/// <summary>DataLoader batching through the executor: every key requested at one depth goes out in one batch.</summary>
public sealed class ExecutorBatchingTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);
    private readonly BatchLog _log = new();

    [Fact]
    public async Task ExecuteAsync_LoaderFieldInsideList_OneBatchOfDistinctKeys()
    {
        var json = await ChatFixture.Create(_log).RunJsonAsync("{ conversations(count: 5) { id contact { name } } }");

        json.Should().Be("""{"data":{"conversations":[{"id":1,"contact":{"name":"contact 101"}},{"id":2,"contact":{"name":"contact 102"}},{"id":3,"contact":{"name":"contact 100"}},{"id":4,"contact":{"name":"contact 101"}},{"id":5,"contact":{"name":"contact 102"}}]}}""");
        _log.Of("contact").Should().BeEquivalentTo(new[] { new[] { 101, 102, 100 } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task ExecuteAsync_LoadersAtSeveralDepths_OneBatchPerLoaderAndDepth()
    {
        var result = await ChatFixture.Create(_log).RunAsync("""
            { conversations(count: 4) { inbox { id } contact { name inbox { id } } messages { id sender { name } } } }
            """);

        result.Errors.Should().BeEmpty();
        _log.Of("inbox").Should().BeEquivalentTo(new[] { new[] { 11, 10 }, new[] { 21, 20 } }, o => o.WithStrictOrdering());
        _log.Of("contact").Should().BeEquivalentTo(new[] { new[] { 101, 102, 100 }, new[] { 103 } }, o => o.WithStrictOrdering());
        _log.Of("messages").Should().BeEquivalentTo(new[] { new[] { 1, 2, 3, 4 } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task ExecuteAsync_NestedListsOfLoadedLists_AllSendersInOneBatch()
    {
        var json = await ChatFixture.Create(_log).RunJsonAsync("{ conversations(count: 3) { messages { id sender { id } } } }");

        json.Should().Be("""{"data":{"conversations":[{"messages":[{"id":11,"sender":{"id":102}},{"id":12,"sender":{"id":102}}]},{"messages":[{"id":21,"sender":{"id":103}},{"id":22,"sender":{"id":103}}]},{"messages":[{"id":31,"sender":{"id":100}},{"id":32,"sender":{"id":100}}]}]}}""");
        _log.Of("messages").Should().BeEquivalentTo(new[] { new[] { 1, 2, 3 } });
        _log.Of("contact").Should().BeEquivalentTo(new[] { new[] { 102, 103, 100 } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task ExecuteAsync_AliasesAndFragments_ShareOneBatch()
    {
        var json = await ChatFixture.Create(_log).RunJsonAsync("""
            { a: conversation(id: 1) { contact { name } ...C } b: conversation(id: 2) { other: contact { id } } }
            fragment C on Conversation { again: contact { id } }
            """);

        json.Should().Be("""{"data":{"a":{"contact":{"name":"contact 101"},"again":{"id":101}},"b":{"other":{"id":102}}}}""");
        _log.Of("contact").Should().BeEquivalentTo(new[] { new[] { 101, 102 } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task ExecuteAsync_LoaderLoadingFromOtherLoadersInsideItsFetch_EachLevelOneBatch()
    {
        var json = await ChatFixture.Create(_log).RunJsonAsync("{ conversations(count: 3) { contactInboxName contact { id } } }");

        json.Should().Be("""{"data":{"conversations":[{"contactInboxName":"inbox 21","contact":{"id":101}},{"contactInboxName":"inbox 20","contact":{"id":102}},{"contactInboxName":"inbox 20","contact":{"id":100}}]}}""");
        _log.Of("contactInboxName").Should().BeEquivalentTo(new[] { new[] { 101, 102, 100 } }, o => o.WithStrictOrdering());
        _log.Of("contact").Should().BeEquivalentTo(new[] { new[] { 101, 102, 100 } }, o => o.WithStrictOrdering());
        _log.Of("inbox").Should().BeEquivalentTo(new[] { new[] { 21, 20 } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task ExecuteAsync_Mutation_BatchesWithinEachSerialField()
    {
        var json = await ChatFixture.Create(_log).RunJsonAsync("""
            mutation { first: touch(ids: [1, 2]) { contact { id } } second: touch(ids: [3, 4]) { contact { id } } }
            """);

        json.Should().Be("""{"data":{"first":[{"contact":{"id":101}},{"contact":{"id":102}}],"second":[{"contact":{"id":100}},{"contact":{"id":101}}]}}""");
        _log.Of("contact").Should().BeEquivalentTo(new[] { new[] { 101, 102 }, new[] { 100 } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public async Task ExecuteAsync_ReadyBatchesOfDifferentLoaders_DispatchedConcurrently()
    {
        _log.RequireConcurrentDispatch = true;

        var result = await ChatFixture.Create(_log)
            .RunAsync("{ conversations(count: 2) { contact { id } messages { id } } }")
            .WaitAsync(Guard);

        result.Errors.Should().BeEmpty();
        _log.Of("contact").Should().HaveCount(1);
        _log.Of("messages").Should().HaveCount(1);
    }

    [Fact]
    public async Task ExecuteAsync_BatchReadyWhileAnotherIsInFlight_DispatchedWithoutWaitingForIt()
    {
        // The message batch only finishes once the inbox batch (one level deeper, behind the contact batch) has started.
        _log.MessagesWaitForInbox = true;

        var result = await ChatFixture.Create(_log)
            .RunAsync("{ conversations(count: 2) { contact { inbox { id } } messages { id } } }")
            .WaitAsync(Guard);

        result.Errors.Should().BeEmpty();
        _log.Of("inbox").Should().BeEquivalentTo(new[] { new[] { 21, 20 } }, o => o.WithStrictOrdering());
        _log.Of("messages").Should().BeEquivalentTo(new[] { new[] { 1, 2 } });
    }

    [Fact]
    public async Task ExecuteAsync_FailingBatch_FailsExactlyItsFieldsWithLocatedErrors()
    {
        var result = await ChatFixture.Create(_log).RunAsync("""
            { conversations(count: 1) { id messages { id } } broken: conversation(id: 99) { id contact { name } messages { id } } }
            """);

        var json = ResultJson.Write(result, withLocations: true);
        json.Should().Contain("\"conversations\":[{\"id\":1,\"messages\":[{\"id\":11},{\"id\":12}]}]");
        json.Should().Contain("\"broken\":{\"id\":99,\"contact\":null,\"messages\":[{\"id\":991},{\"id\":992}]}");
        result.Errors.Should().ContainSingle();
        var error = result.Errors[0];
        error.Path.Should().Equal("broken", "contact");
        error.Locations.Should().ContainSingle().Which.Should().Be(new SourceLocation(1, 84));
        error.Code.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task ExecuteAsync_RequestCancelledWhileBatchInFlight_CancelsTheBatchToken()
    {
        _log.InboxGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cts = new CancellationTokenSource();
        var executor = ChatFixture.Create(_log);

        var running = executor.RunAsync("{ conversations(count: 2) { inbox { id } } }", ct: cts.Token);
        await _log.InboxFetchStarted.Task.WaitAsync(Guard);
        _log.TokensOf("inbox").Should().ContainSingle().Which.IsCancellationRequested.Should().BeFalse();
        await cts.CancelAsync();
        var result = await running.WaitAsync(Guard);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.RequestCancelled);
        _log.TokensOf("inbox").Should().ContainSingle().Which.IsCancellationRequested.Should().BeTrue(
            "every resolver waiting on the batch passed the request token, so the batch is given up");
    }
}
