namespace Gateway.Benchmarks.Validation;

/// <summary>The documents validated by <see cref="ValidationBenchmarks"/>.</summary>
internal static class ValidationBenchmarkDocuments
{
    /// <summary>A realistic front-end query (about 2 KB): inbox view with filters, fragments, directives and variables.</summary>
    public const string FrontEndQuery = """
        query InboxView($filter: ConversationFilter, $sort: ConversationSort, $first: Int = 25, $after: String, $withMessages: Boolean = true, $messageCount: Int = 10) {
          me { ...AgentSummary availability }
          conversationCounts(filter: $filter) { mine unassigned all }
          conversations(filter: $filter, sort: $sort, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges {
              cursor
              node {
                ...ConversationListItem
                messages(first: $messageCount) @include(if: $withMessages) {
                  edges { node { ...MessageBubble } }
                  pageInfo { hasPreviousPage startCursor }
                }
              }
            }
          }
          labels { id title color showOnSidebar }
        }

        fragment AgentSummary on Agent {
          id
          name
          avatarUrl
          email
          role
        }

        fragment ConversationListItem on Conversation {
          id
          displayId
          status
          priority
          unreadCount
          lastActivityAt
          waitingSince
          snoozedUntil
          muted
          inbox { id name channelType }
          contact { ...ContactSummary }
          assignee { ...AgentSummary }
          team { id name }
          labels { id title color }
          lastMessage { ...MessageBubble }
        }

        fragment ContactSummary on Contact {
          id
          name
          avatarUrl
          email
          phoneNumber
          company { id name }
        }

        fragment MessageBubble on Message {
          id
          content
          messageType
          private
          createdAt
          status
          sender {
            __typename
            ... on Agent { id name avatarUrl }
            ... on Contact { id name avatarUrl }
            ... on AgentBot { id name }
          }
          attachments { id fileType dataUrl thumbUrl fileSize }
        }
        """;

    /// <summary>graphql-js's getIntrospectionQuery with every option on.</summary>
    public const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            description
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types { ...FullType }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) { ...InputValue }
            }
          }
        }
        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          isOneOf
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
          isDeprecated
          deprecationReason
        }
        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;
}
