using Gateway.GraphQL.Cost;
using Gateway.GraphQL.Errors;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Tests.Execution;

namespace Gateway.GraphQL.Tests.Cost;

public sealed class CostAnalysisTests
{
    private const string Sdl = CostDirectives.Sdl + """
        type Query {
          books(first: Int): [Book!]! @listSize(slicingArguments: ["first"])
          shelf: Shelf
          count: Int @cost(weight: "7")
        }
        type Book { title: String, author: Author }
        type Author { name: String }
        type Shelf { books: [Book!]! @listSize(assumedSize: 3) }
        """;

    private int _bookRuns;

    [Fact]
    public async Task Report_SlicingArgumentFromVariable_UsesTheActualValue()
    {
        var executor = Create();

        var result = await RunAsync(executor, "query($n: Int) { books(first: $n) { title author { name } } }", 5, CostReportMode.Report);

        // books: resolver 10 + 5 x (author 1); types: root 1 + 5 x (Book 1 + Author 1).
        Cost(result).Should().Be((15d, 11d));
        result.HasData.Should().BeTrue();
    }

    [Fact]
    public async Task Execute_TypeCostOverTheLimitForTheSentValue_IsRefusedWithoutRunningResolvers()
    {
        var executor = Create();

        var refused = await RunAsync(executor, "query($n: Int) { books(first: $n) { title author { name } } }", 500, CostReportMode.None);

        refused.HasData.Should().BeFalse();
        refused.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.MaxTypeCostExceeded);
        refused.Errors[0].Message.Should().Contain("1001").And.Contain("1000").And.Contain("GraphQL:Cost:MaxTypeCost");
        _bookRuns.Should().Be(0);
    }

    [Fact]
    public async Task Execute_FieldCostOverTheConfiguredLimit_IsRefused()
    {
        var executor = Create(o => o.Cost.MaxFieldCost = 100);

        var refused = await RunAsync(executor, "query($n: Int) { books(first: $n) { author { name } } }", 100, CostReportMode.None);

        refused.Errors.Should().ContainSingle().Which.Code.Should().Be(ErrorCodes.MaxFieldCostExceeded);
        refused.Errors[0].Message.Should().Contain("110").And.Contain("GraphQL:Cost:MaxFieldCost");
    }

    [Fact]
    public async Task Validate_ReturnsTheCostWithoutExecuting()
    {
        var executor = Create();

        var result = await RunAsync(executor, "{ count shelf { books { title } } }", null, CostReportMode.Validate);

        // count @cost 7, shelf resolver 10, shelf.books 1 + 3 x 0; types: root 1 + shelf 1 + 3 books.
        Cost(result).Should().Be((18d, 5d));
        result.HasData.Should().BeFalse();
        result.Errors.Should().BeEmpty();
        _bookRuns.Should().Be(0);
    }

    private static (double Field, double Type) Cost(ExecutionResult result)
    {
        var cost = (IReadOnlyDictionary<string, object?>)result.Extensions!["operationCost"]!;
        return ((double)cost["fieldCost"]!, (double)cost["typeCost"]!);
    }

    private static Task<ExecutionResult> RunAsync(IRequestExecutor executor, string query, int? n, CostReportMode mode) =>
        executor.ExecuteAsync(
            new GraphQLRequest
            {
                Query = query,
                Variables = n is null ? null : new Dictionary<string, System.Text.Json.JsonElement> { ["n"] = System.Text.Json.JsonSerializer.SerializeToElement(n) },
                CostReport = mode,
            },
            CancellationToken.None);

    private IRequestExecutor Create(Action<GraphQLServerOptions>? options = null) => TestExecutor.Create(Sdl, b =>
    {
        b.AddResolver("Query", "books", c =>
            {
                Interlocked.Increment(ref _bookRuns);
                return Enumerable.Range(0, c.ArgumentValue<int>("first")).Select(i => new Dictionary<string, object?> { ["title"] = $"t{i}" }).ToList();
            })
            .AddResolver("Query", "shelf", _ => new Dictionary<string, object?> { ["books"] = Array.Empty<object>() })
            .AddResolver("Query", "count", _ => 1);
        if (options is not null)
        {
            b.ModifyOptions(options);
        }
    });
}
