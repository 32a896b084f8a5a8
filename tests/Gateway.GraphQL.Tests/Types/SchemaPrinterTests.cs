using Gateway.GraphQL.Types;

namespace Gateway.GraphQL.Tests.Types;

public sealed class SchemaPrinterTests
{
    private const string RichSchema = """"
        """The schema"""
        schema {
          query: Root
          mutation: Change
        }

        """Caches a field"""
        directive @cache(
          """Seconds"""
          maxAge: Int = 60
          scope: Scope = PUBLIC
        ) repeatable on FIELD_DEFINITION | OBJECT

        directive @auth(roles: [String!]! = ["admin"]) on OBJECT | INTERFACE

        """
        A node.

          Indented second line.
        """
        interface Node {
          id: ID!
        }

        interface Resource implements Node {
          id: ID!
          url(absolute: Boolean = false): Url
        }

        type Root {
          node(id: ID!): Node
          search(filter: Filter = {status: OPEN, limit: 10}, first: Int = 10): [SearchResult!]!
          at: DateTime @deprecated
          data: JSON @deprecated(reason: "Use `node`.")

          """Find by key"""
          find(by: FindBy!): Node
        }

        type Change {
          close(id: ID!, note: String = "done"): Boolean
        }

        type Image implements Resource & Node {
          id: ID!
          url(absolute: Boolean = false): Url
          width: Int
        }

        type Page implements Resource & Node {
          id: ID!
          url(absolute: Boolean = false): Url
          title(
            """Max length"""
            truncate: Int

            """Suffix"""
            ellipsis: String = "..."
          ): String
        }

        union SearchResult = Image | Page

        enum Scope {
          PUBLIC

          """Only me"""
          PRIVATE @deprecated(reason: "Use PUBLIC")
        }

        enum Status {
          OPEN
          CLOSED
        }

        input Filter {
          status: Status = OPEN
          limit: Int
          ratio: Float = 0.5
          legacy: String @deprecated
        }

        input FindBy @oneOf {
          id: ID
          url: Url
        }

        scalar Url @specifiedBy(url: "https://url.spec.whatwg.org/")

        scalar DateTime

        scalar JSON
        """";

    [Fact]
    public void Print_RichSchema_RoundTripsAndIsStable()
    {
        var schema = Schema.FromSdl(RichSchema);

        var printed = SchemaPrinter.Print(schema);

        printed.Should().Be(RichSchema);
        SchemaPrinter.Print(Schema.FromSdl(printed)).Should().Be(printed);
    }

    [Fact]
    public void Print_AppliedCustomDirectives_AreLeftOutLikeGraphQLJs()
    {
        var schema = Schema.FromSdl("directive @auth on OBJECT | FIELD_DEFINITION type Query @auth { a: Int @auth }");

        SchemaPrinter.Print(schema).Should().Be(""""
            directive @auth on OBJECT | FIELD_DEFINITION

            type Query {
              a: Int
            }
            """");
    }

    [Fact]
    public void Print_DefaultRootNames_OmitsSchemaBlock()
    {
        var schema = Schema.FromSdl("type Query { a: Int } type Mutation { b: Int }");

        SchemaPrinter.Print(schema).Should().Be(""""
            type Query {
              a: Int
            }

            type Mutation {
              b: Int
            }
            """");
    }

    [Fact]
    public void Print_DefaultValues_AreCanonicalisedLikeGraphQLJs()
    {
        var schema = Schema.FromSdl(""""
            type Query { a(f: Float = 1.0, i: ID = "7", s: String = """block""", l: [Int] = 3, o: In = {b: 2, a: 1}): Int }
            input In { a: Int b: Int }
            """");

        SchemaPrinter.Print(schema).Should().Contain("a(f: Float = 1, i: ID = 7, s: String = \"block\", l: [Int] = 3, o: In = {a: 1, b: 2}): Int");
    }

    [Fact]
    public void PrintDefaultValue_ForIntrospection_MatchesPrintedSdl()
    {
        var schema = Schema.FromSdl("type Query { a(f: Float = 2.0, s: String = \"x\", n: Int = null, none: Int): Int }");
        var arguments = schema.QueryType.Fields["a"].Arguments;

        arguments["f"].PrintDefaultValue().Should().Be("2");
        arguments["s"].PrintDefaultValue().Should().Be("\"x\"");
        arguments["n"].PrintDefaultValue().Should().Be("null");
        arguments["none"].PrintDefaultValue().Should().BeNull();
    }

    [Fact]
    public void Print_DescriptionsNeedingEscapes_UseQuotedStrings()
    {
        var schema = Schema.FromSdl(""""
            type Query {
              "\nleading newline"
              a: Int
              "ends with quote\""
              b: Int
            }
            """");

        SchemaPrinter.Print(schema).Should().Be(""""
            type Query {
              "\nleading newline"
              a: Int

              """
              ends with quote"
              """
              b: Int
            }
            """");
    }

    [Fact]
    public void Print_EmptyUnionAndFieldlessTypes_AreNotReachedBecauseSchemaIsInvalid()
    {
        var act = () => Schema.FromSdl("type Query { a: U } union U");

        act.Should().Throw<SchemaException>();
    }

    [Fact]
    public void PrintType_IntrospectionTypes_MatchGraphQLJs()
    {
        var schema = Schema.FromSdl("type Query { a: Int }");
        var printed = string.Join("\n\n", schema.Types.Values
            .Where(t => t.Name.StartsWith("__", StringComparison.Ordinal))
            .Select(SchemaPrinter.PrintType));

        printed.Should().Be(IntrospectionSdl.Expected);
    }
}
