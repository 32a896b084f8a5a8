using Gateway.GraphQL.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>A small schema served by the real engine (AddGraphQLServer) for end-to-end HTTP tests and the audit.</summary>
internal static class EngineTestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String): String!
          greetings: [Greeting!]!
          failing: String
        }

        type Greeting {
          id: ID!
          text: String!
        }

        type Mutation {
          setGreeting(text: String!): String!
        }
        """;

    public static void AddServer(IServiceCollection services)
    {
        services.AddGraphQLServer()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "hello", context => (object?)$"Hello, {(context.HasArgument("name") ? context.ArgumentValue<string?>("name") : null) ?? "world"}!")
            .AddResolver("Query", "greetings", _ => new[]
            {
                new Dictionary<string, object?> { ["id"] = "1", ["text"] = "Hi" },
                new Dictionary<string, object?> { ["id"] = "2", ["text"] = "Hey" },
            })
            .AddResolver("Query", "failing", _ => throw new InvalidOperationException("database password is hunter2"))
            .AddResolver("Mutation", "setGreeting", context => context.ArgumentValue<string>("text"));
    }

    public static Task<GraphQLTestHost> StartAsync() => GraphQLTestHost.StartAsync(AddServer);
}
