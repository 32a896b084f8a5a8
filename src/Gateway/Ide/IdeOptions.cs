namespace Gateway.Ide;

/// <summary>Settings of the Banana Cake Pop IDE served on a browser GET of the GraphQL path (section <c>Gateway:Ide</c>).</summary>
public sealed class IdeOptions
{
    /// <summary>Serve the IDE. Null means: on in Development and in the demo, off otherwise.</summary>
    public bool? Enabled { get; set; }

    /// <summary>The title shown in the IDE.</summary>
    public string Title { get; set; } = "Chatwoot GraphQL Gateway";

    /// <summary>
    /// A token the IDE pre-fills as the <c>api_access_token</c> header. Set by the demo to the simulator's demo
    /// token; never set it to a real Chatwoot token, because anyone who can load the IDE can read it.
    /// </summary>
    public string? PrefilledToken { get; set; }

    /// <summary>The document the IDE opens with.</summary>
    public string ExampleDocument { get; set; } = """
        query RecentConversations {
          conversations(status: OPEN, page: 1) {
            counts { mine unassigned assigned all }
            hasNextPage
            nodes {
              id
              status
              priority
              labels
              lastActivityAt
              sender { name email }
              assignee { name }
              inbox { name }
              messages { content messageType createdAt }
            }
          }
        }
        """;
}
