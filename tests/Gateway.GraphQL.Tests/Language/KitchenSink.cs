namespace Gateway.GraphQL.Tests.Language;

/// <summary>Documents that use every construct of the language, in the spirit of graphql-js's kitchen sinks.</summary>
internal static class KitchenSink
{
    public const string Query = """"
        query conversationList($account: AccountRef, $inbox: Inbox = EMAIL) @onQuery {
          mine42: conversations(ids: [11, 22]) {
            id
            ... on Conversation @onInlineFragment {
              messages {
                id
                latest: messages(first: 5, after: $account) @include(if: $account) {
                  id
                  ...messageFields @onFragmentSpread
                }
              }
            }
            ... @skip(if: $inbox) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation resolveConversation @onMutation {
          resolve(conversation: 7) @onField {
            conversation {
              status @onField
            }
          }
        }

        subscription ConversationUpdates(
          $filter: ConversationFilterInput @onVariableDefinition
        )
          @onSubscription {
          conversationUpdated(filter: $filter) {
            conversation {
              assignee {
                name
              }
              lastMessage {
                content
              }
            }
          }
        }

        fragment messageFields on Message @onFragmentDefinition {
          attachments(
            size: $size
            kind: $kind
            meta: {label: "value", note: """
              note text with \"""
            """}
          )
        }

        {
          flags(truthy: true, falsy: false, nullish: null, float: -1.5e-3, escaped: "tab\tquote\"é\u0001")
          query
        }

        query {
          __typename
        }
        """";

    public const string QueryPrinted = """"
        query conversationList($account: AccountRef, $inbox: Inbox = EMAIL) @onQuery {
          mine42: conversations(ids: [11, 22]) {
            id
            ... on Conversation @onInlineFragment {
              messages {
                id
                latest: messages(first: 5, after: $account) @include(if: $account) {
                  id
                  ...messageFields @onFragmentSpread
                }
              }
            }
            ... @skip(if: $inbox) {
              id
            }
            ... {
              id
            }
          }
        }

        mutation resolveConversation @onMutation {
          resolve(conversation: 7) @onField {
            conversation {
              status @onField
            }
          }
        }

        subscription ConversationUpdates($filter: ConversationFilterInput @onVariableDefinition) @onSubscription {
          conversationUpdated(filter: $filter) {
            conversation {
              assignee {
                name
              }
              lastMessage {
                content
              }
            }
          }
        }

        fragment messageFields on Message @onFragmentDefinition {
          attachments(
            size: $size
            kind: $kind
            meta: {label: "value", note: """
            note text with \"""
            """}
          )
        }

        {
          flags(
            truthy: true
            falsy: false
            nullish: null
            float: -1.5e-3
            escaped: "tab\tquote\"é\u0001"
          )
          query
        }

        {
          __typename
        }
        """";

    public const string Schema = """"
        """The gateway's schema as a whole."""
        schema {
          query: QueryRoot
          mutation: MutationRoot
        }

        """
        An agent of
        the `Account`.
        """
        type Agent implements Node & Actor & Named {
          "The agent's `id`."
          id: ID!
          """The agent's name."""
          name(
            """Whether to abbreviate the `name`."""
            short: Boolean!
          ): String
          """Inboxes the agent can see."""
          inboxes(first: Int, after: String): [Inbox!]!
          email(format: String = "plain"): String
          roles(filter: [String] = ["admin", "agent"]): [String]
          settings(input: SettingsInput = {theme: "dark"}): Settings
          availability(since: Int = null): Status
        }

        type AnnotatedAgent @onObject(reason: "value") {
          annotatedField(arg: Type = "default" @onArgumentDefinition): Type @onField
        }

        type EmptyType

        extend type Agent {
          signature(format: [String]): String
        }

        extend type Agent @onType

        extend type Agent implements Auditable

        interface Actor {
          id: ID!
          email(format: String = "plain"): String
        }

        interface AnnotatedActor @onInterface {
          annotatedField(arg: Type @onArgumentDefinition): Type @onField
        }

        interface EmptyInterface

        extend interface Actor implements Named {
          name(short: Boolean!): String
        }

        extend interface Actor @onInterface

        interface Named implements Node & Actor {
          id: ID!
          name(short: Boolean!): String
          email(format: String = "plain"): String
        }

        union SearchResult =
          | Conversation
          | Contact
          | Message

        union AnnotatedUnion @onUnion = Agent | Team

        union AnnotatedUnionTwo @onUnion = | Agent | Team

        union EmptyUnion

        extend union SearchResult = Inbox | Label

        extend union SearchResult @onUnion

        scalar DateTime

        scalar JSON @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc8259")

        extend scalar DateTime @onScalar

        enum ConversationStatus {
          """The conversation is `OPEN`."""
          OPEN

          """The conversation is `RESOLVED`."""
          RESOLVED

          "The conversation is `PENDING`."
          PENDING
        }

        enum AnnotatedEnum @onEnum {
          ANNOTATED_VALUE @onEnumValue
          OTHER_VALUE
        }

        enum EmptyEnum

        extend enum ConversationStatus {
          SNOOZED
        }

        extend enum ConversationStatus @onEnum

        input SettingsInput {
          theme: String!
          pageSize: Int = 25
        }

        input AnnotatedInput @onInputObject {
          annotatedField: Type @onInputFieldDefinition
        }

        input EmptyInput

        extend input SettingsInput {
          ratio: Float = 1.25e2 @onInputFieldDefinition
        }

        extend input SettingsInput @onInputObject

        """Skips the field when `if` is true."""
        directive @skipIt(
          """The condition."""
          if: Boolean! @onArgumentDefinition
        ) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT

        directive @keep(if: Boolean!)
          on FIELD
           | FRAGMENT_SPREAD
           | INLINE_FRAGMENT

        directive @keep2(if: Boolean!) on
          | FIELD
          | FRAGMENT_SPREAD
          | INLINE_FRAGMENT

        directive @tag(name: String!) repeatable on
          | OBJECT
          | INTERFACE

        directive @everywhere on QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION

        extend schema @onSchema

        extend schema @onSchema {
          subscription: SubscriptionRoot
        }
        """";

    /// <summary>The schema kitchen sink as graphql-js prints it: members on one line, no blank lines between enum values.</summary>
    public static string SchemaPrinted => Schema
        .Replace("union SearchResult =\n  | Conversation\n  | Contact\n  | Message", "union SearchResult = Conversation | Contact | Message", StringComparison.Ordinal)
        .Replace("@onUnion = | Agent | Team", "@onUnion = Agent | Team", StringComparison.Ordinal)
        .Replace("OPEN\n\n", "OPEN\n", StringComparison.Ordinal)
        .Replace("RESOLVED\n\n", "RESOLVED\n", StringComparison.Ordinal)
        .Replace("directive @keep(if: Boolean!)\n  on FIELD\n   | FRAGMENT_SPREAD\n   | INLINE_FRAGMENT", "directive @keep(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT", StringComparison.Ordinal)
        .Replace("directive @keep2(if: Boolean!) on\n  | FIELD\n  | FRAGMENT_SPREAD\n  | INLINE_FRAGMENT", "directive @keep2(if: Boolean!) on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT", StringComparison.Ordinal)
        .Replace("repeatable on\n  | OBJECT\n  | INTERFACE", "repeatable on OBJECT | INTERFACE", StringComparison.Ordinal);
}
