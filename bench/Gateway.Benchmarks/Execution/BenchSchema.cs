namespace Gateway.Benchmarks.Execution;

/// <summary>The schema and query of the execution benchmark (the same ones the graphql-js script runs).</summary>
internal static class BenchSchema
{
    public const string Sdl = """
        type Query { conversations(first: Int = 25): [Conversation!]! }
        type Conversation {
          id: ID!
          status: Status!
          unreadCount: Int!
          createdAt: String!
          contact: Contact!
          assignee: Agent
          labels: [String!]!
          messages: [Message!]!
        }
        type Contact { id: ID! name: String! email: String phone: String }
        type Agent { id: ID! name: String! availability: String! }
        type Message { id: ID! content: String! incoming: Boolean! sender: Contact }
        enum Status { OPEN RESOLVED PENDING }
        """;

    public const string Query = """
        query Conversations {
          conversations(first: 25) {
            id status unreadCount createdAt labels
            contact { id name email phone }
            assignee { id name availability }
            messages { id content incoming sender { id name } }
          }
        }
        """;
}
