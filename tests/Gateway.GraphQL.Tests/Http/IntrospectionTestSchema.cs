using Gateway.GraphQL.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.GraphQL.Tests.Http;

/// <summary>
/// A schema with every kind of type and everything the full introspection query can ask for: descriptions
/// (schema, types, fields, arguments, enum values), deprecations (fields, enum values, arguments, input fields),
/// default values, <c>@oneOf</c>, <c>@specifiedBy</c>, repeatable custom directives, interfaces implementing
/// interfaces, unions.
/// </summary>
internal static class IntrospectionTestSchema
{
    public const string Sdl = """
        "The introspection round-trip schema."
        schema {
          query: Query
          mutation: Mutation
        }

        "Marks a field or type as cached."
        directive @cached(
          "Seconds to keep the value."
          ttl: Int = 60
          scopes: [String!]
        ) repeatable on FIELD_DEFINITION | OBJECT

        directive @tag(name: String!) on FIELD | QUERY

        "A point in time, ISO 8601."
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        "Something with an id."
        interface Node {
          "The id."
          id: ID!
        }

        interface Named implements Node {
          id: ID!
          name: String!
        }

        "A person."
        type User implements Node & Named @cached(ttl: 10) {
          id: ID!
          name: String!
          "Old name."
          login: String @deprecated(reason: "Use `name`.")
          createdAt: DateTime!
          role: Role!
          posts(first: Int = 10, after: String, orderBy: PostOrder = {field: CREATED_AT, direction: DESC}, legacy: Boolean @deprecated(reason: "No longer used.")): [Post!]!
        }

        type Post implements Node {
          id: ID!
          title: String!
          tags: [String!]
          author: User
        }

        union SearchResult = User | Post

        enum Role {
          "Can do everything."
          ADMIN
          AGENT
          GUEST @deprecated(reason: "Guests are gone.")
          VIEWER @deprecated
        }

        enum Direction {
          ASC
          DESC
        }

        enum PostField {
          CREATED_AT
          TITLE
        }

        input PostOrder {
          field: PostField! = CREATED_AT
          direction: Direction = ASC
          nullsLast: Boolean @deprecated(reason: "Always true.")
        }

        "Find a user by exactly one key."
        input UserBy @oneOf {
          id: ID
          name: String
        }

        type Query {
          node(id: ID!): Node
          user(by: UserBy!): User
          search(text: String!, limit: Int = 20, ratio: Float = 0.5, exact: Boolean = false, roles: [Role!] = [ADMIN, AGENT]): [SearchResult!]!
          now: DateTime!
        }

        type Mutation {
          "Renames a user."
          renameUser(id: ID!, name: String!): User
        }
        """;

    public static void AddServer(IServiceCollection services)
    {
        services.AddGraphQLServer()
            .AddDocumentFromString(Sdl)
            .AddResolver("Query", "node", _ => null)
            .AddResolver("Query", "user", _ => null)
            .AddResolver("Query", "search", _ => Array.Empty<object>())
            .AddResolver("Query", "now", _ => DateTimeOffset.UnixEpoch)
            .AddResolver("Mutation", "renameUser", _ => null)
            .AddTypeResolver("Node", _ => "User")
            .AddTypeResolver("Named", _ => "User")
            .AddTypeResolver("SearchResult", _ => "User");
    }
}
