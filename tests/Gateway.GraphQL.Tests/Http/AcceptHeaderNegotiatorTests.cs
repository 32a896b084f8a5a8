using Gateway.GraphQL.Http;
using Microsoft.Extensions.Primitives;

namespace Gateway.GraphQL.Tests.Http;

public sealed class AcceptHeaderNegotiatorTests
{
    [Theory]
    [InlineData(null, "Json")]
    [InlineData("", "Json")]
    [InlineData("*/*", "Json")]
    [InlineData("application/*", "Json")]
    [InlineData("application/json", "Json")]
    [InlineData("application/json; charset=utf-8", "Json")]
    [InlineData("application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json, application/json", "GraphQLResponseJson")]
    [InlineData("application/json, application/graphql-response+json", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json, */*", "GraphQLResponseJson")]
    [InlineData("application/graphql-response+json;q=0.5, application/json", "Json")]
    [InlineData("application/graphql-response+json, application/json;q=0.9", "GraphQLResponseJson")]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.8", "GraphQLResponseJson")]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "Json")]
    [InlineData("application/json;q=0, */*", "GraphQLResponseJson")]
    public void Negotiate_AcceptHeader_ChoosesMediaType(string? accept, string expected)
    {
        var header = accept is null ? StringValues.Empty : new StringValues(accept);

        AcceptHeaderNegotiator.Negotiate(header).Should().Be(Enum.Parse<ResponseMediaType>(expected));
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    [InlineData("application/json;q=0")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("*/*;q=0")]
    public void Negotiate_NothingAcceptable_ReturnsNone(string accept)
    {
        AcceptHeaderNegotiator.Negotiate(new StringValues(accept)).Should().Be(ResponseMediaType.None);
    }

    [Fact]
    public void Negotiate_SeveralAcceptHeaders_CombinesThem()
    {
        var header = new StringValues(["text/html", "application/graphql-response+json"]);

        AcceptHeaderNegotiator.Negotiate(header).Should().Be(ResponseMediaType.GraphQLResponseJson);
    }
}
