using System.Net;
using System.Text;
using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Tests.Http;

public sealed class GraphQLHttpEndpointPostTests
{
    private const string TypenameQuery = """{"query":"{ __typename }"}""";

    [Fact]
    public async Task Post_JsonBodyWithoutAccept_Answers200InApplicationJson()
    {
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor());

        var answer = await host.PostAsync(TypenameQuery);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ContentType.Should().Be("application/json; charset=utf-8");
        answer.Body.Should().Be("""{"data":{"__typename":"Query"}}""");
    }

    [Theory]
    [InlineData("application/graphql-response+json", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/json", "application/json; charset=utf-8")]
    [InlineData("*/*", "application/json; charset=utf-8")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json; charset=utf-8")]
    [InlineData("application/graphql-response+json;q=0.1, application/json", "application/json; charset=utf-8")]
    public async Task Post_Accept_SelectsResponseContentType(string accept, string expectedContentType)
    {
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor());

        var answer = await host.PostAsync(TypenameQuery, accept);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ContentType.Should().Be(expectedContentType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0")]
    public async Task Post_UnacceptableAccept_Answers406(string accept)
    {
        var executor = new FakeRequestExecutor();
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var answer = await host.PostAsync(TypenameQuery, accept);

        answer.Status.Should().Be(HttpStatusCode.NotAcceptable);
        answer.FirstErrorCode.Should().Be("BAD_REQUEST");
        executor.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain;charset=UTF-8")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Post_UnsupportedContentType_Answers415(string? contentType)
    {
        var executor = new FakeRequestExecutor();
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var answer = await host.PostAsync(TypenameQuery, contentType: contentType);

        answer.Status.Should().Be(HttpStatusCode.UnsupportedMediaType);
        answer.FirstErrorCode.Should().Be("BAD_REQUEST");
        executor.Requests.Should().BeEmpty();
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; Charset=\"UTF-8\"")]
    public async Task Post_Utf8Charset_IsAccepted(string contentType)
    {
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor());

        var answer = await host.PostAsync("""{"query":"{ __type(name: \"Run🏃Swim🏊\") { name } }"}""", contentType: contentType);

        answer.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_BodyOverLimitWithContentLength_Answers413WithCode()
    {
        var executor = new FakeRequestExecutor();
        await using var host = await GraphQLTestHost.StartAsync(executor, o => o.MaxRequestBodySize = 64);

        var answer = await host.PostAsync($$$"""{"query":"{ __typename }","extensions":{"pad":"{{{new string('x', 100)}}}"}}""", "application/graphql-response+json");

        answer.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        answer.FirstErrorCode.Should().Be("REQUEST_ENTITY_TOO_LARGE");
        answer.Json.GetProperty("errors")[0].GetProperty("message").GetString().Should().Contain("64 bytes");
        executor.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Post_ChunkedBodyOverLimit_Answers413()
    {
        var executor = new FakeRequestExecutor();
        await using var host = await GraphQLTestHost.StartAsync(executor, mapConfigure: o => o.MaxRequestBodySize = 1000);
        var body = Encoding.UTF8.GetBytes($$$"""{"query":"{ __typename }","extensions":{"pad":"{{{new string('x', 5000)}}}"}}""");
        using var request = new HttpRequestMessage(HttpMethod.Post, host.GraphQLUri)
        {
            Content = new StreamContent(new UnknownLengthStream(body)),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");

        using var response = await host.Client.SendAsync(request);
        var answer = await HttpAnswer.ReadAsync(response, CancellationToken.None);

        request.Headers.TransferEncodingChunked.Should().BeTrue();
        answer.Status.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        answer.FirstErrorCode.Should().Be("REQUEST_ENTITY_TOO_LARGE");
        executor.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Post_BodyAtLimit_IsExecuted()
    {
        var body = TypenameQuery;
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor(), o => o.MaxRequestBodySize = Encoding.UTF8.GetByteCount(body));

        var answer = await host.PostAsync(body);

        answer.Status.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/graphql-response+json")]
    public async Task Post_MalformedJson_Answers400WithGraphQLErrorAndNoStackTrace(string accept)
    {
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor());

        var answer = await host.PostAsync("{ \"not a JSON", accept);

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.FirstErrorCode.Should().Be("BAD_REQUEST");
        answer.HasData.Should().BeFalse();
        answer.Body.Should().NotContain(" at ").And.NotContain("Exception");
    }

    [Theory]
    [InlineData("")]
    [InlineData("{}")]
    [InlineData("""{"qeury":"{ __typename }"}""")]
    [InlineData("""{"query":{"obj":"ect"}}""")]
    [InlineData("""{"query":0}""")]
    [InlineData("""{"query":false}""")]
    [InlineData("""{"query":["array"]}""")]
    [InlineData("""{"query":"{ __typename }","operationName":0}""")]
    [InlineData("""{"query":"{ __typename }","variables":"string"}""")]
    [InlineData("""{"query":"{ __typename }","variables":["array"]}""")]
    [InlineData("""{"query":"{ __typename }","extensions":false}""")]
    [InlineData("""["query"]""")]
    public async Task Post_InvalidParameters_Answers400WithoutExecuting(string body)
    {
        var executor = new FakeRequestExecutor();
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var answer = await host.PostAsync(body, "application/json");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.FirstErrorCode.Should().Be("BAD_REQUEST");
        executor.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Post_AllParameters_ReachTheExecutor()
    {
        var executor = new FakeRequestExecutor();
        (int N, bool Trace)? seen = null;
        executor.Handler = (request, _) =>
        {
            // Variables and extensions are backed by the request body, which lives until the response is written.
            seen = (request.Variables!["n"].GetInt32(), request.Extensions!["trace"].GetBoolean());
            return Task.FromResult(ExecutionResult.FromData(new ResultMap()));
        };
        await using var host = await GraphQLTestHost.StartAsync(executor);

        await host.PostAsync("""{"query":"query Q($n: Int) { __typename }","operationName":"Q","variables":{"n":3},"extensions":{"trace":true}}""");

        var request = executor.Requests.Should().ContainSingle().Subject;
        request.Query.Should().Be("query Q($n: Int) { __typename }");
        request.OperationName.Should().Be("Q");
        seen.Should().Be((3, true));
        request.AllowedOperations.Should().Be(OperationKinds.All);
    }

    [Fact]
    public async Task Post_RequestServices_AreTheRequestScope()
    {
        var executor = new FakeRequestExecutor();
        object? seen = null;
        executor.Handler = (request, _) =>
        {
            seen = request.RequestServices?.GetService(typeof(ScopedMarker));
            return Task.FromResult(ExecutionResult.FromData(new ResultMap()));
        };
        await using var host = await GraphQLTestHost.StartAsync(executor, services: s => s.AddScoped<ScopedMarker>());

        await host.PostAsync(TypenameQuery);

        seen.Should().NotBeNull("the executor gets the request's scope");
    }

    [Fact]
    public async Task Post_ExecutorThrows_Answers500WithMaskedError()
    {
        var executor = new FakeRequestExecutor { Handler = (_, _) => throw new InvalidOperationException("secret connection string") };
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var answer = await host.PostAsync(TypenameQuery);

        answer.Status.Should().Be(HttpStatusCode.InternalServerError);
        answer.Body.Should().Be("""{"errors":[{"message":"Unexpected Execution Error","extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""");
    }

    [Fact]
    public async Task Post_ExecutorThrowsWithExceptionDetails_AnswersTheExceptionMessage()
    {
        var executor = new FakeRequestExecutor { Handler = (_, _) => throw new InvalidOperationException("executor bug") };
        await using var host = await GraphQLTestHost.StartAsync(
            executor,
            services: s => s.Configure<Gateway.GraphQL.Hosting.GraphQLServerOptions>(o => o.IncludeExceptionDetails = true));

        var answer = await host.PostAsync(TypenameQuery);

        answer.Status.Should().Be(HttpStatusCode.InternalServerError);
        var error = answer.Json.GetProperty("errors")[0];
        error.GetProperty("message").GetString().Should().Be("executor bug");
        error.GetProperty("extensions").GetProperty("code").GetString().Should().Be("INTERNAL_SERVER_ERROR");
        error.GetProperty("extensions").GetProperty("exception").GetProperty("type").GetString().Should().Be("System.InvalidOperationException");
    }

    [Fact]
    public async Task Post_ClientCancels_CancelsTheExecutorToken()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new FakeRequestExecutor
        {
            Handler = async (_, ct) =>
            {
                using var registration = ct.Register(() => cancelled.TrySetResult());
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, ct);
                return ExecutionResult.FromData(null);
            },
        };
        await using var host = await GraphQLTestHost.StartAsync(executor);
        using var cts = new CancellationTokenSource();

        var send = host.SendAsync(HttpMethod.Post, body: TypenameQuery, ct: cts.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => send).Should().ThrowAsync<OperationCanceledException>();
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancelled.Task.IsCompletedSuccessfully.Should().BeTrue();
    }

    [Fact]
    public async Task MapGraphQL_WithoutExecutor_ThrowsWithGuidance()
    {
        var builder = WebApplication.CreateSlimBuilder();
        await using var app = builder.Build();

        var act = () => app.MapGraphQL();

        act.Should().Throw<InvalidOperationException>().WithMessage("*AddGraphQLServer*");
    }

    private sealed class ScopedMarker;

    /// <summary>A readable stream that hides its length, so that HttpClient sends the body chunked.</summary>
    private sealed class UnknownLengthStream(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
    }
}
