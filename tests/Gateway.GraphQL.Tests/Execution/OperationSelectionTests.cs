using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class OperationSelectionTests
{
    private const string Sdl = """
        type Query { value: Int }
        type Mutation { set(to: Int!): Int }
        type Subscription { changed: Int }
        """;

    private static IRequestExecutor Create() => TestExecutor.Create(Sdl, b => b
        .AddResolver("Query", "value", _ => 1)
        .AddResolver("Mutation", "set", c => c.ArgumentValue<int>("to"))
        .AddResolver("Subscription", "changed", _ => 1));

    [Fact]
    public async Task ExecuteAsync_SeveralOperationsWithoutName_RequestError()
    {
        var result = await Create().RunAsync("query A { value } query B { value }");

        result.Kind.Should().Be(ResultKind.RequestError);
        result.HasData.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Must provide operation name if query contains multiple operations.");
        result.Errors[0].Code.Should().Be(ErrorCodes.OperationResolutionFailed);
    }

    [Fact]
    public async Task ExecuteAsync_UnknownOperationName_RequestError()
    {
        var result = await Create().RunAsync("query A { value }", operationName: "x");

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Unknown operation named \"x\".");
    }

    [Fact]
    public async Task ExecuteAsync_NamedOperation_RunsThatOperation()
    {
        var json = await Create().RunJsonAsync("query A { value } mutation B { set(to: 5) }", operationName: "B");

        json.Should().Be("""{"data":{"set":5}}""");
    }

    [Fact]
    public async Task ExecuteAsync_Subscription_NotSupported()
    {
        var result = await Create().RunAsync("subscription { changed }");

        result.Kind.Should().Be(ResultKind.RequestError);
        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Subscriptions are not supported yet.");
        result.Errors[0].Code.Should().Be(ErrorCodes.OperationNotSupported);
    }

    [Fact]
    public async Task ExecuteAsync_MutationWhenOnlyQueriesAllowed_OperationNotAllowed()
    {
        var result = await Create().ExecuteAsync(
            new GraphQLRequest { Query = "mutation { set(to: 1) }", AllowedOperations = OperationKinds.Query },
            CancellationToken.None);

        result.Kind.Should().Be(ResultKind.OperationNotAllowed);
        result.HasData.Should().BeFalse();
    }

    [Fact]
    public async Task ExecuteAsync_SyntaxError_RequestErrorWithParseCode()
    {
        var result = await Create().RunAsync("{ value");

        result.Kind.Should().Be(ResultKind.RequestError);
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.ParseFailed);
    }

    [Fact]
    public async Task ExecuteAsync_IntrospectionDisabled_RejectsSchemaQuery()
    {
        var executor = TestExecutor.Create(Sdl, b => b
            .AddResolver("Query", "value", _ => 1)
            .AddResolver("Mutation", "set", _ => 1)
            .AddResolver("Subscription", "changed", _ => 1)
            .ModifyOptions(o => o.EnableIntrospection = false));

        var rejected = await executor.RunAsync("{ ... on Query { __schema { queryType { name } } } }");
        var allowed = await executor.RunJsonAsync("{ value __typename }");

        rejected.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.IntrospectionDisabled);
        rejected.HasData.Should().BeFalse();
        allowed.Should().Be("""{"data":{"value":1,"__typename":"Query"}}""");
    }
}
