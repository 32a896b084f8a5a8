using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class ParentValueTests
{
    private const string Sdl = """
        type Query { flags: [Flag!]! doubled: [Int!]! probes: [Probe] }
        type Probe { count: Int boom: String ok: String! }
        type Flag { on: Boolean! maybe: Boolean tags: [String!]! }
        """;

    private static Gateway.GraphQL.Execution.IRequestExecutor Create() => TestExecutor.Create(Sdl, b => b
        .AddResolver("Query", "flags", _ => new[] { new Flag(true, null, ["a", "b"]), new Flag(false, false, []), new Flag(true, true, ["c"]) })
        .AddResolver("Query", "doubled", _ => Enumerable.Range(1, 3).Select(i => i * 2))
        .AddResolver("Query", "probes", _ => new[] { new Probe("many", null), new Probe(3, "fine") }));

    [Fact]
    public async Task ExecuteAsync_BooleanProperties_AreReadWithTheirValues()
    {
        var json = await Create().RunJsonAsync("{ flags { on maybe } }");

        json.Should().Be("""{"data":{"flags":[{"on":true,"maybe":null},{"on":false,"maybe":false},{"on":true,"maybe":true}]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ListsFromArraysListsAndSequences_KeepTheirOrder()
    {
        var json = await Create().RunJsonAsync("{ flags { tags } doubled }");

        json.Should().Be("""{"data":{"flags":[{"tags":["a","b"]},{"tags":[]},{"tags":["c"]}],"doubled":[2,4,6]}}""");
    }

    [Fact]
    public async Task ExecuteAsync_LeafFieldsOfListItemsFail_ErrorsCarryTheItemPaths()
    {
        var json = await Create().RunJsonAsync("{ probes { count boom } }");

        json.Should().Be("""{"data":{"probes":[{"count":null,"boom":null},{"count":3,"boom":null}]},"errors":[{"message":"Int cannot represent non-integer value: \"many\"","path":["probes",0,"count"],"code":"INTERNAL_SERVER_ERROR"},{"message":"Unexpected Execution Error","path":["probes",0,"boom"],"code":"INTERNAL_SERVER_ERROR"},{"message":"Unexpected Execution Error","path":["probes",1,"boom"],"code":"INTERNAL_SERVER_ERROR"}]}""");
    }

    [Fact]
    public async Task ExecuteAsync_NonNullLeafOfListItemIsNull_ItemBecomesNullWithItsPath()
    {
        var json = await Create().RunJsonAsync("{ probes { count ok } }");

        json.Should().Be("""{"data":{"probes":[null,{"count":3,"ok":"fine"}]},"errors":[{"message":"Int cannot represent non-integer value: \"many\"","path":["probes",0,"count"],"code":"INTERNAL_SERVER_ERROR"},{"message":"Cannot return null for non-nullable field Probe.ok.","path":["probes",0,"ok"],"code":"NON_NULL_VIOLATION"}]}""");
    }

    private sealed record Probe(object Count, string? Ok)
    {
        public string Boom => throw new InvalidOperationException($"boom {Ok}");
    }

    private sealed record Flag(bool On, bool? Maybe, List<string> Tags);
}
