using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class BasicExecutionTests
{
    private const string Sdl = """
        type Query { hello: String! user(id: ID!): User users: [User!]! }
        type User { id: ID! name: String age: Int friends: [User!] }
        """;

    private static readonly User[] Users = [new("1", "Ada", 36), new("2", "Alan", 41)];

    private static Gateway.GraphQL.Execution.IRequestExecutor Create() => TestExecutor.Create(Sdl, b => b
        .AddResolver("Query", "hello", _ => "world")
        .AddResolver("Query", "user", c => Users.FirstOrDefault(u => u.Id == c.ArgumentValue<string>("id")))
        .AddResolver("Query", "users", _ => Users));

    [Fact]
    public async Task ExecuteAsync_SimpleQuery_ReturnsDataInSelectionOrder()
    {
        var json = await Create().RunJsonAsync("{ users { name id } hello }");

        json.Should().Be("""{"data":{"users":[{"name":"Ada","id":"1"},{"name":"Alan","id":"2"}],"hello":"world"}}""");
    }

    [Fact]
    public async Task ExecuteAsync_ArgumentFromVariable_ResolvesFromParentProperties()
    {
        var json = await Create().RunJsonAsync("query Q($id: ID!) { user(id: $id) { id name age } }", new { id = "2" });

        json.Should().Be("""{"data":{"user":{"id":"2","name":"Alan","age":41}}}""");
    }

    [Fact]
    public async Task ExecuteAsync_TypenameAndAliases_AreResolved()
    {
        var json = await Create().RunJsonAsync("{ a: user(id: 1) { __typename who: name } __typename }");

        json.Should().Be("""{"data":{"a":{"__typename":"User","who":"Ada"},"__typename":"Query"}}""");
    }

    private sealed record User(string Id, string Name, int Age);
}
