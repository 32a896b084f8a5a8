using Gateway.GraphQL.Cost;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Tests.Execution;

namespace Gateway.GraphQL.Tests.Cost;

/// <summary><c>@cost</c> on types, arguments and input fields, reported with <c>GraphQL-Cost: validate</c>.</summary>
public sealed class CostAnalyzerWeightsTests
{
    private const string Sdl = CostDirectives.Sdl + """
        type Query {
          search(filter: Filter @cost(weight: "5"), tag: String): [Book!]! @listSize(assumedSize: 2)
          featured: Book
          author: Author
        }
        input Filter { text: String @cost(weight: "3"), any: [Filter!], exact: Boolean }
        type Book { title: String, author: Author, rating: Rating }
        type Author @cost(weight: "4") { name: String }
        scalar Rating @cost(weight: "2")
        """;

    [Theory]
    // search: resolver 10; nothing else.
    [InlineData("{ search { title } }", 10)]
    // an argument without @cost adds nothing.
    [InlineData("""{ search(tag: "x") { title } }""", 10)]
    // filter @cost 5, its text field @cost 3.
    [InlineData("""{ search(filter: { text: "a" }) { title } }""", 18)]
    // filter 5; exact has no weight.
    [InlineData("""{ search(filter: { exact: true }) { title } }""", 15)]
    // filter 5 + text 3 + two nested filters in the list, each with text 3.
    [InlineData("""{ search(filter: { text: "a", any: [{ text: "b" }, { text: "c" }] }) { title } }""", 24)]
    // an explicit null argument is not a provided filter.
    [InlineData("{ search(filter: null) { title } }", 10)]
    public async Task Validate_ArgumentAndInputFieldWeights_AddedOncePerProvidedValue(string query, double expected)
    {
        var cost = await FieldCostAsync(query);

        cost.Should().Be(expected);
    }

    [Fact]
    public async Task Validate_ArgumentFromVariable_WeighsTheSentValue()
    {
        var cost = await FieldCostAsync(
            "query($f: Filter) { search(filter: $f) { title } }",
            """{ "f": { "text": "a", "any": [{ "text": "b" }] } }""");

        // filter 5 + text 3 + one nested text 3, on top of the resolver's 10.
        cost.Should().Be(21);
    }

    [Fact]
    public async Task Validate_TypeWeights_AreTheDefaultWeightOfFieldsReturningThem()
    {
        // featured: resolver 10; featured.author: Author @cost 4; featured.rating: Rating @cost 2; author: Author @cost 4
        // (the type's weight wins over the resolver default).
        var cost = await FieldCostAsync("{ featured { author { name } rating } author { name } }");

        cost.Should().Be(20);
    }

    private static async Task<double> FieldCostAsync(string query, string? variables = null)
    {
        var executor = TestExecutor.Create(Sdl, b => b
            .AddResolver("Query", "search", _ => Array.Empty<object>())
            .AddResolver("Query", "featured", _ => null)
            .AddResolver("Query", "author", _ => null));
        var result = await executor.ExecuteAsync(
            new GraphQLRequest
            {
                Query = query,
                Variables = variables is null ? null : System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, System.Text.Json.JsonElement>>(variables),
                CostReport = CostReportMode.Validate,
            },
            CancellationToken.None);
        result.Errors.Should().BeEmpty();
        var cost = (IReadOnlyDictionary<string, object?>)result.Extensions!["operationCost"]!;
        return (double)cost["fieldCost"]!;
    }
}
