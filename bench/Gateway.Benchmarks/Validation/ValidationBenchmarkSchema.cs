namespace Gateway.Benchmarks.Validation;

/// <summary>A Chatwoot-like schema of about 50 types (objects, interfaces, unions, enums, inputs, connections).</summary>
internal static class ValidationBenchmarkSchema
{
    public const string Sdl = """
        scalar DateTime
        scalar JSON

        interface Node { id: ID! }
        interface Actor { id: ID! name: String! avatarUrl: String }
        interface Timestamped { createdAt: DateTime! updatedAt: DateTime }

        enum ConversationStatus { OPEN RESOLVED PENDING SNOOZED }
        enum ConversationPriority { URGENT HIGH MEDIUM LOW NONE }
        enum MessageType { INCOMING OUTGOING ACTIVITY TEMPLATE }
        enum ChannelType { WEB_WIDGET EMAIL API WHATSAPP SMS TELEGRAM LINE FACEBOOK }
        enum AgentRole { AGENT ADMINISTRATOR }
        enum AvailabilityStatus { ONLINE BUSY OFFLINE }
        enum SortDirection { ASC DESC }
        enum ConversationSortField { LAST_ACTIVITY_AT CREATED_AT PRIORITY WAITING_SINCE }
        enum FilterOperator { EQUAL_TO NOT_EQUAL_TO CONTAINS DOES_NOT_CONTAIN IS_PRESENT IS_NOT_PRESENT }
        enum AttributeModel { CONVERSATION CONTACT }

        type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }

        type Account implements Node & Timestamped {
          id: ID! name: String! locale: String domain: String supportEmail: String
          createdAt: DateTime! updatedAt: DateTime
          agents(first: Int = 25, after: String): AgentConnection!
          inboxes: [Inbox!]! teams: [Team!]! labels: [Label!]!
        }
        type Agent implements Node & Actor {
          id: ID! name: String! avatarUrl: String email: String! role: AgentRole!
          availability: AvailabilityStatus! confirmed: Boolean! teams: [Team!]!
        }
        type AgentEdge { cursor: String! node: Agent! }
        type AgentConnection { edges: [AgentEdge!]! pageInfo: PageInfo! totalCount: Int! }
        type Team implements Node { id: ID! name: String! description: String allowAutoAssign: Boolean! members: [Agent!]! }
        type Inbox implements Node & Timestamped {
          id: ID! name: String! channelType: ChannelType! greetingEnabled: Boolean! greetingMessage: String
          createdAt: DateTime! updatedAt: DateTime members: [Agent!]! workingHours: [WorkingHour!]!
        }
        type WorkingHour { dayOfWeek: Int! openHour: Int openMinutes: Int closeHour: Int closeMinutes: Int closedAllDay: Boolean! }
        type Contact implements Node & Actor & Timestamped {
          id: ID! name: String! avatarUrl: String email: String phoneNumber: String identifier: String
          createdAt: DateTime! updatedAt: DateTime customAttributes: JSON additionalAttributes: JSON
          conversations(first: Int = 20, after: String, status: ConversationStatus): ConversationConnection!
          notes: [Note!]! labels: [Label!]! company: Company
        }
        type Company implements Node { id: ID! name: String! domain: String contacts: [Contact!]! }
        type ContactEdge { cursor: String! node: Contact! }
        type ContactConnection { edges: [ContactEdge!]! pageInfo: PageInfo! totalCount: Int! }
        type Note implements Node & Timestamped { id: ID! content: String! author: Agent createdAt: DateTime! updatedAt: DateTime }
        type Label implements Node { id: ID! title: String! description: String color: String! showOnSidebar: Boolean! }
        type Conversation implements Node & Timestamped {
          id: ID! displayId: Int! status: ConversationStatus! priority: ConversationPriority
          createdAt: DateTime! updatedAt: DateTime lastActivityAt: DateTime! waitingSince: DateTime snoozedUntil: DateTime
          unreadCount: Int! muted: Boolean! inbox: Inbox! contact: Contact! assignee: Agent team: Team
          labels: [Label!]! customAttributes: JSON
          messages(first: Int = 20, before: String): MessageConnection!
          lastMessage: Message participants: [Agent!]!
        }
        type ConversationEdge { cursor: String! node: Conversation! }
        type ConversationConnection { edges: [ConversationEdge!]! pageInfo: PageInfo! totalCount: Int! }
        type ConversationCounts { mine: Int! unassigned: Int! all: Int! }
        type Message implements Node & Timestamped {
          id: ID! content: String messageType: MessageType! private: Boolean! createdAt: DateTime! updatedAt: DateTime
          sender: Sender attachments: [Attachment!]! contentAttributes: JSON status: String
        }
        union Sender = Agent | Contact | AgentBot
        type AgentBot implements Node & Actor { id: ID! name: String! avatarUrl: String description: String }
        type MessageEdge { cursor: String! node: Message! }
        type MessageConnection { edges: [MessageEdge!]! pageInfo: PageInfo! }
        type Attachment implements Node { id: ID! fileType: String! dataUrl: String! thumbUrl: String fileSize: Int }
        type CannedResponse implements Node { id: ID! shortCode: String! content: String! }
        type CustomAttributeDefinition implements Node {
          id: ID! displayName: String! key: String! model: AttributeModel! displayType: String! values: [String!]
        }
        type Webhook implements Node { id: ID! url: String! subscriptions: [String!]! }
        type AutomationRule implements Node { id: ID! name: String! eventName: String! active: Boolean! conditions: JSON actions: JSON }
        type Macro implements Node { id: ID! name: String! visibility: String! actions: JSON }
        type Campaign implements Node { id: ID! title: String! message: String! enabled: Boolean! inbox: Inbox! }
        type Notification implements Node & Timestamped {
          id: ID! notificationType: String! readAt: DateTime createdAt: DateTime! updatedAt: DateTime primaryActor: SearchResult
        }
        union SearchResult = Conversation | Contact | Message
        type SearchResults { conversations: [Conversation!]! contacts: [Contact!]! messages: [Message!]! }
        type ReportMetric { name: String! value: Float! }
        type ReportSummary { conversationsCount: Int! incomingMessagesCount: Int! avgFirstResponseTime: Float metrics: [ReportMetric!]! }

        input ConversationFilter {
          status: ConversationStatus priority: ConversationPriority inboxId: ID teamId: ID assigneeId: ID
          labels: [String!] query: String conditions: [FilterCondition!]
        }
        input FilterCondition { attributeKey: String! filterOperator: FilterOperator! values: [String!]! queryOperator: String }
        input ConversationSort { field: ConversationSortField! direction: SortDirection = DESC }
        input ContactInput { name: String email: String phoneNumber: String customAttributes: JSON }
        input MessageInput { content: String! private: Boolean = false cannedResponseId: ID }
        input AssigneeInput @oneOf { agentId: ID teamId: ID }
        input DateRange { since: DateTime! until: DateTime! }

        type Query {
          node(id: ID!): Node
          me: Agent!
          account: Account!
          conversation(id: ID!): Conversation
          conversations(filter: ConversationFilter, sort: ConversationSort, first: Int = 25, after: String): ConversationConnection!
          conversationCounts(filter: ConversationFilter): ConversationCounts!
          contact(id: ID!): Contact
          contacts(query: String, first: Int = 25, after: String): ContactConnection!
          labels: [Label!]! cannedResponses(query: String): [CannedResponse!]!
          customAttributeDefinitions(model: AttributeModel): [CustomAttributeDefinition!]!
          search(query: String!): SearchResults!
          notifications(first: Int = 20): [Notification!]!
          report(range: DateRange!, inboxId: ID): ReportSummary!
        }
        type Mutation {
          sendMessage(conversationId: ID!, input: MessageInput!): Message!
          assignConversation(conversationId: ID!, assignee: AssigneeInput!): Conversation!
          toggleStatus(conversationId: ID!, status: ConversationStatus!): Conversation!
          updateContact(id: ID!, input: ContactInput!): Contact!
        }
        """;
}
