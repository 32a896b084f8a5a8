using Gateway.GraphQL.Execution;
using Gateway.GraphQL.Hosting;
using Gateway.GraphQL.Tests.Execution;
using Gateway.GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Gateway.GraphQL.Tests.Hosting;

public sealed class GraphQLServerHostingTests
{
    private const string Sdl = """
        type Query { a: String b: Thing }
        type Mutation { doIt: Boolean }
        type Thing { name: String }
        interface Node { id: ID }
        """;

    [Fact]
    public void Resolve_BindingProblems_ThrowsListingEveryProblem()
    {
        var services = new ServiceCollection();
        services.AddGraphQLServer()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "a", _ => "a")
            .AddResolver("Query", "missing", _ => null)
            .AddResolver("Nope", "x", _ => null)
            .AddResolver("Thing", "name", _ => null)
            .AddResolver("Thing", "name", _ => null)
            .AddTypeResolver("Thing", _ => null);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRequestExecutor>();

        var message = act.Should().Throw<InvalidOperationException>().Which.Message;
        message.Should().Contain("6 problem(s)");
        message.Should().Contain("\"Query.missing\" but type \"Query\" has no field \"missing\"");
        message.Should().Contain("\"Nope.x\" but the schema has no type \"Nope\"");
        message.Should().Contain("More than one resolver is registered for \"Thing.name\"");
        message.Should().Contain("The root field \"Query.b\" has no resolver");
        message.Should().Contain("The root field \"Mutation.doIt\" has no resolver");
        message.Should().Contain("\"Thing\" is not an interface or union");
    }

    [Fact]
    public void Resolve_InvalidSdl_ThrowsSchemaException()
    {
        var services = new ServiceCollection();
        services.AddGraphQLServer().AddDocumentFromString("type Query { a: Missing }");
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IRequestExecutor>();

        act.Should().Throw<SchemaException>();
    }

    [Fact]
    public async Task StartAsync_InvalidBindings_HostRefusesToStart()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddGraphQLServer().AddDocumentFromString(Sdl);
        using var host = builder.Build();

        var act = () => host.StartAsync();

        await act.Should().ThrowAsync<InvalidOperationException>();
    }

    [Fact]
    public async Task AddDocumentFromFile_SchemaAndResolvers_Execute()
    {
        var path = Path.Combine(Path.GetTempPath(), $"schema-{Guid.NewGuid():N}.graphql");
        await File.WriteAllTextAsync(path, "type Query { greeting(name: String = \"you\"): String! }");
        try
        {
            var executor = TestExecutor.Create(string.Empty, b => b
                .AddDocumentFromFile(path)
                .AddResolver("Query", "greeting", c => "hello " + c.ArgumentValue<string>("name")));

            var json = await executor.RunJsonAsync("""{ a: greeting b: greeting(name: "Ada") }""");

            json.Should().Be("""{"data":{"a":"hello you","b":"hello Ada"}}""");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ExecuteAsync_RequestServices_ResolversSeeTheCallersScope()
    {
        var services = new ServiceCollection();
        services.AddScoped<RequestMarker>();
        services.AddGraphQLServer()
            .AddDocumentFromString("type Query { marker: String }")
            .AddResolver("Query", "marker", c => c.Services.GetRequiredService<RequestMarker>().Id);
        using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var marker = scope.ServiceProvider.GetRequiredService<RequestMarker>();
        var executor = provider.GetRequiredService<IRequestExecutor>();

        var result = await executor.ExecuteAsync(new GraphQLRequest { Query = "{ marker }", RequestServices = scope.ServiceProvider }, CancellationToken.None);

        ResultJson.Data(result).Should().Be($$"""{"marker":"{{marker.Id}}"}""");
    }

    [Fact]
    public async Task ExecuteAsync_ParserLimitsFromOptions_Applied()
    {
        var executor = TestExecutor.Create("type Query { a: String }", b => b
            .AddResolver("Query", "a", _ => "a")
            .ModifyOptions(o => o.ParserOptions = new Gateway.GraphQL.Language.ParserOptions { MaxTokens = 5 }));

        var result = await executor.RunAsync("{ a a a a a a }");

        result.Kind.Should().Be(ResultKind.RequestError);
        result.Errors.Should().ContainSingle().Which.Code.Should().Be(Gateway.GraphQL.Errors.ErrorCodes.MaxTokensExceeded);
    }

    private sealed class RequestMarker
    {
        public string Id { get; } = Guid.NewGuid().ToString("N");
    }
}
