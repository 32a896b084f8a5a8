using System.Net;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests.Diagnostics;

public sealed class TokenSecrecyTests
{
    /// <summary>Drives every operation through success, retries, every failure kind and the breaker, at Trace level.</summary>
    private static async Task<ClientHarness> ExerciseEverythingAsync(List<UpstreamError>? errors = null)
    {
        var h = ClientHarness.Create(o =>
        {
            o.Retry.MaxRetryAttempts = 1;
            o.CircuitBreaker.MinimumThroughput = 2;
            o.CircuitBreaker.FailureRatio = 0.1;
            o.ServiceToken = "service-SECRET-token-99";
        });
        var context = ClientHarness.Context();
        h.Handler
            .ThenRespond(HttpStatusCode.OK, ChatwootJson.WrappedPage(0, 0, 0, 0))
            .ThenRespond(HttpStatusCode.OK, ChatwootJson.UnwrappedPage(0, 0, 0))
            .ThenRespond(HttpStatusCode.OK, ChatwootJson.Contact)
            .ThenRespond(HttpStatusCode.OK, ChatwootJson.Agents)
            .ThenRespond(HttpStatusCode.OK, ChatwootJson.Teams)
            .ThenRespond(HttpStatusCode.OK, ChatwootJson.InboxesWithSecrets)
            .ThenRespond(HttpStatusCode.OK, ChatwootJson.Profile)
            .ThenRespond(HttpStatusCode.Unauthorized, """{"error":"Invalid Access Token"}""")
            .ThenRespond(HttpStatusCode.UnprocessableEntity, """{"error":"Invalid attribute key - [x]."}""")
            .ThenRespond(HttpStatusCode.OK, "{ broken")
            .ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "refused"));

        errors ??= [];
        Collect(errors, (await h.Client.ListConversationsAsync(context, new ListConversationsRequest { Query = "refund" }, default)).Error);
        Collect(errors, (await h.Client.FilterConversationsAsync(context, new FilterConversationsRequest(), default)).Error);
        Collect(errors, (await h.Client.GetContactAsync(context, 7, default)).Error);
        Collect(errors, (await h.Client.ListAgentsAsync(context, default)).Error);
        Collect(errors, (await h.Client.ListTeamsAsync(ClientHarness.Context(token: null), default)).Error);
        Collect(errors, (await h.Client.ListInboxesAsync(context, default)).Error);
        Collect(errors, (await h.Client.GetProfileAsync(ClientHarness.Token, default)).Error);
        Collect(errors, (await h.Client.ListAgentsAsync(context, default)).Error);
        Collect(errors, (await h.Client.FilterConversationsAsync(context, new FilterConversationsRequest(), default)).Error);
        Collect(errors, (await h.Client.ListAgentsAsync(context, default)).Error);

        h.Handler.Fallback = (_, _) => Task.FromResult(StubHttpMessageHandler.Json(HttpStatusCode.ServiceUnavailable, "{}"));
        var retried = h.Client.ListAgentsAsync(context, default);
        await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromMilliseconds(200));
        Collect(errors, (await retried).Error);
        for (var i = 0; i < 3; i++)
        {
            var call = h.Client.ListAgentsAsync(context, default);
            if (!call.IsCompleted)
            {
                await h.Time.AdvanceWhenScheduledAsync(TimeSpan.FromMilliseconds(200));
            }

            Collect(errors, (await call).Error);
        }

        return h;
    }

    private static void Collect(List<UpstreamError> errors, UpstreamError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }

    [Fact]
    public async Task Logs_AtTraceLevelThroughEveryPath_NeverContainTheToken()
    {
        using var h = await ExerciseEverythingAsync();

        var text = h.Logs.AllText().ToList();
        text.Should().NotBeEmpty();
        text.Should().Contain(t => t.Contains("Retrying Chatwoot call", StringComparison.Ordinal), "the retry path was logged");
        text.Should().Contain(t => t.Contains("circuit opened", StringComparison.Ordinal), "the breaker path was logged");
        text.Should().Contain(t => t.Contains("System.Net.Http.HttpClient", StringComparison.Ordinal), "HttpClient's own logs are captured too");
        text.Should().NotContain(t => t.Contains(ClientHarness.Token, StringComparison.Ordinal));
        text.Should().NotContain(t => t.Contains("service-SECRET-token-99", StringComparison.Ordinal));
        text.Should().NotContain(t => t.Contains("refund", StringComparison.Ordinal) && t.Contains("Gateway.Upstream", StringComparison.Ordinal),
            "the client's own logs name the operation, not the query");
    }

    [Fact]
    public async Task Metrics_ThroughEveryPath_NeverCarryTheToken()
    {
        using var h = await ExerciseEverythingAsync();

        h.Metrics.Measurements.Should().NotBeEmpty();
        h.Metrics.Measurements.SelectMany(m => m.Tags.Values).Should()
            .NotContain(v => v != null && (v.Contains(ClientHarness.Token, StringComparison.Ordinal) || v.Contains("SECRET", StringComparison.Ordinal)));
    }

    [Fact]
    public void CallContext_ToString_RedactsTheToken()
    {
        var context = ClientHarness.Context();

        context.ToString().Should().NotContain(ClientHarness.Token).And.Contain("redacted");
    }

    [Fact]
    public async Task Errors_ThroughEveryPath_NeverContainTheToken()
    {
        var errors = new List<UpstreamError>();
        using var h = await ExerciseEverythingAsync(errors);

        errors.Select(e => e.Kind).Distinct().Should().BeEquivalentTo(
            [UpstreamErrorKind.Unauthorized, UpstreamErrorKind.InvalidFilter, UpstreamErrorKind.BadResponse, UpstreamErrorKind.Unavailable]);
        errors.Should().OnlyContain(e => !e.ToString().Contains(ClientHarness.Token, StringComparison.Ordinal)
            && !e.ToString().Contains("SECRET", StringComparison.Ordinal));
    }
}
