using System.Net;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Language;
using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>The endpoint in front of the real engine (AddGraphQLServer): what a client sees end to end.</summary>
public sealed class GraphQLHttpEngineTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Fact]
    public async Task Post_Query_ReturnsData()
    {
        await using var host = await EngineTestSchema.StartAsync();

        var answer = await host.PostAsync("""{"query":"query Q($n: String) { hello(name: $n) greetings { id text } }","variables":{"n":"Ada"}}""", GraphQLResponse);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Body.Should().Be("""{"data":{"hello":"Hello, Ada!","greetings":[{"id":"1","text":"Hi"},{"id":"2","text":"Hey"}]}}""");
    }

    [Fact]
    public async Task Get_QueryWithVariables_ReturnsData()
    {
        await using var host = await EngineTestSchema.StartAsync();
        var query = Uri.EscapeDataString("query Q($n: String) { hello(name: $n) }");
        var variables = Uri.EscapeDataString("""{"n":"Bob"}""");

        var answer = await host.GetAsync($"/graphql?query={query}&variables={variables}", GraphQLResponse);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Body.Should().Be("""{"data":{"hello":"Hello, Bob!"}}""");
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData("application/json")]
    public async Task Get_Mutation_Answers405AndDoesNotRunIt(string accept)
    {
        var runs = 0;
        await using var host = await GraphQLTestHost.StartAsync(services =>
            services.AddGraphQLServer()
                .AddDocumentFromString(EngineTestSchema.Sdl)
                .AddResolver("Query", "hello", _ => "hi")
                .AddResolver("Query", "greetings", _ => Array.Empty<object>())
                .AddResolver("Query", "failing", _ => null)
                .AddResolver("Mutation", "setGreeting", _ =>
                {
                    Interlocked.Increment(ref runs);
                    return "set";
                }));

        var answer = await host.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { setGreeting(text: \"x\") }"), accept);
        var post = await host.PostAsync("""{"query":"mutation { setGreeting(text: \"x\") }"}""", accept);

        answer.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        answer.Allow.Should().Be("POST");
        answer.HasData.Should().BeFalse();
        post.Body.Should().Be("""{"data":{"setGreeting":"set"}}""");
        runs.Should().Be(1);
    }

    [Theory]
    [InlineData("""{"query":"{"}""", "GRAPHQL_PARSE_FAILED")]
    [InlineData("""{"query":"{ nope }"}""", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("""{"query":"query Q($t: String!) { hello(name: $t) }","variables":{"t":null}}""", "BAD_USER_INPUT")]
    public async Task Post_RequestErrors_Answer400WithLocatedErrorsUnderGraphQLResponseJson(string body, string expectedCode)
    {
        await using var host = await EngineTestSchema.StartAsync();

        var strict = await host.PostAsync(body, GraphQLResponse);
        var legacy = await host.PostAsync(body, "application/json");

        strict.Status.Should().Be(HttpStatusCode.BadRequest);
        strict.HasData.Should().BeFalse();
        strict.FirstErrorCode.Should().Be(expectedCode);
        strict.Json.GetProperty("errors")[0].GetProperty("locations")[0].GetProperty("line").GetInt32().Should().Be(1);
        legacy.Status.Should().Be(HttpStatusCode.OK);
        legacy.FirstErrorCode.Should().Be(expectedCode);
    }

    [Fact]
    public async Task Post_ResolverThrows_Answers200WithMaskedFieldError()
    {
        await using var host = await EngineTestSchema.StartAsync();

        var answer = await host.PostAsync("""{"query":"{ hello failing }"}""", GraphQLResponse);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Body.Should().StartWith("""{"data":{"hello":"Hello, world!","failing":null},"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":9}],"path":["failing"],"extensions":{"code":""");
        answer.Body.Should().NotContain("hunter2");
    }

    [Fact]
    public async Task Get_Sdl_PrintsTheSchema()
    {
        await using var host = await EngineTestSchema.StartAsync();

        var answer = await host.GetAsync("/graphql?sdl");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ContentType.Should().Be("text/plain; charset=utf-8");
        answer.Body.Should().Be(SchemaPrinter.Print(Schema.FromDocument(Parser.Parse(EngineTestSchema.Sdl))));
    }

    [Fact]
    public async Task Post_ExecutionTimeout_Answers504WithTimeoutCode()
    {
        await using var host = await GraphQLTestHost.StartAsync(services =>
            services.AddGraphQLServer()
                .AddDocumentFromString(EngineTestSchema.Sdl)
                .AddResolver("Query", "hello", async context =>
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    return "never";
                })
                .AddResolver("Query", "greetings", _ => Array.Empty<object>())
                .AddResolver("Query", "failing", _ => null)
                .AddResolver("Mutation", "setGreeting", _ => "x")
                .ModifyOptions(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(100)));

        var answer = await host.PostAsync("""{"query":"{ hello }"}""", GraphQLResponse);

        answer.FirstErrorCode.Should().Be("EXECUTION_TIMEOUT");
        ((int)answer.Status).Should().BeOneOf(200, 504);
        if (answer.HasData)
        {
            answer.Status.Should().Be(HttpStatusCode.OK, "data was produced");
        }
        else
        {
            answer.Status.Should().Be(HttpStatusCode.GatewayTimeout);
        }
    }

    [Fact]
    public async Task Post_ClientDisconnects_CancelsTheResolver()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await GraphQLTestHost.StartAsync(services =>
            services.AddGraphQLServer()
                .AddDocumentFromString(EngineTestSchema.Sdl)
                .AddResolver("Query", "hello", async context =>
                {
                    using var registration = context.RequestAborted.Register(() => cancelled.TrySetResult());
                    started.TrySetResult();
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                    return "never";
                })
                .AddResolver("Query", "greetings", _ => Array.Empty<object>())
                .AddResolver("Query", "failing", _ => null)
                .AddResolver("Mutation", "setGreeting", _ => "x"));
        using var cts = new CancellationTokenSource();

        var send = host.SendAsync(HttpMethod.Post, body: """{"query":"{ hello }"}""", ct: cts.Token);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => send).Should().ThrowAsync<OperationCanceledException>();
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        cancelled.Task.IsCompletedSuccessfully.Should().BeTrue();
    }
}
