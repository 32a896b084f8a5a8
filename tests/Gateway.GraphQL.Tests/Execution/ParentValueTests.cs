using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class ParentValueTests
{
    private const string Sdl = """
        type Query { flags: [Flag!]! doubled: [Int!]! }
        type Flag { on: Boolean! maybe: Boolean tags: [String!]! }
        """;

    private static Gateway.GraphQL.Execution.IRequestExecutor Create() => TestExecutor.Create(Sdl, b => b
        .AddResolver("Query", "flags", _ => new[] { new Flag(true, null, ["a", "b"]), new Flag(false, false, []), new Flag(true, true, ["c"]) })
        .AddResolver("Query", "doubled", _ => Enumerable.Range(1, 3).Select(i => i * 2)));

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

    private sealed record Flag(bool On, bool? Maybe, List<string> Tags);
}
