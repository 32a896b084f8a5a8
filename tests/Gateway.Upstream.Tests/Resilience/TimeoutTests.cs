using System.Net;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests.Resilience;

public sealed class TimeoutTests
{
    [Fact]
    public async Task Call_AttemptHangs_TimesOutAfterTheAttemptTimeout()
    {
        using var h = ClientHarness.Create(o =>
        {
            o.Retry.MaxRetryAttempts = 0;
            o.Timeouts.Attempt = TimeSpan.FromSeconds(2);
        });
        h.Handler.ThenHang();

        var call = h.Client.ListAgentsAsync(ClientHarness.Context(), default);
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(2));

        var error = (await call).Error!;
        error.Kind.Should().Be(UpstreamErrorKind.Timeout);
        error.StatusCode.Should().BeNull();
    }

    [Fact]
    public async Task Call_AttemptTimesOut_IsRetried()
    {
        using var h = ClientHarness.Create(o =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.Timeouts.Attempt = TimeSpan.FromSeconds(1);
        });
        h.Handler.ThenHang().ThenRespond(HttpStatusCode.OK, ChatwootJson.Agents);

        var call = h.Client.ListAgentsAsync(ClientHarness.Context(), default);
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromMilliseconds(200));

        (await call).Value.Should().HaveCount(2);
        h.Handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Call_TotalTimeoutElapsesDuringRetries_StopsWithTimeout()
    {
        using var h = ClientHarness.Create(o =>
        {
            o.Retry.MaxRetryAttempts = 10;
            o.Retry.BaseDelay = TimeSpan.FromSeconds(2);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(2);
            o.Timeouts.Total = TimeSpan.FromSeconds(3);
        });
        h.Handler.Fallback = (_, _) => Task.FromResult(StubHttpMessageHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"));

        var call = h.Client.ListAgentsAsync(ClientHarness.Context(), default);
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(2));
        await h.Time.WaitForTimerAsync(d => d == TimeSpan.FromSeconds(2));
        h.Time.Advance(TimeSpan.FromSeconds(1));

        (await call).Error!.Kind.Should().Be(UpstreamErrorKind.Timeout);
        h.Handler.Requests.Should().HaveCount(2, "the third attempt would start after the total timeout");
    }

    [Fact]
    public async Task Call_StalledResponseBody_CountsAgainstTheAttemptTimeout()
    {
        using var h = ClientHarness.Create(o =>
        {
            o.Retry.MaxRetryAttempts = 0;
            o.Timeouts.Attempt = TimeSpan.FromSeconds(2);
        });
        h.Handler.Then((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(new StallingStream()) }));

        var call = h.Client.ListAgentsAsync(ClientHarness.Context(), default);
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(2));

        (await call).Error!.Kind.Should().Be(UpstreamErrorKind.Timeout);
    }
}
