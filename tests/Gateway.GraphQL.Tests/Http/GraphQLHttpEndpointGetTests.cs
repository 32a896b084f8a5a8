using System.Net;
using Gateway.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace Gateway.GraphQL.Tests.Http;

public sealed class GraphQLHttpEndpointGetTests
{
    [Fact]
    public async Task Get_Query_IsExecutedAsQueryOnly()
    {
        var executor = new FakeRequestExecutor();
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var answer = await host.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"));

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ContentType.Should().Be("application/json; charset=utf-8");
        answer.Body.Should().Be("""{"data":{"__typename":"Query"}}""");
        executor.Requests.Should().ContainSingle().Which.AllowedOperations.Should().Be(OperationKinds.Query);
    }

    [Fact]
    public async Task Get_VariablesOperationNameExtensions_AreReadFromTheQueryString()
    {
        var executor = new FakeRequestExecutor();
        (string? Name, string? Op, int? Version)? seen = null;
        executor.Handler = (request, _) =>
        {
            seen = (request.Variables?["name"].GetString(), request.OperationName, request.Extensions?["persistedQuery"].GetProperty("version").GetInt32());
            return Task.FromResult(ExecutionResult.FromData(new ResultMap()));
        };
        await using var host = await GraphQLTestHost.StartAsync(executor);
        var query = Uri.EscapeDataString("query Type($name: String!) { __type(name: $name) { name } }");
        var variables = Uri.EscapeDataString("""{"name":"sometype"}""");
        var extensions = Uri.EscapeDataString("""{"persistedQuery":{"version":1}}""");

        var answer = await host.GetAsync($"/graphql?query={query}&variables={variables}&operationName=Type&extensions={extensions}", "application/graphql-response+json");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ContentType.Should().Be("application/graphql-response+json; charset=utf-8");
        seen.Should().Be(((string?)"sometype", (string?)"Type", (int?)1));
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData("application/json")]
    public async Task Get_Mutation_Answers405AllowingPost(string accept)
    {
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor());

        var answer = await host.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { __typename }"), accept);

        answer.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        answer.Allow.Should().Be("POST");
        answer.HasData.Should().BeFalse();
        answer.FirstErrorCode.Should().Be("OPERATION_NOT_SUPPORTED");
    }

    [Theory]
    [InlineData("/graphql")]
    [InlineData("/graphql?operationName=Q")]
    [InlineData("/graphql?query={ __typename }&variables=[1]")]
    [InlineData("/graphql?query={ __typename }&variables={")]
    [InlineData("/graphql?query={ __typename }&extensions=0")]
    [InlineData("/graphql?query={ a }&query={ b }")]
    public async Task Get_InvalidParameters_Answers400(string pathAndQuery)
    {
        var executor = new FakeRequestExecutor();
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var answer = await host.GetAsync(pathAndQuery, "application/graphql-response+json");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.FirstErrorCode.Should().Be("BAD_REQUEST");
        executor.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_Sdl_AnswersTheSchemaAsPlainText()
    {
        var executor = new FakeRequestExecutor();
        await using var host = await GraphQLTestHost.StartAsync(executor);

        var answer = await host.GetAsync("/graphql?sdl");

        answer.Status.Should().Be(HttpStatusCode.OK);
        answer.ContentType.Should().Be("text/plain; charset=utf-8");
        answer.Body.Should().Be(Gateway.GraphQL.Types.SchemaPrinter.Print(executor.Schema));
        executor.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Get_SdlWhenDisabled_IsTreatedAsAGraphQLRequest()
    {
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor(), o => o.ServeSdl = false);

        var answer = await host.GetAsync("/graphql?sdl");

        answer.Status.Should().Be(HttpStatusCode.BadRequest);
        answer.FirstErrorCode.Should().Be("BAD_REQUEST");
    }

    [Fact]
    public async Task Get_WhenGetIsDisabled_Answers405AndPostStillWorks()
    {
        var executor = new FakeRequestExecutor();
        await using var host = await GraphQLTestHost.StartAsync(executor, mapConfigure: o => o.EnableGetRequests = false);

        var get = await host.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"));
        var post = await host.PostAsync("""{"query":"{ __typename }"}""");

        get.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
        get.Allow.Should().Be("POST");
        post.Status.Should().Be(HttpStatusCode.OK);
        executor.Requests.Should().ContainSingle();
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherMethods_Answer405(string method)
    {
        await using var host = await GraphQLTestHost.StartAsync(new FakeRequestExecutor());

        var answer = await host.SendAsync(new HttpMethod(method), body: """{"query":"{ __typename }"}""");

        answer.Status.Should().Be(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Get_BrowserNavigation_GoesToTheBrowserHandler()
    {
        var executor = new FakeRequestExecutor();
        await using var host = await GraphQLTestHost.StartAsync(
            executor,
            endpoint: e => e.WithBrowserHandler(context =>
            {
                context.Response.ContentType = "text/html";
                return context.Response.WriteAsync("<html>IDE</html>");
            }));
        const string browserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

        var page = await host.GetAsync("/graphql", browserAccept);
        var query = await host.GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }"), browserAccept);
        var client = await host.GetAsync("/graphql", "application/json");

        page.Body.Should().Be("<html>IDE</html>");
        query.Body.Should().Be("""{"data":{"__typename":"Query"}}""");
        client.Status.Should().Be(HttpStatusCode.BadRequest, "a GraphQL client GET without a query is a bad request, not the IDE");
        executor.Requests.Should().ContainSingle();
    }
}
