// A hand-written graphql-yoga 5 + dataloader gateway over Chatwoot's conversation API: the Node alternative the
// load comparison (bench/load/run.sh) measures the C# gateway against. Same query shape as the gateway's
// `conversations` field for the part the benchmark selects: the list endpoint, the contact/agent/team embedded in
// each row's `meta`, and the inbox through a per-request DataLoader over GET /inboxes (one call per page).
//
//   node server.mjs [port]        env: PORT (default 4001), CHATWOOT_BASE_URL (default http://127.0.0.1:3300)
import { createServer } from 'node:http';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';

const port = Number(process.argv[2] ?? process.env.PORT ?? 4001);
const baseUrl = (process.env.CHATWOOT_BASE_URL ?? 'http://127.0.0.1:3300').replace(/\/+$/, '');
const defaultAccountId = Number(process.env.DEFAULT_ACCOUNT_ID ?? 1);

const typeDefs = /* GraphQL */ `
  type Query {
    conversations(
      accountId: Int
      status: ConversationStatusFilter
      assignee: AssigneeType = ALL
      inboxId: Int
      teamId: Int
      labels: [String!]
      page: Int = 1
    ): ConversationPage!
  }

  enum ConversationStatusFilter { OPEN RESOLVED PENDING SNOOZED ALL }
  enum ConversationStatus { OPEN RESOLVED PENDING SNOOZED }
  enum AssigneeType { ME UNASSIGNED ASSIGNED ALL }

  type ConversationPage {
    nodes: [Conversation!]!
    counts: ConversationCounts!
    page: Int!
    pageSize: Int!
    hasNextPage: Boolean!
  }

  type ConversationCounts { mine: Int! unassigned: Int! assigned: Int! all: Int! }

  type Conversation {
    id: Int!
    uuid: ID!
    accountId: Int!
    inboxId: Int!
    status: ConversationStatus!
    labels: [String!]!
    sender: Contact
    assignee: Agent
    inbox: Inbox
    team: Team
  }

  type Contact { id: Int! name: String email: String phoneNumber: String identifier: String thumbnail: String }
  type Agent { id: Int! name: String! availableName: String email: String thumbnail: String }
  type Inbox { id: Int! name: String! channelType: String avatarUrl: String }
  type Team { id: Int! name: String! description: String allowAutoAssign: Boolean }
`;

/** GET a Chatwoot path with the caller's token; maps upstream failures to GraphQL errors. */
async function chatwootGet(path, token) {
  const response = await fetch(baseUrl + path, {
    headers: { api_access_token: token ?? '', accept: 'application/json' },
  });
  if (!response.ok) {
    const code = response.status === 401 ? 'UNAUTHENTICATED'
      : response.status === 403 ? 'FORBIDDEN'
        : response.status === 404 ? 'NOT_FOUND'
          : 'UPSTREAM_UNAVAILABLE';
    await response.body?.cancel();
    throw new GraphQLError(`Chatwoot answered ${response.status}.`, { extensions: { code } });
  }
  return response.json();
}

/** One loader per request: inbox keys "account:id", one GET /inboxes per account however many rows ask. */
function createInboxLoader(token) {
  return new DataLoader(async (keys) => {
    const byAccount = new Map();
    for (const key of keys) {
      const account = key.slice(0, key.indexOf(':'));
      if (!byAccount.has(account)) {
        byAccount.set(account, chatwootGet(`/api/v1/accounts/${account}/inboxes`, token).then((body) => {
          const inboxes = new Map();
          for (const inbox of body.payload ?? []) inboxes.set(inbox.id, inbox);
          return inboxes;
        }));
      }
    }
    return Promise.all(keys.map(async (key) => {
      const separator = key.indexOf(':');
      try {
        const inboxes = await byAccount.get(key.slice(0, separator));
        return inboxes.get(Number(key.slice(separator + 1))) ?? null;
      } catch (error) {
        return error;
      }
    }));
  });
}

const statusFilter = { OPEN: 'open', RESOLVED: 'resolved', PENDING: 'pending', SNOOZED: 'snoozed', ALL: 'all' };

const resolvers = {
  ConversationStatus: { OPEN: 'open', RESOLVED: 'resolved', PENDING: 'pending', SNOOZED: 'snoozed' },
  Query: {
    async conversations(_, args, context) {
      const accountId = args.accountId ?? defaultAccountId;
      const query = new URLSearchParams();
      if (args.status) query.set('status', statusFilter[args.status]);
      if (args.assignee && args.assignee !== 'ALL') query.set('assignee_type', args.assignee.toLowerCase());
      if (args.inboxId != null) query.set('inbox_id', String(args.inboxId));
      if (args.teamId != null) query.set('team_id', String(args.teamId));
      for (const label of args.labels ?? []) query.append('labels[]', label);
      query.set('page', String(args.page ?? 1));
      const body = await chatwootGet(`/api/v1/accounts/${accountId}/conversations?${query}`, context.token);
      const data = body.data ?? body;
      const meta = data.meta ?? {};
      const all = meta.all_count ?? 0;
      const unassigned = meta.unassigned_count ?? 0;
      const counts = { mine: meta.mine_count ?? 0, unassigned, assigned: meta.assigned_count ?? all - unassigned, all };
      const matching = { ME: counts.mine, UNASSIGNED: counts.unassigned, ASSIGNED: counts.assigned, ALL: counts.all }[args.assignee ?? 'ALL'];
      const page = args.page ?? 1;
      return { nodes: data.payload ?? [], counts, page, pageSize: 25, hasNextPage: page * 25 < matching };
    },
  },
  Conversation: {
    accountId: (c) => c.account_id,
    inboxId: (c) => c.inbox_id,
    labels: (c) => c.labels ?? [],
    sender: (c) => c.meta?.sender ?? null,
    assignee: (c) => (c.meta?.assignee_type === 'AgentBot' ? null : c.meta?.assignee ?? null),
    team: (c) => c.meta?.team ?? null,
    inbox: (c, _, context) => context.inboxLoader.load(`${c.account_id}:${c.inbox_id}`),
  },
  Contact: { phoneNumber: (c) => c.phone_number ?? null },
  Agent: { availableName: (a) => a.available_name ?? null },
  Inbox: { channelType: (i) => i.channel_type ?? null, avatarUrl: (i) => i.avatar_url ?? null },
  Team: { allowAutoAssign: (t) => t.allow_auto_assign ?? null },
};

const yoga = createYoga({
  schema: createSchema({ typeDefs, resolvers }),
  graphiql: false,
  logging: 'warn',
  context: ({ request }) => {
    const bearer = request.headers.get('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
    const token = request.headers.get('api_access_token') ?? bearer ?? null;
    return { token, inboxLoader: createInboxLoader(token) };
  },
});

const server = createServer(yoga);
server.listen(port, '127.0.0.1', () => {
  console.log(`yoga gateway on http://127.0.0.1:${port}/graphql -> ${baseUrl}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
