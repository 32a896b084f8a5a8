using System.Net;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests.Resilience;

public sealed class ConcurrencyLimiterTests
{
    [Fact]
    public async Task Calls_MoreThanMaxConcurrency_AtMostMaxAreInFlight()
    {
        using var h = ClientHarness.Create(o =>
        {
            o.MaxConcurrency = 2;
            o.MaxQueuedCalls = 10;
        });
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var twoEntered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Handler.Received += _ =>
        {
            if (h.Handler.Requests.Count == 2)
            {
                twoEntered.TrySetResult();
            }
        };
        h.Handler.Fallback = async (_, _) =>
        {
            await gate.Task;
            return StubHttpMessageHandler.Json(HttpStatusCode.OK, ChatwootJson.Teams);
        };

        var calls = Enumerable.Range(0, 5).Select(_ => h.Client.ListTeamsAsync(ClientHarness.Context(), default)).ToList();
        await twoEntered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        h.Handler.Requests.Should().HaveCount(2, "the other three wait for a slot");
        gate.SetResult();
        var results = await Task.WhenAll(calls);

        results.Should().OnlyContain(r => r.IsSuccess);
        h.Handler.MaxInFlight.Should().Be(2);
        h.Handler.Requests.Should().HaveCount(5);
    }

    [Fact]
    public async Task Call_QueueFull_FailsFastAsRateLimited()
    {
        using var h = ClientHarness.Create(o =>
        {
            o.MaxConcurrency = 1;
            o.MaxQueuedCalls = 1;
        });
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Handler.Received += _ => entered.TrySetResult();
        h.Handler.Fallback = async (_, _) =>
        {
            await gate.Task;
            return StubHttpMessageHandler.Json(HttpStatusCode.OK, ChatwootJson.Teams);
        };

        var first = h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var queued = h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        var rejected = await h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        gate.SetResult();

        rejected.Error!.Kind.Should().Be(UpstreamErrorKind.RateLimited);
        rejected.Error.StatusCode.Should().BeNull();
        (await first).IsSuccess.Should().BeTrue();
        (await queued).IsSuccess.Should().BeTrue();
        h.Handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Call_QueuedCallCancelled_ReleasesItsPlace()
    {
        using var h = ClientHarness.Create(o =>
        {
            o.MaxConcurrency = 1;
            o.MaxQueuedCalls = 1;
        });
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        h.Handler.Received += _ => entered.TrySetResult();
        h.Handler.Fallback = async (_, _) =>
        {
            await gate.Task;
            return StubHttpMessageHandler.Json(HttpStatusCode.OK, ChatwootJson.Teams);
        };
        using var cts = new CancellationTokenSource();

        var first = h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var cancelled = h.Client.ListTeamsAsync(ClientHarness.Context(), cts.Token);
        await cts.CancelAsync();
        await cancelled.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        var next = h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        gate.SetResult();

        (await first).IsSuccess.Should().BeTrue();
        (await next).IsSuccess.Should().BeTrue("the cancelled call gave its queue place back");
    }
}
