using Chatwoot.Simulator;

namespace Gateway.Upstream.Tests.Simulator;

/// <summary>Retries, timeouts and circuit breaking under the simulator's injected faults (client clock is fake).</summary>
public sealed class SimulatorFaultTests
{
    private static readonly TimeSpan Ms200 = TimeSpan.FromMilliseconds(200);

    private static FaultRule Rule(string endpoint, Action<FaultRule> set)
    {
        var rule = new FaultRule { Endpoint = endpoint };
        set(rule);
        return rule;
    }

    [Fact]
    public async Task List_429BurstWithoutRetryAfter_IsRetriedWithBackOffUntilItPasses()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Retry.MaxRetryAttempts = 3);
        sim.Server.State.Faults.Add(Rule(SimulatorEndpoints.ConversationsList, r => r.Burst429 = 2));

        var call = sim.Chatwoot.ListConversationsAsync(SimulatorHarness.Admin, new ListConversationsRequest(), default);
        await sim.Client.Time.AdvanceWhenScheduledAsync(Ms200);
        await sim.Client.Time.AdvanceWhenScheduledAsync(Ms200 * 2);

        (await call).Value.Conversations.Should().HaveCount(25);
        sim.Received.Should().HaveCount(3);
        sim.Received.Take(2).Select(r => r.StatusCode).Should().Equal(429, 429);
    }

    [Fact]
    public async Task List_429BurstWithRetryAfter_WaitsWhatTheServerAsked()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Retry.MaxRetryAttempts = 3);
        sim.Server.State.Faults.Add(Rule(SimulatorEndpoints.ConversationsList, r =>
        {
            r.Burst429 = 1;
            r.RetryAfterSeconds = 4;
        }));

        var call = sim.Chatwoot.ListConversationsAsync(SimulatorHarness.Admin, new ListConversationsRequest(), default);
        await sim.Client.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(4));

        (await call).IsSuccess.Should().BeTrue();
        sim.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task List_PersistentRateLimit_EndsRateLimited()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Retry.MaxRetryAttempts = 0);
        sim.Server.State.Faults.Add(Rule(SimulatorEndpoints.ConversationsList, r => r.Burst429 = 100));

        var error = (await sim.Chatwoot.ListConversationsAsync(SimulatorHarness.Admin, new ListConversationsRequest(), default)).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.RateLimited);
        error.StatusCode.Should().Be(429);
    }

    [Fact]
    public async Task List_ProductionThrottle_IsRateLimitedUntilTheWindowTurns()
    {
        var serverTime = new Infrastructure.FakeTimeProvider();
        await using var sim = await SimulatorHarness.StartAsync(
            o => o.Retry.MaxRetryAttempts = 1,
            s =>
            {
                s.TimeProvider = serverTime;
                s.RateLimitPerMinute = 2;
            });
        var request = new ListConversationsRequest();

        (await sim.Chatwoot.ListConversationsAsync(SimulatorHarness.Admin, request, default)).IsSuccess.Should().BeTrue();
        (await sim.Chatwoot.ListConversationsAsync(SimulatorHarness.Admin, request, default)).IsSuccess.Should().BeTrue();
        var throttled = sim.Chatwoot.ListConversationsAsync(SimulatorHarness.Admin, request, default);
        await sim.Client.Time.AdvanceWhenScheduledAsync(Ms200);
        var error = (await throttled).Error!;
        serverTime.Advance(TimeSpan.FromMinutes(1));
        var afterWindow = await sim.Chatwoot.ListConversationsAsync(SimulatorHarness.Admin, request, default);

        error.Kind.Should().Be(UpstreamErrorKind.RateLimited);
        error.StatusCode.Should().Be(429);
        error.RetryAfter.Should().BeNull("Chatwoot's throttle sends no Retry-After");
        afterWindow.IsSuccess.Should().BeTrue();
        sim.Received.Should().HaveCount(5, "two passes, a throttled attempt and its retry, then one more");
    }

    [Fact]
    public async Task Filter_ServerErrorsTwice_IsRetriedAndSucceeds()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Retry.MaxRetryAttempts = 3);
        sim.Server.State.Faults.Add(Rule(SimulatorEndpoints.ConversationsFilter, r =>
        {
            r.ErrorRate = 1;
            r.ErrorStatus = 503;
            r.Times = 2;
        }));

        var call = sim.Chatwoot.FilterConversationsAsync(SimulatorHarness.Admin, new FilterConversationsRequest(), default);
        await sim.Client.Time.AdvanceWhenScheduledAsync(Ms200);
        await sim.Client.Time.AdvanceWhenScheduledAsync(Ms200 * 2);

        (await call).Value.Conversations.Should().HaveCount(25);
        sim.Received.Should().HaveCount(3);
        sim.Received.Take(2).Select(r => r.StatusCode).Should().Equal(503, 503);
        sim.Received.Select(r => r.Body).Distinct().Should().ContainSingle("the same filter body is sent on each attempt");
    }

    [Fact]
    public async Task Agents_DroppedConnection_IsRetried()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Retry.MaxRetryAttempts = 1);
        sim.Server.State.Faults.Add(Rule(SimulatorEndpoints.AgentsList, r =>
        {
            r.DropConnection = true;
            r.Times = 1;
        }));

        var call = sim.Chatwoot.ListAgentsAsync(SimulatorHarness.Admin, default);
        await sim.Client.Time.AdvanceWhenScheduledAsync(Ms200);

        (await call).Value.Should().NotBeEmpty();
        sim.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task Teams_MalformedJson_IsBadResponseWithoutRetry()
    {
        await using var sim = await SimulatorHarness.StartAsync(o => o.Retry.MaxRetryAttempts = 3);
        sim.Server.State.Faults.Add(Rule(SimulatorEndpoints.TeamsList, r => r.MalformedJson = true));

        var error = (await sim.Chatwoot.ListTeamsAsync(SimulatorHarness.Admin, default)).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.BadResponse);
        sim.Received.Should().HaveCount(1);
    }

    [Fact]
    public async Task Contact_SlowOnce_TimesOutTheAttemptAndTheRetrySucceeds()
    {
        // The simulator runs on its own fake clock: its latency timer appearing proves the request arrived.
        var serverTime = new Infrastructure.FakeTimeProvider();
        await using var sim = await SimulatorHarness.StartAsync(
            o =>
            {
                o.Retry.MaxRetryAttempts = 1;
                o.Timeouts.Attempt = TimeSpan.FromSeconds(5);
            },
            s => s.TimeProvider = serverTime);
        sim.Server.State.Faults.Add(Rule(SimulatorEndpoints.ContactsGet, r =>
        {
            r.LatencyMs = 3_600_000;
            r.Times = 1;
        }));
        var contactId = sim.DemoAccount.Contacts[0].Id;

        var call = sim.Chatwoot.GetContactAsync(SimulatorHarness.Admin, contactId, default);
        await serverTime.WaitForTimerAsync(d => d == TimeSpan.FromHours(1));
        await sim.Client.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(5));
        await sim.Client.Time.AdvanceWhenScheduledAsync(Ms200);

        (await call).Value.Id.Should().Be(contactId);
        sim.Received.Should().HaveCount(2);
    }

    [Fact]
    public async Task Profile_HangAlways_EndsInTimeout()
    {
        await using var sim = await SimulatorHarness.StartAsync(o =>
        {
            o.Retry.MaxRetryAttempts = 0;
            o.Timeouts.Attempt = TimeSpan.FromSeconds(5);
        });
        sim.Server.State.Faults.Add(Rule(SimulatorEndpoints.Profile, r => r.Hang = true));

        var call = sim.Chatwoot.GetProfileAsync(SimulatorData.DemoToken, default);
        await sim.Client.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(5));

        (await call).Error!.Kind.Should().Be(UpstreamErrorKind.Timeout);
    }

    [Fact]
    public async Task Inboxes_CallerCancelsDuringHang_ThrowsOperationCanceled()
    {
        await using var sim = await SimulatorHarness.StartAsync();
        sim.Server.State.Faults.Add(Rule(SimulatorEndpoints.InboxesList, r => r.Hang = true));
        using var cts = new CancellationTokenSource();

        var call = sim.Chatwoot.ListInboxesAsync(SimulatorHarness.Admin, cts.Token);
        await sim.Client.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(30));
        await cts.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task List_ServerFailingEveryTime_OpensTheCircuitAndStopsCallingIt()
    {
        await using var sim = await SimulatorHarness.StartAsync(o =>
        {
            o.Retry.MaxRetryAttempts = 0;
            o.CircuitBreaker.MinimumThroughput = 3;
            o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(30);
        });
        sim.Server.State.Faults.Add(Rule(SimulatorEndpoints.Any, r => r.ErrorRate = 1));

        for (var i = 0; i < 3; i++)
        {
            (await sim.Chatwoot.ListConversationsAsync(SimulatorHarness.Admin, new ListConversationsRequest(), default)).Error!.StatusCode.Should().Be(500);
        }

        var fastFail = (await sim.Chatwoot.ListTeamsAsync(SimulatorHarness.Admin, default)).Error!;
        sim.Server.State.Faults.Clear();
        sim.Client.Time.Advance(TimeSpan.FromSeconds(30));
        var recovered = await sim.Chatwoot.ListTeamsAsync(SimulatorHarness.Admin, default);

        fastFail.Kind.Should().Be(UpstreamErrorKind.Unavailable);
        fastFail.RetryAfter.Should().Be(TimeSpan.FromSeconds(30));
        recovered.IsSuccess.Should().BeTrue();
        sim.Received.Should().HaveCount(4, "the call made while the circuit was open never reached the server");
    }
}
