using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

/// <summary>The execution pump, idle while a resolver is pending, still ends the request when it is cancelled.</summary>
public sealed class ExecutionPumpCancellationTests
{
    private const string Sdl = "type Query { a: String stuck: String }";

    private static IRequestExecutor Create(TaskCompletionSource<object?> stuck, TimeSpan timeout) => TestExecutor.Create(Sdl, b => b
        .AddResolver("Query", "a", _ => "a")
        // Ignores RequestAborted: only the pump's own wake-up can end the request.
        .AddResolver("Query", "stuck", _ => new ValueTask<object?>(stuck.Task))
        .ModifyOptions(o => o.ExecutionTimeout = timeout));

    [Fact]
    public async Task ExecuteAsync_ResolverIgnoresTimeout_RequestEndsWithTimeoutCode()
    {
        var stuck = new TaskCompletionSource<object?>();
        var executor = Create(stuck, TimeSpan.FromMilliseconds(50));

        var result = await executor.RunAsync("{ a stuck }").WaitAsync(TimeSpan.FromSeconds(20));

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.ExecutionTimeout);
        stuck.TrySetResult(null);
    }

    [Fact]
    public async Task ExecuteAsync_CallerCancelsWhileResolverIgnoresIt_RequestEndsAsCancelled()
    {
        var stuck = new TaskCompletionSource<object?>();
        var executor = Create(stuck, TimeSpan.FromMinutes(5));
        using var cts = new CancellationTokenSource();

        var running = executor.RunAsync("{ a stuck }", ct: cts.Token);
        await cts.CancelAsync();
        var result = await running.WaitAsync(TimeSpan.FromSeconds(20));

        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.RequestCancelled);
        stuck.TrySetResult(null);
    }
}
