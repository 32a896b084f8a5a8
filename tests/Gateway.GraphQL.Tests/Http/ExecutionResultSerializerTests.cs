using System.Text;
using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Http;

namespace Gateway.GraphQL.Tests.Http;

public sealed class ExecutionResultSerializerTests
{
    [Fact]
    public void Write_DataErrorsExtensions_KeepsKeyOrder()
    {
        var data = new ResultMap();
        data.Add("b", 1);
        data.Add("a", "x");
        var result = ExecutionResult.FromData(
            data,
            [new GraphQLError("boom", ErrorCodes.InternalServerError)],
            new Dictionary<string, object?> { ["cost"] = 3 });

        Serialize(result).Should().Be("""{"data":{"b":1,"a":"x"},"errors":[{"message":"boom","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"extensions":{"cost":3}}""");
    }

    [Fact]
    public void Write_RequestError_HasNoDataEntry()
    {
        var result = ExecutionResult.FromError(new GraphQLError("Syntax Error: Expected Name, found <EOF>.", ErrorCodes.ParseFailed, [new SourceLocation(1, 2)]));

        Serialize(result).Should().Be("""{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>.","locations":[{"line":1,"column":2}],"extensions":{"code":"GRAPHQL_PARSE_FAILED"}}]}""");
    }

    [Fact]
    public void Write_NullData_WritesDataNull()
    {
        Serialize(ExecutionResult.FromData(null, [new GraphQLError("x", ErrorCodes.NonNullViolation)]))
            .Should().StartWith("""{"data":null,"errors":[""");
    }

    [Fact]
    public void Write_NestedValues_WritesEveryLeafKind()
    {
        using var json = JsonDocument.Parse("""{"k":[1,"two"]}""");
        var inner = new ResultMap();
        inner.Add("long", 5_000_000_000L);
        inner.Add("double", 1.5);
        inner.Add("decimal", 2.25m);
        inner.Add("bool", true);
        inner.Add("null", null);
        inner.Add("json", json.RootElement.Clone());
        var data = new ResultMap();
        data.Add("list", new List<object?> { inner, null, "s" });

        Serialize(ExecutionResult.FromData(data)).Should().Be(
            """{"data":{"list":[{"long":5000000000,"double":1.5,"decimal":2.25,"bool":true,"null":null,"json":{"k":[1,"two"]}},null,"s"]}}""");
    }

    [Fact]
    public void WriteError_PathAndNestedExtensions_WritesThemAfterCode()
    {
        using var json = JsonDocument.Parse("[true]");
        var error = new GraphQLError(
            "Cannot return null for non-nullable field Query.a.",
            [new SourceLocation(3, 5)],
            ["a", 0, "b"],
            new Dictionary<string, object?>
            {
                ["detail"] = new Dictionary<string, object?> { ["n"] = 1, ["list"] = new object?[] { "x", null, 2.5 } },
                ["code"] = ErrorCodes.NonNullViolation,
                ["raw"] = json.RootElement,
            });

        WriteError(error).Should().Be(
            """{"message":"Cannot return null for non-nullable field Query.a.","locations":[{"line":3,"column":5}],"path":["a",0,"b"],"extensions":{"code":"NON_NULL_VIOLATION","detail":{"n":1,"list":["x",null,2.5]},"raw":[true]}}""");
    }

    [Fact]
    public void WriteError_WithoutCode_WritesInternalServerErrorCode()
    {
        WriteError(new GraphQLError("oops")).Should().Be("""{"message":"oops","extensions":{"code":"INTERNAL_SERVER_ERROR"}}""");
    }

    [Fact]
    public void WriteValue_NonFiniteDouble_WritesNull()
    {
        var data = new ResultMap();
        data.Add("nan", double.NaN);

        Serialize(ExecutionResult.FromData(data)).Should().Be("""{"data":{"nan":null}}""");
    }

    [Fact]
    public void Write_UnicodeStrings_AreValidUtf8Json()
    {
        var data = new ResultMap();
        data.Add("name", "Run🏃Swim🏊 \"quoted\" <tag>");

        var bytes = ExecutionResultSerializer.SerializeToUtf8Bytes(ExecutionResult.FromData(data));

        using var parsed = JsonDocument.Parse(bytes);
        parsed.RootElement.GetProperty("data").GetProperty("name").GetString().Should().Be("Run🏃Swim🏊 \"quoted\" <tag>");
    }

    private static string Serialize(ExecutionResult result) =>
        Encoding.UTF8.GetString(ExecutionResultSerializer.SerializeToUtf8Bytes(result));

    private static string WriteError(GraphQLError error)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ExecutionResultSerializer.WriterOptions))
        {
            ExecutionResultSerializer.WriteError(writer, error);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
