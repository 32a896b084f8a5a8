using System.Net;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>Status codes per media type, as the GraphQL-over-HTTP specification lays them down.</summary>
public sealed class GraphQLHttpEndpointStatusTests
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private const string Json = "application/json";

    [Theory]
    [InlineData("{", GraphQLResponse, 400, "GRAPHQL_PARSE_FAILED")]
    [InlineData("{", Json, 200, "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ unknownField }", GraphQLResponse, 400, "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("{ unknownField }", Json, 200, "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("query CoerceFailure($id: ID!){ __typename }", GraphQLResponse, 400, "BAD_USER_INPUT")]
    [InlineData("query CoerceFailure($id: ID!){ __typename }", Json, 200, "BAD_USER_INPUT")]
    public async Task Post_RequestError_StatusDependsOnMediaType(string query, string accept, int expectedStatus, string expectedCode)
    {
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor());

        var answer = await host.PostAsync($$$"""{"query":"{{{query}}}","variables":{"id":null}}""", accept);

        ((int)answer.Status).Should().Be(expectedStatus);
        answer.ContentType.Should().StartWith(accept);
        answer.HasData.Should().BeFalse();
        answer.FirstErrorCode.Should().Be(expectedCode);
    }

    [Theory]
    [InlineData(GraphQLResponse)]
    [InlineData(Json)]
    public async Task Post_FieldErrorWithData_Answers200WithDataThenErrors(string accept)
    {
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor());

        var answer = await host.PostAsync("""{"query":"{ failing }"}""", accept);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Body.Should().Be("""{"data":{"failing":null},"errors":[{"message":"Unexpected Execution Error","locations":[{"line":1,"column":3}],"path":["failing"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}""");
    }

    [Fact]
    public async Task Post_NullDataAfterPropagation_Answers200()
    {
        var executor = new FakeRequestExecutor
        {
            Handler = (_, _) => Task.FromResult(ExecutionResult.FromData(null, [new GraphQLError("Cannot return null for non-nullable field Query.a.", ErrorCodes.NonNullViolation)])),
        };
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var answer = await host.PostAsync("""{"query":"{ a }"}""", GraphQLResponse);

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.Body.Should().StartWith("""{"data":null,"errors":""");
    }

    [Theory]
    [InlineData(ErrorCodes.ExecutionTimeout, GraphQLResponse, 504)]
    [InlineData(ErrorCodes.InternalServerError, GraphQLResponse, 500)]
    [InlineData(ErrorCodes.OperationResolutionFailed, GraphQLResponse, 400)]
    [InlineData(ErrorCodes.ExecutionTimeout, Json, 200)]
    public async Task Post_ResultWithoutData_StatusFollowsTheErrorCode(string code, string accept, int expectedStatus)
    {
        var executor = new FakeRequestExecutor
        {
            Handler = (_, _) => Task.FromResult(ExecutionResult.FromError(new GraphQLError("failed", code))),
        };
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var answer = await host.PostAsync("""{"query":"{ a }"}""", accept);

        ((int)answer.Status).Should().Be(expectedStatus);
        answer.FirstErrorCode.Should().Be(code);
    }

    [Fact]
    public async Task Post_ResultExtensions_AreWrittenLast()
    {
        var data = new ResultMap();
        data.Add("a", 1);
        var executor = new FakeRequestExecutor
        {
            Handler = (_, _) => Task.FromResult(ExecutionResult.FromData(data, [new GraphQLError("warn", "SOME_CODE")], new Dictionary<string, object?> { ["cost"] = new Dictionary<string, object?> { ["total"] = 4 } })),
        };
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var answer = await host.PostAsync("""{"query":"{ a }"}""");

        answer.Body.Should().Be("""{"data":{"a":1},"errors":[{"message":"warn","extensions":{"code":"SOME_CODE"}}],"extensions":{"cost":{"total":4}}}""");
    }
}
