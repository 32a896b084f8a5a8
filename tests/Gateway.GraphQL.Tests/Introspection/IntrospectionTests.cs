using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Tests.Execution;

namespace Gateway.GraphQL.Tests.Introspection;

public sealed class IntrospectionTests
{
    private const string Sdl = """
        "The demo schema."
        schema { query: Query mutation: Mutation }

        "Root queries."
        type Query {
          "Finds a node."
          node(id: ID!, "Old way." legacyId: Int @deprecated(reason: "Use id.")): Node
          search(filter: Filter = { limit: 5, color: RED }, first: Int = 10): [Result!]!
          old: String @deprecated(reason: "Gone soon.")
          when: DateTime
        }

        type Mutation { touch(by: By!): Boolean }

        "Something with an id."
        interface Node { id: ID! }

        type Person implements Node { id: ID! name: String }
        type Robot implements Node { id: ID! }
        union Result = Person | Robot

        enum Color { RED GREEN @deprecated(reason: "No green.") BLUE }

        input Filter { limit: Int, color: Color = BLUE, legacy: String @deprecated(reason: "Unused.") }
        input By @oneOf { id: ID, email: String }

        "An ISO-8601 instant."
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        directive @cached(ttl: Int = 60) repeatable on FIELD_DEFINITION | OBJECT
        """;

    private static IRequestExecutor Create() => TestExecutor.Create(Sdl, b => b
        .AddResolver("Query", "node", _ => null)
        .AddResolver("Query", "search", _ => Array.Empty<object>())
        .AddResolver("Query", "old", _ => null)
        .AddResolver("Query", "when", _ => null)
        .AddResolver("Mutation", "touch", _ => true));

    private static string FullIntrospectionQuery()
    {
        using var stream = typeof(IntrospectionTests).Assembly.GetManifestResourceStream("FullIntrospectionQuery.graphql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task<JsonElement> RunFullIntrospectionAsync()
    {
        var result = await Create().RunAsync(FullIntrospectionQuery());
        result.Errors.Should().BeEmpty();
        return JsonDocument.Parse(ResultJson.Data(result)).RootElement.GetProperty("__schema");
    }

    private static JsonElement TypeNamed(JsonElement schema, string name) =>
        schema.GetProperty("types").EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);

    private static JsonElement Named(JsonElement list, string name) =>
        list.EnumerateArray().Single(t => t.GetProperty("name").GetString() == name);

    private static string TypeRef(JsonElement type) => type.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => TypeRef(type.GetProperty("ofType")) + "!",
        "LIST" => "[" + TypeRef(type.GetProperty("ofType")) + "]",
        _ => type.GetProperty("name").GetString()!,
    };

    [Fact]
    public async Task FullIntrospectionQuery_SchemaLevel_RootsDescriptionAndAllTypes()
    {
        var schema = await RunFullIntrospectionAsync();

        schema.GetProperty("description").GetString().Should().Be("The demo schema.");
        schema.GetProperty("queryType").GetProperty("name").GetString().Should().Be("Query");
        schema.GetProperty("queryType").GetProperty("kind").GetString().Should().Be("OBJECT");
        schema.GetProperty("mutationType").GetProperty("name").GetString().Should().Be("Mutation");
        schema.GetProperty("subscriptionType").ValueKind.Should().Be(JsonValueKind.Null);
        schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().Contain(
            ["Query", "Mutation", "Node", "Person", "Robot", "Result", "Color", "Filter", "By", "DateTime",
             "String", "Int", "Boolean", "ID", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"]);
    }

    [Fact]
    public async Task FullIntrospectionQuery_Fields_ArgsTypesDefaultsAndDeprecation()
    {
        var query = TypeNamed(await RunFullIntrospectionAsync(), "Query");

        query.GetProperty("kind").GetString().Should().Be("OBJECT");
        query.GetProperty("description").GetString().Should().Be("Root queries.");
        var fields = query.GetProperty("fields");
        fields.EnumerateArray().Select(f => f.GetProperty("name").GetString()).Should().Equal("node", "search", "old", "when");
        var node = Named(fields, "node");
        node.GetProperty("description").GetString().Should().Be("Finds a node.");
        TypeRef(node.GetProperty("type")).Should().Be("Node");
        var legacy = Named(node.GetProperty("args"), "legacyId");
        legacy.GetProperty("isDeprecated").GetBoolean().Should().BeTrue();
        legacy.GetProperty("deprecationReason").GetString().Should().Be("Use id.");
        legacy.GetProperty("description").GetString().Should().Be("Old way.");
        TypeRef(Named(node.GetProperty("args"), "id").GetProperty("type")).Should().Be("ID!");
        var search = Named(fields, "search");
        TypeRef(search.GetProperty("type")).Should().Be("[Result!]!");
        Named(search.GetProperty("args"), "filter").GetProperty("defaultValue").GetString().Should().Be("{limit: 5, color: RED}");
        Named(search.GetProperty("args"), "first").GetProperty("defaultValue").GetString().Should().Be("10");
        var old = Named(fields, "old");
        old.GetProperty("isDeprecated").GetBoolean().Should().BeTrue();
        old.GetProperty("deprecationReason").GetString().Should().Be("Gone soon.");
        query.GetProperty("interfaces").GetArrayLength().Should().Be(0);
        query.GetProperty("enumValues").ValueKind.Should().Be(JsonValueKind.Null);
        query.GetProperty("inputFields").ValueKind.Should().Be(JsonValueKind.Null);
        query.GetProperty("isOneOf").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task FullIntrospectionQuery_AbstractEnumInputAndScalarTypes_Described()
    {
        var schema = await RunFullIntrospectionAsync();

        TypeNamed(schema, "Node").GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().BeEquivalentTo(["Person", "Robot"]);
        TypeNamed(schema, "Result").GetProperty("kind").GetString().Should().Be("UNION");
        TypeNamed(schema, "Person").GetProperty("interfaces").EnumerateArray().Select(t => t.GetProperty("name").GetString()).Should().Equal("Node");
        var green = Named(TypeNamed(schema, "Color").GetProperty("enumValues"), "GREEN");
        green.GetProperty("isDeprecated").GetBoolean().Should().BeTrue();
        green.GetProperty("deprecationReason").GetString().Should().Be("No green.");
        var filter = TypeNamed(schema, "Filter");
        filter.GetProperty("isOneOf").GetBoolean().Should().BeFalse();
        Named(filter.GetProperty("inputFields"), "color").GetProperty("defaultValue").GetString().Should().Be("BLUE");
        Named(filter.GetProperty("inputFields"), "legacy").GetProperty("isDeprecated").GetBoolean().Should().BeTrue();
        TypeNamed(schema, "By").GetProperty("isOneOf").GetBoolean().Should().BeTrue();
        var dateTime = TypeNamed(schema, "DateTime");
        dateTime.GetProperty("kind").GetString().Should().Be("SCALAR");
        dateTime.GetProperty("specifiedByURL").GetString().Should().Be("https://scalars.graphql.org/andimarek/date-time");
        dateTime.GetProperty("description").GetString().Should().Be("An ISO-8601 instant.");
    }

    [Fact]
    public async Task FullIntrospectionQuery_Directives_LocationsArgsAndRepeatable()
    {
        var directives = (await RunFullIntrospectionAsync()).GetProperty("directives");

        directives.EnumerateArray().Select(d => d.GetProperty("name").GetString()).Should().Contain(["include", "skip", "deprecated", "specifiedBy", "oneOf", "cached"]);
        var cached = Named(directives, "cached");
        cached.GetProperty("isRepeatable").GetBoolean().Should().BeTrue();
        cached.GetProperty("locations").EnumerateArray().Select(l => l.GetString()).Should().Equal("FIELD_DEFINITION", "OBJECT");
        Named(cached.GetProperty("args"), "ttl").GetProperty("defaultValue").GetString().Should().Be("60");
        var skip = Named(directives, "skip");
        skip.GetProperty("isRepeatable").GetBoolean().Should().BeFalse();
        skip.GetProperty("locations").EnumerateArray().Select(l => l.GetString()).Should().Equal("FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT");
        TypeRef(Named(skip.GetProperty("args"), "if").GetProperty("type")).Should().Be("Boolean!");
    }

    [Fact]
    public async Task TypeQuery_ByName_ReturnsTypeOrNull()
    {
        var json = await Create().RunJsonAsync("""{ __type(name: "Person") { name kind fields { name } } missing: __type(name: "Nope") { name } }""");

        json.Should().Be("""{"data":{"__type":{"name":"Person","kind":"OBJECT","fields":[{"name":"id"},{"name":"name"}]},"missing":null}}""");
    }

    [Fact]
    public async Task IncludeDeprecatedFalse_HidesDeprecatedMembers()
    {
        var json = await Create().RunJsonAsync("""
            { q: __type(name: "Query") { fields { name args { name } } }
              c: __type(name: "Color") { enumValues { name } }
              f: __type(name: "Filter") { inputFields { name } } }
            """);

        json.Should().Be("""{"data":{"q":{"fields":[{"name":"node","args":[{"name":"id"}]},{"name":"search","args":[{"name":"filter"},{"name":"first"}]},{"name":"when","args":[]}]},"c":{"enumValues":[{"name":"RED"},{"name":"BLUE"}]},"f":{"inputFields":[{"name":"limit"},{"name":"color"}]}}}""");
    }
}
