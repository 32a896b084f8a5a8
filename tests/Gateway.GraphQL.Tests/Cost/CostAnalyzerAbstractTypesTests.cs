using Gateway.GraphQL.Cost;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Tests.Execution;

namespace Gateway.GraphQL.Tests.Cost;

/// <summary>Under an abstract type each value runs one possible type's selections: the cost is the costliest type's.</summary>
public sealed class CostAnalyzerAbstractTypesTests
{
    private const string Sdl = CostDirectives.Sdl + """
        type Query { feed: [Item!]! @listSize(assumedSize: 2) }
        union Item = Post | Video
        type Post { body: String, author: Person }
        type Video { url: String, author: Person, related: [Video!]! @listSize(assumedSize: 3) }
        type Person { name: String }
        """;

    [Fact]
    public async Task Validate_TypeConditionedBranches_TakesTheCostliestPossibleType()
    {
        // Post: author 1 (types 1). Video: related 1 + author 1 (types 3 related + 1 author).
        // feed: resolver 10 + 2 x max(1, 2); types: root 1 + 2 x (1 + max(1, 4)).
        var cost = await CostAsync("{ feed { ... on Post { author { name } } ... on Video { related { url } author { name } } } }");

        cost.Should().Be((14d, 11d));
    }

    [Fact]
    public async Task Validate_NamedFragmentsOnEachType_TakesTheCostliestPossibleType()
    {
        var cost = await CostAsync("""
            { feed { ...P ...V } }
            fragment P on Post { author { name } }
            fragment V on Video { related { url } author { name } }
            """);

        cost.Should().Be((14d, 11d));
    }

    [Fact]
    public async Task Validate_OnlyTypename_CostsTheListAlone()
    {
        var cost = await CostAsync("{ feed { __typename } }");

        cost.Should().Be((10d, 3d));
    }

    private static async Task<(double Field, double Type)> CostAsync(string query)
    {
        var executor = TestExecutor.Create(
            Sdl,
            b => b.AddResolver("Query", "feed", _ => Array.Empty<object>()).AddTypeResolver("Item", _ => "Post"));
        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = query, CostReport = CostReportMode.Validate }, CancellationToken.None);
        result.Errors.Should().BeEmpty();
        var cost = (IReadOnlyDictionary<string, object?>)result.Extensions!["operationCost"]!;
        return ((double)cost["fieldCost"]!, (double)cost["typeCost"]!);
    }
}
