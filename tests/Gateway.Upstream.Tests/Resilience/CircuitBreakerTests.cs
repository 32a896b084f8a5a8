using System.Net;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests.Resilience;

public sealed class CircuitBreakerTests : IDisposable
{
    private readonly ClientHarness _h = ClientHarness.Create(o =>
    {
        o.Retry.MaxRetryAttempts = 0;
        o.CircuitBreaker.MinimumThroughput = 4;
        o.CircuitBreaker.FailureRatio = 0.5;
        o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(30);
        o.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(20);
    });

    public void Dispose() => _h.Dispose();

    private Task<UpstreamResult<IReadOnlyList<Team>>> CallAsync() => _h.Client.ListTeamsAsync(ClientHarness.Context(), default);

    private void FailEveryCall() =>
        _h.Handler.Fallback = (_, _) => Task.FromResult(StubHttpMessageHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"));

    private void SucceedEveryCall() =>
        _h.Handler.Fallback = (_, _) => Task.FromResult(StubHttpMessageHandler.Json(HttpStatusCode.OK, ChatwootJson.Teams));

    [Fact]
    public async Task Call_FailureRatioReached_OpensTheCircuitAndFailsFastWithoutCallingUpstream()
    {
        FailEveryCall();
        for (var i = 0; i < 4; i++)
        {
            (await CallAsync()).Error!.StatusCode.Should().Be(503);
        }

        var error = (await CallAsync()).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.Unavailable);
        error.StatusCode.Should().BeNull();
        error.Message.Should().Contain("circuit breaker");
        error.RetryAfter.Should().Be(TimeSpan.FromSeconds(20));
        _h.Handler.Requests.Should().HaveCount(4);
        _h.Logs.Entries.Should().Contain(e => e.Message.StartsWith("Chatwoot circuit opened", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Call_BelowMinimumThroughput_KeepsTheCircuitClosed()
    {
        FailEveryCall();
        for (var i = 0; i < 3; i++)
        {
            await CallAsync();
        }

        SucceedEveryCall();
        (await CallAsync()).IsSuccess.Should().BeTrue("three failures are below the minimum throughput of four");
        _h.Handler.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task Call_AfterBreakDuration_LetsATrialThroughAndClosesOnSuccess()
    {
        FailEveryCall();
        for (var i = 0; i < 4; i++)
        {
            await CallAsync();
        }

        (await CallAsync()).Error!.Message.Should().Contain("circuit breaker");
        _h.Time.Advance(TimeSpan.FromSeconds(20));
        SucceedEveryCall();

        (await CallAsync()).IsSuccess.Should().BeTrue();
        (await CallAsync()).IsSuccess.Should().BeTrue();
        _h.Handler.Requests.Should().HaveCount(6);
        _h.Logs.Entries.Should().Contain(e => e.Message == "Chatwoot circuit closed");
    }

    [Fact]
    public async Task Call_TrialFailsWhenHalfOpen_ReopensTheCircuit()
    {
        FailEveryCall();
        for (var i = 0; i < 4; i++)
        {
            await CallAsync();
        }

        _h.Time.Advance(TimeSpan.FromSeconds(20));
        (await CallAsync()).Error!.StatusCode.Should().Be(503, "the trial call reaches upstream");

        (await CallAsync()).Error!.Message.Should().Contain("circuit breaker");
        _h.Handler.Requests.Should().HaveCount(5);
    }

    [Fact]
    public async Task Call_NonTransientFailures_DoNotOpenTheCircuit()
    {
        _h.Handler.Fallback = (_, _) => Task.FromResult(StubHttpMessageHandler.Json(HttpStatusCode.NotFound, "{}"));
        for (var i = 0; i < 6; i++)
        {
            (await CallAsync()).Error!.Kind.Should().Be(UpstreamErrorKind.NotFound);
        }

        _h.Handler.Requests.Should().HaveCount(6);
    }

    [Fact]
    public async Task Call_CircuitBreakerDisabled_NeverFailsFast()
    {
        using var h = ClientHarness.Create(o =>
        {
            o.Retry.MaxRetryAttempts = 0;
            o.CircuitBreaker.Enabled = false;
            o.CircuitBreaker.MinimumThroughput = 2;
        });
        h.Handler.Fallback = (_, _) => Task.FromResult(StubHttpMessageHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"));
        for (var i = 0; i < 6; i++)
        {
            await h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        }

        h.Handler.Requests.Should().HaveCount(6);
    }
}
