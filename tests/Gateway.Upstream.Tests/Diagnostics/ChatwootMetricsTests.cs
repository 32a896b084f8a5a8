using System.Net;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests.Diagnostics;

public sealed class ChatwootMetricsTests : IDisposable
{
    private readonly ClientHarness _h = ClientHarness.Create(o => o.Retry.MaxRetryAttempts = 1);

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Call_Success_CountsACallAndRecordsLatencyByOperation()
    {
        _h.Handler.Then(async (_, _) =>
        {
            _h.Time.Advance(TimeSpan.FromMilliseconds(250));
            await Task.Yield();
            return StubHttpMessageHandler.Json(HttpStatusCode.OK, ChatwootJson.Teams);
        });

        await _h.Client.ListTeamsAsync(ClientHarness.Context(), default);

        var call = _h.Metrics.Of("gateway.upstream.calls").Should().ContainSingle().Subject;
        call.Tags["operation"].Should().Be("list_teams");
        call.Tags["outcome"].Should().Be("success");
        var duration = _h.Metrics.Of("gateway.upstream.duration").Should().ContainSingle().Subject;
        duration.Value.Should().BeApproximately(0.25, 0.001);
        duration.Tags["operation"].Should().Be("list_teams");
        _h.Metrics.Of("gateway.upstream.failures").Should().BeEmpty();
    }

    [Fact]
    public async Task Call_Failure_CountsTheFailureByKind()
    {
        _h.Handler.ThenRespond(HttpStatusCode.UnprocessableEntity, """{"error":"Query operator must be either "AND" or "OR"."}""");

        await _h.Client.FilterConversationsAsync(ClientHarness.Context(), new FilterConversationsRequest(), default);

        var failure = _h.Metrics.Of("gateway.upstream.failures").Should().ContainSingle().Subject;
        failure.Tags["operation"].Should().Be("filter_conversations");
        failure.Tags["kind"].Should().Be("invalid_filter");
        _h.Metrics.Of("gateway.upstream.calls").Single().Tags["outcome"].Should().Be("failure");
    }

    [Fact]
    public async Task Call_Retried_CountsTheRetryWithItsReason()
    {
        _h.Handler.ThenRespond(HttpStatusCode.ServiceUnavailable, "").ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams);

        var call = _h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        await _h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromMilliseconds(200));
        await call;

        _h.Metrics.Of("gateway.upstream.retries").Should().ContainSingle().Which.Tags["reason"].Should().Be("503");
        _h.Metrics.Of("gateway.upstream.calls").Should().ContainSingle("one call, two attempts");
    }

    [Fact]
    public void KindTag_EveryKind_HasASnakeCaseName()
    {
        Enum.GetValues<UpstreamErrorKind>().Select(ChatwootMetrics.KindTag).Should().OnlyHaveUniqueItems().And.NotContain("unknown");
    }
}
