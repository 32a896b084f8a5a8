using System.Buffers;
using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Gateway.GraphQL.Tests.Http;

public sealed class GraphQLHttpRequestParserTests
{
    [Fact]
    public void TryParseBody_AllParameters_ReadsThem()
    {
        var ok = Parse("""{"query":"query Q($a: Int) { f(a: $a) }","operationName":"Q","variables":{"a":1},"extensions":{"k":"v"},"other":1}""", out var request, out var error);

        ok.Should().BeTrue(error);
        using (request)
        {
            request!.Query.Should().Be("query Q($a: Int) { f(a: $a) }");
            request.OperationName.Should().Be("Q");
            request.Variables!["a"].GetInt32().Should().Be(1);
            request.Extensions!["k"].GetString().Should().Be("v");
        }
    }

    [Fact]
    public void TryParseBody_NullOptionalParameters_AreAbsent()
    {
        var ok = Parse("""{"query":"{ a }","operationName":null,"variables":null,"extensions":null}""", out var request, out _);

        ok.Should().BeTrue();
        using (request)
        {
            request!.OperationName.Should().BeNull();
            request.Variables.Should().BeNull();
            request.Extensions.Should().BeNull();
        }
    }

    [Fact]
    public void TryParseBody_ByteOrderMark_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("""{"query":"{ a }"}""")).ToArray();

        var ok = GraphQLHttpRequestParser.TryParseBody(new ReadOnlySequence<byte>(bytes), out var request, out _);

        ok.Should().BeTrue();
        request!.Dispose();
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("{ \"not a JSON", "not valid JSON")]
    [InlineData("[1]", "must be a JSON object")]
    [InlineData("{}", "\"query\" parameter is missing")]
    [InlineData("{\"qeury\":\"{ a }\"}", "\"query\" parameter is missing")]
    [InlineData("{\"query\":null}", "\"query\" parameter is missing")]
    [InlineData("{\"query\":\"\"}", "\"query\" parameter is missing")]
    [InlineData("{\"query\":{\"obj\":\"ect\"}}", "\"query\" parameter must be a string, not an object")]
    [InlineData("{\"query\":0}", "must be a string, not a number")]
    [InlineData("{\"query\":false}", "must be a string, not a boolean")]
    [InlineData("{\"query\":[\"array\"]}", "must be a string, not an array")]
    [InlineData("{\"query\":\"{ a }\",\"operationName\":0}", "\"operationName\" parameter must be a string or null")]
    [InlineData("{\"query\":\"{ a }\",\"operationName\":{}}", "\"operationName\" parameter must be a string or null")]
    [InlineData("{\"query\":\"{ a }\",\"variables\":\"string\"}", "\"variables\" parameter must be a JSON object or null, not a string")]
    [InlineData("{\"query\":\"{ a }\",\"variables\":0}", "\"variables\" parameter must be a JSON object")]
    [InlineData("{\"query\":\"{ a }\",\"variables\":false}", "\"variables\" parameter must be a JSON object")]
    [InlineData("{\"query\":\"{ a }\",\"variables\":[\"array\"]}", "\"variables\" parameter must be a JSON object")]
    [InlineData("{\"query\":\"{ a }\",\"extensions\":\"string\"}", "\"extensions\" parameter must be a JSON object")]
    [InlineData("{\"query\":\"{ a }\",\"extensions\":[1]}", "\"extensions\" parameter must be a JSON object")]
    public void TryParseBody_MalformedRequest_ReportsWhy(string body, string expectedMessagePart)
    {
        var ok = Parse(body, out var request, out var error);

        ok.Should().BeFalse();
        request.Should().BeNull();
        error.Should().Contain(expectedMessagePart);
    }

    [Fact]
    public void TryParseBody_InvalidUtf8_ReportsError()
    {
        byte[] bytes = [.. "{\"query\":\""u8, 0xFF, 0xFE, .. "\"}"u8];

        var ok = GraphQLHttpRequestParser.TryParseBody(new ReadOnlySequence<byte>(bytes), out _, out var error);

        ok.Should().BeFalse();
        error.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void TryParseQueryString_AllParameters_ReadsJsonText()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues>
        {
            ["query"] = "query Q($a: Int) { f(a: $a) }",
            ["operationName"] = "Q",
            ["variables"] = """{"a":[1,2]}""",
            ["extensions"] = """{"persistedQuery":{"version":1}}""",
        });

        var ok = GraphQLHttpRequestParser.TryParseQueryString(query, out var request, out var error);

        ok.Should().BeTrue(error);
        using (request)
        {
            request!.OperationName.Should().Be("Q");
            request.Variables!["a"].ValueKind.Should().Be(JsonValueKind.Array);
            request.Extensions!["persistedQuery"].GetProperty("version").GetInt32().Should().Be(1);
        }
    }

    [Theory]
    [InlineData(null, null, null, "\"query\" parameter is missing")]
    [InlineData("{ a }", "[1]", null, "\"variables\" parameter must be a JSON object")]
    [InlineData("{ a }", "{", null, "\"variables\" parameter is not valid JSON")]
    [InlineData("{ a }", null, "\"x\"", "\"extensions\" parameter must be a JSON object")]
    public void TryParseQueryString_Malformed_ReportsWhy(string? queryText, string? variables, string? extensions, string expected)
    {
        var values = new Dictionary<string, StringValues>();
        if (queryText is not null)
        {
            values["query"] = queryText;
        }

        if (variables is not null)
        {
            values["variables"] = variables;
        }

        if (extensions is not null)
        {
            values["extensions"] = extensions;
        }

        var ok = GraphQLHttpRequestParser.TryParseQueryString(new QueryCollection(values), out _, out var error);

        ok.Should().BeFalse();
        error.Should().Contain(expected);
    }

    [Fact]
    public void TryParseQueryString_RepeatedParameter_IsRejected()
    {
        var query = new QueryCollection(new Dictionary<string, StringValues> { ["query"] = new(["{ a }", "{ b }"]) });

        GraphQLHttpRequestParser.TryParseQueryString(query, out _, out var error).Should().BeFalse();
        error.Should().Contain("more than once");
    }

    private static bool Parse(string body, out GraphQLHttpRequest? request, out string? error) =>
        GraphQLHttpRequestParser.TryParseBody(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(body)), out request, out error);
}
