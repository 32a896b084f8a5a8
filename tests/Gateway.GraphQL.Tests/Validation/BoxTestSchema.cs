namespace Gateway.GraphQL.Tests.Validation;

/// <summary>graphql-js's "boxes" schema for return-type conflicts: object types that overlap only through interfaces.</summary>
internal static class BoxTestSchema
{
    public const string Sdl = """
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }
        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }
        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }
        interface NonNullStringBox1 {
          scalar: String!
        }
        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }
        interface NonNullStringBox2 {
          scalar: String!
        }
        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }
        type Connection {
          edges: [Edge]
        }
        type Edge {
          node: Node
        }
        type Node {
          id: ID
          name: String
        }
        type Query {
          someBox: SomeBox
          connection: Connection
        }
        """;
}
