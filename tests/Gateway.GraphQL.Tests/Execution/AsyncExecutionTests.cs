using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class AsyncExecutionTests
{
    private const string Sdl = """
        type Query { a: String b: String slow: String never: String }
        type Mutation { first: String second: String third: String }
        """;

    [Fact]
    public async Task ExecuteAsync_AsyncSiblingFields_RunConcurrently()
    {
        // Each resolver waits until the other has started: this only completes if both run at the same time.
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = TestExecutor.Create(Sdl, b => b
            .AddResolver("Query", "a", async c =>
            {
                aStarted.SetResult();
                await bStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), c.RequestAborted);
                return (object?)"A";
            })
            .AddResolver("Query", "b", async c =>
            {
                bStarted.SetResult();
                await aStarted.Task.WaitAsync(TimeSpan.FromSeconds(10), c.RequestAborted);
                return (object?)"B";
            })
            .AddResolver("Query", "slow", _ => null)
            .AddResolver("Query", "never", _ => null)
            .AddResolver("Mutation", "first", _ => null)
            .AddResolver("Mutation", "second", _ => null)
            .AddResolver("Mutation", "third", _ => null));

        var json = await executor.RunJsonAsync("{ a b }");

        json.Should().Be("""{"data":{"a":"A","b":"B"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_Mutation_RunsTopLevelFieldsSerially()
    {
        var log = new List<string>();
        FieldResolver Step(string name) => async c =>
        {
            log.Add("start " + name);
            await Task.Yield();
            await Task.Yield();
            log.Add("end " + name);
            return name;
        };
        var executor = TestExecutor.Create(Sdl, b => b
            .AddResolver("Query", "a", _ => null)
            .AddResolver("Query", "b", _ => null)
            .AddResolver("Query", "slow", _ => null)
            .AddResolver("Query", "never", _ => null)
            .AddResolver("Mutation", "first", c => Step("first")(c))
            .AddResolver("Mutation", "second", c => Step("second")(c))
            .AddResolver("Mutation", "third", c => Step("third")(c)));

        var json = await executor.RunJsonAsync("mutation { third first second }");

        json.Should().Be("""{"data":{"third":"third","first":"first","second":"second"}}""");
        log.Should().Equal("start third", "end third", "start first", "end first", "start second", "end second");
    }

    [Fact]
    public async Task ExecuteAsync_ExecutionTimeout_EndsRequestWithTimeoutCode()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = TestExecutor.Create(Sdl, b => b
            .AddResolver("Query", "a", _ => null)
            .AddResolver("Query", "b", _ => null)
            .AddResolver("Query", "slow", _ => null)
            .AddResolver("Query", "never", async c =>
            {
                using var registration = c.RequestAborted.Register(() => cancelled.TrySetResult());
                await Task.Delay(Timeout.Infinite, c.RequestAborted);
                return null;
            })
            .AddResolver("Mutation", "first", _ => null)
            .AddResolver("Mutation", "second", _ => null)
            .AddResolver("Mutation", "third", _ => null)
            .ModifyOptions(o => o.ExecutionTimeout = TimeSpan.FromMilliseconds(50)));

        var result = await executor.RunAsync("{ a never }");

        result.HasData.Should().BeFalse();
        result.Kind.Should().Be(ResultKind.RequestError);
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.ExecutionTimeout);
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancels_StopsResolversAndReportsCancellation()
    {
        using var cts = new CancellationTokenSource();
        var resolverCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = TestExecutor.Create(Sdl, b => b
            .AddResolver("Query", "a", _ => null)
            .AddResolver("Query", "b", _ => null)
            .AddResolver("Query", "slow", _ => null)
            .AddResolver("Query", "never", async c =>
            {
                using var registration = c.RequestAborted.Register(() => resolverCancelled.TrySetResult());
                await cts.CancelAsync();
                await Task.Delay(Timeout.Infinite, c.RequestAborted);
                return null;
            })
            .AddResolver("Mutation", "first", _ => null)
            .AddResolver("Mutation", "second", _ => null)
            .AddResolver("Mutation", "third", _ => null));

        var result = await executor.RunAsync("{ never }", ct: cts.Token);

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.RequestCancelled);
        await resolverCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task ExecuteAsync_ResolverThrowsGraphQLException_SurfacesItsErrorsWithPath()
    {
        var executor = TestExecutor.Create(Sdl, b => b
            .AddResolver("Query", "a", async _ =>
            {
                await Task.Yield();
                throw new GraphQLException(new GraphQLError("Not allowed to read a.", "FORBIDDEN"));
            })
            .AddResolver("Query", "b", _ => "fine")
            .AddResolver("Query", "slow", _ => null)
            .AddResolver("Query", "never", _ => null)
            .AddResolver("Mutation", "first", _ => null)
            .AddResolver("Mutation", "second", _ => null)
            .AddResolver("Mutation", "third", _ => null));

        var result = await executor.RunAsync("{ b a }");

        ResultJson.Write(result, withLocations: true).Should().Be("""{"data":{"b":"fine","a":null},"errors":[{"message":"Not allowed to read a.","locations":[{"line":1,"column":5}],"path":["a"],"code":"FORBIDDEN"}]}""");
    }
}
