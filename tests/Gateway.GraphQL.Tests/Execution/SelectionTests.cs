using System.Text.Json;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class SelectionTests
{
    private const string Sdl = """
        type Query { search: [SearchResult!]! node(id: ID!): Node pets: [Pet] json: Thing status: Status statuses: [Status] count: Int bad: Int text: String }
        interface Node { id: ID! }
        union SearchResult = Person | Robot
        type Person implements Node { id: ID! name: String! }
        type Robot implements Node { id: ID! model: String! }
        interface Pet { name: String }
        type Dog implements Pet { name: String barks: Boolean }
        type Cat implements Pet { name: String lives: Int }
        type Thing { label: String tags: [String] child: Thing }
        enum Status { OPEN IN_PROGRESS CLOSED }
        """;

    private static IRequestExecutor Create(Action<IRequestExecutorBuilder>? extra = null) => TestExecutor.Create(Sdl, b =>
    {
        b.AddResolver("Query", "search", _ => new object[]
            {
                new Dictionary<string, object?> { ["__typename"] = "Person", ["id"] = "p1", ["name"] = "Ada" },
                new Robot("r1", "R2"),
            })
            .AddResolver("Query", "node", c => c.ArgumentValue<string>("id") == "r1" ? new Robot("r1", "R2") : new Person("p1", "Ada"))
            .AddResolver("Query", "pets", _ => new object?[] { new Dictionary<string, object?> { ["kind"] = "dog", ["name"] = "Rex", ["barks"] = true }, null, new Dictionary<string, object?> { ["kind"] = "cat", ["name"] = "Tom", ["lives"] = 9 } })
            .AddTypeResolver("Pet", v => (string?)((IReadOnlyDictionary<string, object?>)v)["kind"] == "dog" ? "Dog" : "Cat")
            .AddResolver("Query", "json", _ => JsonDocument.Parse("""{"label":"root","tags":["a","b"],"child":{"label":"kid","tags":null}}""").RootElement)
            .AddResolver("Query", "status", _ => TicketStatus.InProgress)
            .AddResolver("Query", "statuses", _ => new object[] { "OPEN", TicketStatus.Closed })
            .AddResolver("Query", "count", _ => 3)
            .AddResolver("Query", "bad", _ => "not a number")
            .AddResolver("Query", "text", _ => "t");
        extra?.Invoke(b);
    });

    [Fact]
    public async Task ExecuteAsync_UnionMembers_ResolvedByTypenameMemberAndClrTypeName()
    {
        var json = await Create().RunJsonAsync("{ search { __typename ... on Person { name } ... on Robot { model } ... on Node { id } } }");

        json.Should().Be("""{"data":{"search":[{"__typename":"Person","name":"Ada","id":"p1"},{"__typename":"Robot","model":"R2","id":"r1"}]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_InterfaceWithTypeResolver_UsesRegisteredFunction()
    {
        var json = await Create().RunJsonAsync("{ pets { name ... on Dog { barks } ... on Cat { lives } } }");

        json.Should().Be("""{"data":{"pets":[{"name":"Rex","barks":true},null,{"name":"Tom","lives":9}]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_NamedFragmentsAndMerging_FieldsMergedInFirstOccurrenceOrder()
    {
        var json = await Create().RunJsonAsync("""
            { node(id: "p1") { ...A ... on Person { id name } } }
            fragment A on Node { __typename id }
            """);

        json.Should().Be("""{"data":{"node":{"__typename":"Person","id":"p1","name":"Ada"}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_SkipAndIncludeFromLiteralsAndVariables_Honoured()
    {
        var executor = Create();
        const string Query = """
            query($yes: Boolean!, $no: Boolean!) {
              a: count @include(if: $yes)
              b: count @include(if: $no)
              c: count @skip(if: $yes)
              d: count @skip(if: false) @include(if: $yes)
              ... on Query @skip(if: $no) { e: count }
              ...F @include(if: $no)
            }
            fragment F on Query { f: count }
            """;

        var first = await executor.RunJsonAsync(Query, new { yes = true, no = false });
        var second = await executor.RunJsonAsync(Query, new { yes = false, no = true });

        first.Should().Be("""{"data":{"a":3,"d":3,"e":3}}""");
        second.Should().Be("""{"data":{"b":3,"c":3,"f":3}}""");
    }

    [Fact]
    public async Task ExecuteAsync_JsonElementParent_ResolvesMembersAndLists()
    {
        var json = await Create().RunJsonAsync("{ json { label tags child { label tags child { label } } } }");

        json.Should().Be("""{"data":{"json":{"label":"root","tags":["a","b"],"child":{"label":"kid","tags":null,"child":null}}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ClrEnumsAndNames_SerializedAsEnumValues()
    {
        var json = await Create().RunJsonAsync("{ status statuses }");

        json.Should().Be("""{"data":{"status":"IN_PROGRESS","statuses":["OPEN","CLOSED"]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ScalarCannotSerialize_FieldErrorAndNull()
    {
        var result = await Create().RunAsync("{ bad text }");

        ResultJson.Write(result).Should().Be("""{"data":{"bad":null,"text":"t"},"errors":[{"message":"Int cannot represent non-integer value: \"not a number\"","path":["bad"],"code":"INTERNAL_SERVER_ERROR"}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_AbstractTypeUnresolvable_FieldError()
    {
        var executor = TestExecutor.Create("type Query { node: Node } interface Node { id: ID } type A implements Node { id: ID }", b => b
            .AddResolver("Query", "node", _ => new { id = "1" }));

        var result = await executor.RunAsync("{ node { id } }");

        result.Errors.Should().ContainSingle().Which.Message.Should().StartWith("Abstract type \"Node\" must resolve to an Object type at runtime for field \"Query.node\".");
    }

    [Fact]
    public async Task ExecuteAsync_RepeatedQuery_UsesDocumentCache()
    {
        var executor = (RequestExecutor)Create();
        const string Query = "{ count }";

        await executor.RunAsync(Query);
        await executor.RunAsync(Query);
        await executor.RunAsync("{ text }");

        executor.Cache.Count.Should().Be(2);
    }

    private sealed record Person(string Id, string Name);

    private sealed record Robot(string Id, string Model);

    private enum TicketStatus
    {
        Open,
        InProgress,
        Closed,
    }
}
