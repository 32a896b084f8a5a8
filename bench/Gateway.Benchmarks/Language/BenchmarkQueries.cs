namespace Gateway.Benchmarks.Language;

/// <summary>Query texts used by the language benchmarks.</summary>
public static class BenchmarkQueries
{
    /// <summary>The standard introspection query as GraphQL IDEs send it (with repeatable directives and specifiedByURL).</summary>
    public const string Introspection = """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            mutationType { name }
            subscriptionType { name }
            types {
              ...FullType
            }
            directives {
              name
              description
              isRepeatable
              locations
              args(includeDeprecated: true) {
                ...InputValue
              }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          specifiedByURL
          fields(includeDeprecated: true) {
            name
            description
            args(includeDeprecated: true) {
              ...InputValue
            }
            type {
              ...TypeRef
            }
            isDeprecated
            deprecationReason
          }
          inputFields(includeDeprecated: true) {
            ...InputValue
          }
          interfaces {
            ...TypeRef
          }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes {
            ...TypeRef
          }
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
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
                ofType {
                  kind
                  name
                  ofType {
                    kind
                    name
                    ofType {
                      kind
                      name
                      ofType {
                        kind
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    /// <summary>A realistic front-end query (about 2 KB): a Chatwoot inbox view with fragments, aliases, variables and directives.</summary>
    public const string FrontEnd = """
        # Conversation list of the agent dashboard
        query ConversationList(
          $accountId: ID!
          $status: ConversationStatus = OPEN
          $assigneeType: AssigneeType = ME
          $page: Int = 1
          $labels: [String!]
          $withContact: Boolean = true
        ) {
          account(id: $accountId) {
            id
            name
            currentAgent: agent(self: true) {
              ...AgentSummary
              availability
            }
            conversations(status: $status, assigneeType: $assigneeType, page: $page, labels: $labels) {
              meta {
                mineCount
                unassignedCount
                allCount
              }
              nodes {
                ...ConversationSummary
                contact @include(if: $withContact) {
                  ...ContactSummary
                }
                lastMessage: messages(last: 1) {
                  id
                  content
                  messageType
                  createdAt
                  sender {
                    __typename
                    ... on Agent {
                      ...AgentSummary
                    }
                    ... on Contact {
                      id
                      name
                    }
                  }
                  attachments {
                    id
                    fileType
                    dataUrl
                    thumbUrl
                  }
                }
              }
            }
            inboxes {
              id
              name
              channelType
              avatarUrl
            }
          }
        }

        fragment AgentSummary on Agent {
          id
          name
          availableName
          email
          avatarUrl
          role
        }

        fragment ContactSummary on Contact {
          id
          name
          email
          phoneNumber
          thumbnail
          additionalAttributes
          customAttributes
        }

        fragment ConversationSummary on Conversation {
          id
          displayId
          status
          priority
          unreadCount
          createdAt
          lastActivityAt
          snoozedUntil
          labels
          inbox {
            id
            name
          }
          assignee {
            ...AgentSummary
          }
          team {
            id
            name
          }
        }
        """;
}
