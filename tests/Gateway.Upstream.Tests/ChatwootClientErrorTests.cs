using System.Net;
using Gateway.Upstream.Tests.Infrastructure;

namespace Gateway.Upstream.Tests;

public sealed class ChatwootClientErrorTests : IDisposable
{
    private readonly ClientHarness _h = ClientHarness.Create(o => o.Retry.MaxRetryAttempts = 0);

    public void Dispose() => _h.Dispose();

    private Task<UpstreamResult<ConversationPage>> ListAsync() =>
        _h.Client.ListConversationsAsync(ClientHarness.Context(), new ListConversationsRequest(), default);

    [Theory]
    [InlineData("""{"error":"Invalid Access Token"}""", "Invalid Access Token")]
    [InlineData("""{"errors":["You need to sign in or sign up before continuing."]}""", "You need to sign in or sign up before continuing.")]
    [InlineData("""{"error":"Access to this endpoint is not authorized for bots"}""", "Access to this endpoint is not authorized for bots")]
    public async Task Call_401EitherBodyShape_IsUnauthorizedWithUpstreamMessage(string body, string message)
    {
        _h.Handler.ThenRespond(HttpStatusCode.Unauthorized, body);

        var error = (await ListAsync()).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.Unauthorized);
        error.StatusCode.Should().Be(401);
        error.Message.Should().Be(message);
    }

    [Fact]
    public async Task Call_403_IsUnauthorized()
    {
        _h.Handler.ThenRespond(HttpStatusCode.Forbidden, "", "text/plain");

        (await ListAsync()).Error!.Kind.Should().Be(UpstreamErrorKind.Unauthorized);
    }

    [Fact]
    public async Task Call_404_IsNotFound()
    {
        _h.Handler.ThenRespond(HttpStatusCode.NotFound, """{"error":"Resource could not be found"}""");

        var error = (await _h.Client.GetContactAsync(ClientHarness.Context(), 99, default)).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.NotFound);
        error.Message.Should().Be("Resource could not be found");
        error.StatusCode.Should().Be(404);
    }

    [Fact]
    public async Task Call_422_IsInvalidFilterWithChatwootsMessageVerbatim()
    {
        const string message = "Invalid operator. The allowed operators for status are [equal_to,not_equal_to].";
        _h.Handler.ThenRespond(HttpStatusCode.UnprocessableEntity, $$"""{"error":"{{message}}"}""");

        var error = (await _h.Client.FilterConversationsAsync(
            ClientHarness.Context(),
            new FilterConversationsRequest { Payload = [new FilterCondition("status", "contains", ["open"])] },
            default)).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.InvalidFilter);
        error.Message.Should().Be(message);
        error.StatusCode.Should().Be(422);
    }

    [Fact]
    public async Task Call_429PlainTextWithoutRetryAfter_IsRateLimited()
    {
        _h.Handler.ThenRespond(HttpStatusCode.TooManyRequests, "Retry later", "text/plain");

        var error = (await ListAsync()).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.RateLimited);
        error.StatusCode.Should().Be(429);
        error.RetryAfter.Should().BeNull();
    }

    [Fact]
    public async Task Call_429WithRetryAfter_CarriesTheDelay()
    {
        _h.Handler.Then((_, _) =>
        {
            var response = StubHttpMessageHandler.Response(HttpStatusCode.TooManyRequests, "Retry later", "text/plain");
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
            return Task.FromResult(response);
        });

        (await ListAsync()).Error!.RetryAfter.Should().Be(TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task Call_408_IsTimeout()
    {
        _h.Handler.ThenRespond(HttpStatusCode.RequestTimeout, "");

        (await ListAsync()).Error!.Kind.Should().Be(UpstreamErrorKind.Timeout);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task Call_5xx_IsUnavailable(HttpStatusCode status)
    {
        _h.Handler.ThenRespond(status, "<html>oops</html>", "text/html");

        var error = (await ListAsync()).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.Unavailable);
        error.StatusCode.Should().Be((int)status);
    }

    [Fact]
    public async Task Call_NetworkFailure_IsUnavailable()
    {
        _h.Handler.ThenThrow(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"));

        var error = (await ListAsync()).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.Unavailable);
        error.Message.Should().Contain("ConnectionError");
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.MovedPermanently)]
    public async Task Call_UnexpectedStatus_IsBadResponse(HttpStatusCode status)
    {
        _h.Handler.ThenRespond(status, "{}");

        var error = (await ListAsync()).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.BadResponse);
        error.StatusCode.Should().Be((int)status);
    }

    [Theory]
    [InlineData("{\"data\": {\"meta\": ", "application/json")]
    [InlineData("<html>maintenance</html>", "text/html")]
    [InlineData("{}", "application/json")]
    [InlineData("[]", "application/json")]
    [InlineData("null", "application/json")]
    [InlineData("""{ "data": { "meta": { "all_count": "many" }, "payload": [] } }""", "application/json")]
    public async Task Call_200WithUnreadableBody_IsBadResponse(string body, string mediaType)
    {
        _h.Handler.ThenRespond(HttpStatusCode.OK, body, mediaType);

        var error = (await ListAsync()).Error!;

        error.Kind.Should().Be(UpstreamErrorKind.BadResponse);
        error.StatusCode.Should().Be(200);
    }

    [Fact]
    public async Task Call_ResponseLargerThanTheLimit_IsBadResponse()
    {
        using var h = ClientHarness.Create(o => o.MaxResponseBytes = 2048);
        h.Handler.ThenRespond(HttpStatusCode.OK, ChatwootJson.WrappedPage(0, 0, 0, 3,
            ChatwootJson.Conversation(1), ChatwootJson.Conversation(2), ChatwootJson.Conversation(3)));

        var result = await h.Client.ListConversationsAsync(ClientHarness.Context(), new ListConversationsRequest(), default);

        result.Error!.Kind.Should().Be(UpstreamErrorKind.BadResponse);
        h.Handler.Requests.Should().HaveCount(1, "an oversized body is not transient");
    }

    [Fact]
    public async Task Call_ChunkedResponseLargerThanTheLimit_IsBadResponseWithoutRetry()
    {
        using var h = ClientHarness.Create(o => o.MaxResponseBytes = 2048);
        h.Handler.Then((_, _) => Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new UnknownLengthContent(System.Text.Encoding.UTF8.GetBytes(ChatwootJson.Teams + new string(' ', 10_000))),
        }));

        var result = await h.Client.ListTeamsAsync(ClientHarness.Context(), default);

        result.Error!.Kind.Should().Be(UpstreamErrorKind.BadResponse);
        h.Handler.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Call_UpstreamMessageEchoingTheToken_IsRedacted()
    {
        _h.Handler.ThenRespond(HttpStatusCode.Unauthorized, $$"""{"error":"Token {{ClientHarness.Token}} is invalid"}""");

        var error = (await ListAsync()).Error!;

        error.Message.Should().NotContain(ClientHarness.Token).And.Contain("(redacted)");
    }

    [Fact]
    public async Task Value_OnFailure_ThrowsAndTryGetValueReportsTheError()
    {
        _h.Handler.ThenRespond(HttpStatusCode.NotFound, "{}");

        var result = await ListAsync();

        result.IsSuccess.Should().BeFalse();
        result.Invoking(r => r.Value).Should().Throw<InvalidOperationException>();
        result.TryGetValue(out _, out var error).Should().BeFalse();
        error!.Kind.Should().Be(UpstreamErrorKind.NotFound);
    }
}
