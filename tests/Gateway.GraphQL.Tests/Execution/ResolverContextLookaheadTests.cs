using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;

namespace Gateway.GraphQL.Tests.Execution;

public sealed class ResolverContextLookaheadTests
{
    private const string Sdl = """
        type Query { page: Page }
        type Page { nodes: [Item!]! total: Int }
        type Item { id: ID! owner: Owner inbox: Inbox }
        type Inbox { name: String }
        union Owner = Person | Bot
        type Person { name: String email: String }
        type Bot { name: String }
        """;

    [Theory]
    [InlineData("{ page { nodes { inbox { name } } } }", true)]
    [InlineData("{ page { nodes { id } } }", false)]
    [InlineData("{ page { total } }", false)]
    [InlineData("{ page { nodes { box: inbox { name } } } }", true)]
    [InlineData("{ page { ...P } } fragment P on Page { nodes { ... on Item { inbox { name } } } }", true)]
    [InlineData("{ page { nodes { id inbox @skip(if: true) { name } } } }", false)]
    [InlineData("{ page { nodes { id inbox @include(if: false) { name } } } }", false)]
    public async Task IsSelected_SelectionShapes_FollowsCollectedFields(string query, bool expected)
    {
        var seen = await ProbeAsync(query, c => c.IsSelected("nodes", "inbox"));

        seen.Should().Be(expected);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task IsSelected_IncludeFromVariable_UsesRequestVariables(bool include, bool expected)
    {
        var seen = await ProbeAsync(
            "query Q($on: Boolean!) { page { nodes { id inbox @include(if: $on) { name } } } }",
            c => c.IsSelected("nodes", "inbox"),
            new { on = include });

        seen.Should().Be(expected);
    }

    [Theory]
    [InlineData("{ page { nodes { owner { ... on Person { email } } } } }", true)]
    [InlineData("{ page { nodes { owner { ... on Bot { name } } } } }", false)]
    public async Task IsSelected_AbstractLevel_LooksInEveryPossibleType(string query, bool expected)
    {
        var seen = await ProbeAsync(query, c => c.IsSelected("nodes", "owner", "email"));

        seen.Should().Be(expected);
    }

    [Fact]
    public async Task IsSelected_EmptyPath_False()
    {
        var seen = await ProbeAsync("{ page { total } }", c => c.IsSelected());

        seen.Should().BeFalse();
    }

    /// <summary>Runs <paramref name="query"/> and returns what <paramref name="probe"/> said inside the <c>page</c> resolver.</summary>
    private static async Task<bool?> ProbeAsync(string query, Func<IResolverContext, bool> probe, object? variables = null)
    {
        bool? seen = null;
        var executor = TestExecutor.Create(Sdl, b => b.AddResolver("Query", "page", c =>
        {
            seen = probe(c);
            return new Dictionary<string, object?> { ["nodes"] = Array.Empty<object>(), ["total"] = 0 };
        }));

        var result = await executor.RunAsync(query, variables);

        result.Errors.Should().BeNullOrEmpty();
        return seen;
    }
}
