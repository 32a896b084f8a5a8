using BenchmarkDotNet.Attributes;
using Gateway.Benchmarks.Execution;
using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.Benchmarks;

/// <summary>
/// The executor with in-memory resolvers: a 25-object query with nested objects and lists (document cached, as in
/// a server), and graphql-js's full introspection query. Compare with <c>bench/graphql-js/execution-bench.mjs</c>.
/// Run: <c>dotnet run -c Release --project bench/Gateway.Benchmarks -- --filter '*ExecutionBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class ExecutionBenchmarks
{
    private IRequestExecutor _executor = null!;
    private IServiceScope _scope = null!;
    private GraphQLRequest _conversations = null!;
    private GraphQLRequest _introspection = null!;

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection();
        services.AddGraphQLServer()
            .AddDocumentFromString(BenchSchema.Sdl)
            .AddResolver("Query", "conversations", c => BenchData.Conversations.Take(c.ArgumentValue<int>("first")).ToList());
        var provider = services.BuildServiceProvider();
        _executor = provider.GetRequiredService<IRequestExecutor>();
        _scope = provider.CreateScope();
        _conversations = new GraphQLRequest { Query = BenchSchema.Query, RequestServices = _scope.ServiceProvider };
        _introspection = new GraphQLRequest { Query = IntrospectionQuery.Text, RequestServices = _scope.ServiceProvider };
    }

    [GlobalCleanup]
    public void Cleanup() => _scope.Dispose();

    [Benchmark(Baseline = true)]
    public Task<ExecutionResult> Conversations25() => _executor.ExecuteAsync(_conversations, CancellationToken.None);

    [Benchmark]
    public Task<ExecutionResult> FullIntrospection() => _executor.ExecuteAsync(_introspection, CancellationToken.None);
}
