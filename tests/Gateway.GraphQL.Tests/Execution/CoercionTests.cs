using System.Text.Json;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class CoercionTests
{
    private const string Sdl = """
        type Query {
          echo(id: ID, n: Int, list: [Int], filter: Filter, by: By, color: Color, flag: Boolean = true, dflt: Int = 7): String
          req(id: ID!): String
        }
        input Filter { name: String, limit: Int = 10, tags: [String!], inner: Filter }
        input By @oneOf { id: ID, email: String }
        enum Color { RED GREEN BLUE }
        """;

    private static IRequestExecutor Create() => TestExecutor.Create(Sdl, b => b
        .AddResolver("Query", "echo", c => JsonSerializer.Serialize(c.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).ToDictionary(a => a.Key, a => a.Value)))
        .AddResolver("Query", "req", c => c.ArgumentValue<string>("id")));

    private static async Task<string> EchoAsync(string query, object? variables = null)
    {
        var result = await Create().RunAsync(query, variables);
        result.Errors.Should().BeEmpty();
        var map = (ResultMap)result.Data!;
        return (string)map.GetValueOrDefault("echo")!;
    }

    [Fact]
    public async Task Arguments_Literals_CoercedWithDefaultsAndListOfOne()
    {
        var echo = await EchoAsync("""{ echo(id: 5, n: 3, list: 4, filter: { name: "x", tags: "t" }, color: RED) }""");

        echo.Should().Be("""{"color":"RED","dflt":7,"filter":{"name":"x","limit":10,"tags":["t"]},"flag":true,"id":"5","list":[4],"n":3}""");
    }

    [Fact]
    public async Task Arguments_ExplicitNullVersusMissing_NullKeptMissingDefaulted()
    {
        var echo = await EchoAsync("query($d: Int) { echo(flag: null, dflt: $d) }");

        echo.Should().Be("""{"dflt":7,"flag":null}""");
    }

    [Fact]
    public async Task Variables_InputObjectAndEnumAndList_Coerced()
    {
        var echo = await EchoAsync(
            "query($f: Filter, $c: Color, $l: [Int]) { echo(filter: $f, color: $c, list: $l) }",
            new { f = new { name = "n", inner = new { limit = 2 } }, c = "BLUE", l = 9 });

        echo.Should().Be("""{"color":"BLUE","dflt":7,"filter":{"name":"n","limit":10,"inner":{"limit":2}},"flag":true,"list":[9]}""");
    }

    [Fact]
    public async Task Variables_RequiredNotProvided_BadUserInputWithLocation()
    {
        var result = await Create().RunAsync("query Q(\n  $id: ID!) { req(id: $id) }");

        result.Kind.Should().Be(ResultKind.RequestError);
        ResultJson.Write(result, withLocations: true).Should().Be("""{"errors":[{"message":"Variable \"$id\" of required type \"ID!\" was not provided.","locations":[{"line":2,"column":3}],"code":"BAD_USER_INPUT"}]}""");
    }

    [Fact]
    public async Task Variables_NullForNonNull_Rejected()
    {
        var result = await Create().RunAsync("query($id: ID!) { req(id: $id) }", new { id = (string?)null });

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Variable \"$id\" of non-null type \"ID!\" must not be null.");
    }

    [Fact]
    public async Task Variables_InvalidScalar_ReportsValueAndReason()
    {
        var result = await Create().RunAsync("query($n: Int) { echo(n: $n) }", new { n = 1.5 });

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Variable \"$n\" got invalid value 1.5; Int cannot represent non-integer value: 1.5");
        result.Errors[0].Code.Should().Be(ErrorCodes.BadUserInput);
    }

    [Fact]
    public async Task Variables_InvalidNestedInputObject_ReportsEveryProblemWithPath()
    {
        var result = await Create().RunAsync(
            "query($f: Filter) { echo(filter: $f) }",
            new { f = new { nam = "x", tags = new[] { "a", null }, inner = new { limit = "z" } } });

        result.Errors.Select(e => e.Message).Should().Equal(
            "Variable \"$f\" got invalid value null at \"f.tags[1]\"; Expected non-nullable type \"String!\" not to be null.",
            "Variable \"$f\" got invalid value \"z\" at \"f.inner.limit\"; Int cannot represent non-integer value: \"z\"",
            "Variable \"$f\" got invalid value { nam: \"x\", tags: [\"a\", null], inner: { limit: \"z\" } }; Field \"nam\" is not defined by type \"Filter\". Did you mean \"name\"?");
    }

    [Fact]
    public async Task Variables_UnknownEnumValue_SuggestsValue()
    {
        var result = await Create().RunAsync("query($c: Color) { echo(color: $c) }", new { c = "GREN" });

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Variable \"$c\" got invalid value \"GREN\"; Value \"GREN\" does not exist in \"Color\" enum. Did you mean \"GREEN\" or \"RED\"?");
    }

    [Fact]
    public async Task Variables_OneOfWithTwoKeys_Rejected()
    {
        var result = await Create().RunAsync("query($by: By) { echo(by: $by) }", new { by = new { id = "1", email = "a@b" } });

        result.Errors.Should().ContainSingle().Which.Message.Should().Be("Variable \"$by\" got invalid value { id: \"1\", email: \"a@b\" }; Exactly one key must be specified for OneOf type \"By\".");
    }

    [Fact]
    public async Task Variables_OneOfWithOneKey_Accepted()
    {
        var echo = await EchoAsync("query($by: By) { echo(by: $by) }", new { by = new { email = "a@b" } });

        echo.Should().Be("""{"by":{"email":"a@b"},"dflt":7,"flag":true}""");
    }

    [Fact]
    public void Coerce_VariableWithoutRuntimeValueForRequiredArgument_ThrowsLocatedBadUserInput()
    {
        var schema = Gateway.GraphQL.Types.Schema.FromDocument(Gateway.GraphQL.Language.Parser.Parse(Sdl));
        var field = schema.QueryType.GetField("req")!;
        var node = (Gateway.GraphQL.Language.FieldNode)((Gateway.GraphQL.Language.OperationDefinitionNode)Gateway.GraphQL.Language.Parser.Parse("query($id: ID) { req(id: $id) }").Definitions[0]).SelectionSet.Selections[0];

        var act = () => ArgumentCoercion.Coerce(field.Arguments, node, node.Arguments, new Dictionary<string, object?>());

        var error = act.Should().Throw<GraphQLException>().Which.Errors.Should().ContainSingle().Subject;
        error.Message.Should().Be("Argument \"id\" of required type \"ID!\" was provided the variable \"$id\" which was not provided a runtime value.");
        error.Code.Should().Be(ErrorCodes.BadUserInput);
        error.Locations.Should().Equal(new SourceLocation(1, 26));
    }

    [Fact]
    public async Task Arguments_NullVariableForNonNullArgument_FieldError()
    {
        var result = await Create().RunAsync("query($id: ID = \"1\") { req(id: $id) }", new { id = (string?)null });

        ResultJson.Write(result).Should().Be("""{"data":{"req":null},"errors":[{"message":"Argument \"id\" of non-null type \"ID!\" must not be null.","path":["req"],"code":"BAD_USER_INPUT"}]}""");
    }

    [Fact]
    public async Task Variables_DefaultValueUsedWhenMissing()
    {
        var echo = await EchoAsync("query($n: Int = 42) { echo(n: $n) }");

        echo.Should().Be("""{"dflt":7,"flag":true,"n":42}""");
    }
}
