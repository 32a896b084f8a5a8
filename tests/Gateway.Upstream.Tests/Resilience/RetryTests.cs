using System.Net;
using System.Net.Http.Headers;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests.Resilience;

public sealed class RetryTests : IDisposable
{
    private static readonly TimeSpan Ms200 = TimeSpan.FromMilliseconds(200);
    private readonly ClientHarness _h = ClientHarness.Create(o => o.Retry.MaxRetryAttempts = 3);

    public void Dispose() => _h.Dispose();

    private Task<UpstreamResult<IReadOnlyList<Team>>> CallAsync(CancellationToken ct = default) =>
        _h.Client.ListTeamsAsync(ClientHarness.Context(), ct);

    [Fact]
    public async Task Call_TransientFailuresThenSuccess_RetriesWithExponentialBackOff()
    {
        _h.Handler
            .ThenRespond(HttpStatusCode.ServiceUnavailable, "")
            .ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError))
            .ThenRespond(HttpStatusCode.BadGateway, "")
            .ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams);

        var call = CallAsync();
        await _h.Time.AdvanceWhenScheduledAsync(Ms200);
        await _h.Time.AdvanceWhenScheduledAsync(Ms200 * 2);
        await _h.Time.AdvanceWhenScheduledAsync(Ms200 * 4);
        var result = await call;

        result.IsSuccess.Should().BeTrue();
        _h.Handler.Requests.Should().HaveCount(4);
        _h.Handler.Requests.Should().OnlyContain(r => r.Token == ClientHarness.Token, "every attempt carries the token");
    }

    [Fact]
    public async Task Call_TransientFailureEveryTime_GivesUpAfterMaxRetriesWithTheLastError()
    {
        _h.Handler.Fallback = (_, _) => Task.FromResult(StubHttpMessageHandler.Json(HttpStatusCode.InternalServerError, "{}"));

        var call = CallAsync();
        await _h.Time.AdvanceWhenScheduledAsync(Ms200);
        await _h.Time.AdvanceWhenScheduledAsync(Ms200 * 2);
        await _h.Time.AdvanceWhenScheduledAsync(Ms200 * 4);
        var result = await call;

        result.Error!.Kind.Should().Be(UpstreamErrorKind.Unavailable);
        result.Error.StatusCode.Should().Be(500);
        _h.Handler.Requests.Should().HaveCount(4);
    }

    [Fact]
    public async Task Call_BackOff_IsCappedAtMaxDelay()
    {
        using var h = ClientHarness.Create(o =>
        {
            o.Retry.MaxRetryAttempts = 4;
            o.Retry.BaseDelay = TimeSpan.FromSeconds(1);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(3);
        });
        h.Handler.Fallback = (_, _) => Task.FromResult(StubHttpMessageHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"));

        var call = h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(1));
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(2));
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(3));
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(3));

        (await call).Error!.Kind.Should().Be(UpstreamErrorKind.Unavailable);
        h.Handler.Requests.Should().HaveCount(5);
    }

    [Fact]
    public async Task Call_WithJitter_WaitsWithinTheBackOffBounds()
    {
        using var h = ClientHarness.Create(o =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.Retry.UseJitter = true;
            o.Retry.BaseDelay = TimeSpan.FromSeconds(1);
            o.Retry.MaxDelay = TimeSpan.FromSeconds(4);
        });
        h.Handler.ThenRespond(HttpStatusCode.ServiceUnavailable, "").ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams);

        var call = h.Client.ListTeamsAsync(ClientHarness.Context(), default);
        var delay = await h.Time.WaitForTimerAsync(d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(4));
        h.Time.Advance(delay);

        (await call).IsSuccess.Should().BeTrue();
        delay.Should().BeGreaterThan(TimeSpan.Zero).And.BeLessThanOrEqualTo(TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task Call_429WithRetryAfter_WaitsExactlyRetryAfter()
    {
        _h.Handler
            .Then((_, _) => Task.FromResult(TooManyRequests(TimeSpan.FromSeconds(3))))
            .ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams);

        var call = CallAsync();
        await _h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(3));

        (await call).IsSuccess.Should().BeTrue();
        _h.Handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Call_RetryAfterAboveMaxDelayButWithinMaxRetryAfter_IsHonouredInFull()
    {
        _h.Handler
            .Then((_, _) => Task.FromResult(TooManyRequests(TimeSpan.FromSeconds(8))))
            .ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams);

        var call = CallAsync();
        await _h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromSeconds(8));

        (await call).IsSuccess.Should().BeTrue("Retry-After (8 s) wins over MaxDelay (5 s) up to MaxRetryAfter (10 s)");
    }

    [Fact]
    public async Task Call_429WithoutRetryAfter_BacksOffExponentially()
    {
        _h.Handler.ThenRespond(HttpStatusCode.TooManyRequests, "Retry later", "text/plain").ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams);

        var call = CallAsync();
        await _h.Time.AdvanceWhenScheduledAsync(Ms200);

        (await call).IsSuccess.Should().BeTrue();
    }

    [Fact]
    public async Task Call_429WithRetryAfterBeyondTheLimit_IsNotRetried()
    {
        _h.Handler.Then((_, _) => Task.FromResult(TooManyRequests(TimeSpan.FromMinutes(5))));

        var error = (await CallAsync()).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.RateLimited);
        error.RetryAfter.Should().Be(TimeSpan.FromMinutes(5));
        _h.Handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Call_408_IsRetried()
    {
        _h.Handler.ThenRespond(HttpStatusCode.RequestTimeout, "").ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams);

        var call = CallAsync();
        await _h.Time.AdvanceWhenScheduledAsync(Ms200);

        (await call).IsSuccess.Should().BeTrue();
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.UnprocessableEntity)]
    [InlineData(HttpStatusCode.BadRequest)]
    public async Task Call_NonTransientStatus_IsNotRetried(HttpStatusCode status)
    {
        _h.Handler.ThenRespond(status, """{"error":"no"}""");

        (await CallAsync()).IsSuccess.Should().BeFalse();
        _h.Handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Call_MalformedJsonOn200_IsNotRetried()
    {
        _h.Handler.ThenRespond(HttpStatusCode.OK, "{ not json");

        (await CallAsync()).Error!.Kind.Should().Be(UpstreamErrorKind.BadResponse);
        _h.Handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Call_FilterPost_IsRetriedWithTheSameBody()
    {
        _h.Handler.ThenRespond(HttpStatusCode.ServiceUnavailable, "").ThenRespond(HttpStatusCode.OK, ChatwootJson.UnwrappedPage(0, 0, 0));
        var request = new FilterConversationsRequest { Payload = [new FilterCondition("status", "equal_to", ["open"])] };

        var call = _h.Client.FilterConversationsAsync(ClientHarness.Context(), request, default);
        await _h.Time.AdvanceWhenScheduledAsync(Ms200);

        (await call).IsSuccess.Should().BeTrue();
        _h.Handler.Requests.Select(r => r.Body).Distinct().Should().ContainSingle().Which.Should().Contain("\"status\"");
        _h.Handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Call_CancelledDuringBackOff_ThrowsWithoutFurtherAttempts()
    {
        _h.Handler.Fallback = (_, _) => Task.FromResult(StubHttpMessageHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"));
        using var cts = new CancellationTokenSource();

        var call = CallAsync(cts.Token);
        await _h.Time.WaitForTimerAsync(d => d == Ms200);
        await cts.CancelAsync();

        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        _h.Handler.Requests.Should().HaveCount(1);
    }

    private static HttpResponseMessage TooManyRequests(TimeSpan retryAfter)
    {
        var response = StubHttpMessageHandler.Response(HttpStatusCode.TooManyRequests, "Retry later", "text/plain");
        response.Headers.RetryAfter = new RetryConditionHeaderValue(retryAfter);
        return response;
    }
}
