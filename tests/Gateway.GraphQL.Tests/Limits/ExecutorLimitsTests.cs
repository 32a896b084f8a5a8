using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Tests.Execution;

namespace Gateway.GraphQL.Tests.Limits;

public sealed class ExecutorLimitsTests
{
    private const string Sdl = """
        type Query { node: Node, tags(values: [String!]): Int }
        type Node { child: Node, name: String }
        """;

    [Fact]
    public async Task ExecuteAsync_OperationDeeperThanConfigured_IsRefusedBeforeAnyResolverRuns()
    {
        var runs = 0;
        var executor = TestExecutor.Create(Sdl, b => b
            .AddResolver("Query", "node", _ =>
            {
                Interlocked.Increment(ref runs);
                return new Dictionary<string, object?> { ["name"] = "n" };
            })
            .AddResolver("Query", "tags", _ => 0)
            .ModifyOptions(o => o.Limits.MaxExecutionDepth = 2));

        var refused = await executor.RunAsync("{ node { child { name } } }");
        var allowed = await executor.RunAsync("{ node { name } }");

        refused.HasData.Should().BeFalse();
        refused.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.MaxExecutionDepthExceeded);
        ResultJson.Data(allowed).Should().Be("""{"node":{"name":"n"}}""");
        runs.Should().Be(1);
    }

    [Fact]
    public async Task ExecuteAsync_VariableListLongerThanMaxInputListLength_IsRefused()
    {
        var executor = TestExecutor.Create(Sdl, b => b
            .AddResolver("Query", "node", _ => null)
            .AddResolver("Query", "tags", c => c.ArgumentValue<IReadOnlyList<object?>>("values").Count)
            .ModifyOptions(o => o.Limits.MaxInputListLength = 3));

        var refused = await executor.RunAsync("query($v: [String!]) { tags(values: $v) }", new { v = new[] { "a", "b", "c", "d" } });
        var allowed = await executor.RunAsync("query($v: [String!]) { tags(values: $v) }", new { v = new[] { "a", "b", "c" } });

        refused.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.InputListTooLong);
        refused.Errors[0].Message.Should().Contain("$v").And.Contain("3");
        ResultJson.Data(allowed).Should().Be("""{"tags":3}""");
    }
}
