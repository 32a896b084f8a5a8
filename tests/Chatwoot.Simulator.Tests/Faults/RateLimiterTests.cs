using System.Net;
using Chatwoot.Simulator.Tests.TestSupport;
using static Chatwoot.Simulator.Tests.TestSupport.TestData;

namespace Chatwoot.Simulator.Tests.Faults;

public sealed class RateLimiterTests
{
    [Fact]
    public async Task RateLimit_OverTheLimit_Answers429RetryLaterWithoutRetryAfter()
    {
        await using var sim = await Sim.StartAsync(TestData.Create(Conversation(1)), o => o.RateLimitPerMinute = 3);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await sim.GetAsync("api/v1/accounts/1/teams")).Status);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, "api/v1/accounts/1/teams");
        using var throttled = await sim.Http.SendAsync(request);

        statuses.Should().Equal(HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests);
        throttled.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        throttled.Content.Headers.ContentType!.MediaType.Should().Be("text/plain");
        (await throttled.Content.ReadAsStringAsync()).Should().Be("Retry later");
        throttled.Headers.RetryAfter.Should().BeNull();
    }

    [Fact]
    public void RateLimiter_NewMinute_StartsANewWindow()
    {
        var limiter = new RateLimiter { RequestsPerMinute = 1 };
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        limiter.TryAcquire(start).Should().BeTrue();
        limiter.TryAcquire(start.AddSeconds(59)).Should().BeFalse();
        limiter.TryAcquire(start.AddSeconds(60)).Should().BeTrue();
    }

    [Fact]
    public async Task AdminRateLimit_PostAndDelete_TurnTheThrottleOnAndOff()
    {
        await using var sim = await Sim.StartAsync(Conversation(1));

        using var on = await sim.Http.PostAsync("__admin/rate-limit?per_minute=0", null);
        var (limited, _) = await sim.GetAsync("api/v1/profile");
        using var off = await sim.Http.DeleteAsync("__admin/rate-limit");
        var (free, _) = await sim.GetAsync("api/v1/profile");

        on.StatusCode.Should().Be(HttpStatusCode.NoContent);
        limited.Should().Be(HttpStatusCode.TooManyRequests);
        free.Should().Be(HttpStatusCode.OK);
    }
}
