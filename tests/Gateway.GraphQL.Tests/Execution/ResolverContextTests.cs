using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class ResolverContextTests
{
    private const string Sdl = """
        type Query { find(filter: Filter!, status: Status, ids: [ID!], limit: Int): String }
        input Filter { name: String!, status: Status = IN_PROGRESS, tags: [String!] }
        enum Status { OPEN IN_PROGRESS }
        """;

    [Fact]
    public async Task ArgumentValue_InputObjectEnumsAndLists_ConvertedToClrTypes()
    {
        var executor = TestExecutor.Create(Sdl, b => b.AddResolver("Query", "find", c =>
        {
            var filter = c.ArgumentValue<FilterInput>("filter");
            var status = c.ArgumentValue<TicketStatus?>("status");
            var ids = c.ArgumentValue<List<string>>("ids");
            var limit = c.ArgumentValue<long?>("limit");
            return $"{filter.Name}|{filter.Status}|{string.Join(',', filter.Tags ?? [])}|{status}|{string.Join(',', ids)}|{limit}|{c.HasArgument("limit")}|{string.Join('/', c.Path)}";
        }));

        var json = await executor.RunJsonAsync("""{ find(filter: { name: "n", tags: "x" }, status: OPEN, ids: [1, 2], limit: 5) }""");

        json.Should().Be("""{"data":{"find":"n|InProgress|x|Open|1,2|5|True|find"}}""");
    }

    private sealed record FilterInput(string Name, TicketStatus Status, string[]? Tags);

    private enum TicketStatus
    {
        Open,
        InProgress,
    }
}
