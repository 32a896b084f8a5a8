// The README's Apollo Client set-up, run against a live gateway: the same ApolloClient, HttpLink headers and
// InMemoryCache type policy (conversations keyed by uuid). Prints what the test checks as one JSON line.
//
//   node tests/js/apollo-client.mjs http://127.0.0.1:5080/graphql demo-admin-token
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';

const [uri, token] = process.argv.slice(2);
if (!uri || !token) {
  console.error('usage: node apollo-client.mjs <graphql endpoint> <access token>');
  process.exit(2);
}

const client = new ApolloClient({
  link: new HttpLink({ uri, headers: { api_access_token: token } }),
  cache: new InMemoryCache({ typePolicies: { Conversation: { keyFields: ['uuid'] } } }),
});

const OpenConversations = gql`
  query OpenConversations($status: ConversationStatusFilter, $page: Int) {
    conversations(status: $status, page: $page) {
      nodes { uuid id status sender { name } inbox { name } }
      counts { all }
    }
  }
`;

const { data, error } = await client.query({ query: OpenConversations, variables: { status: 'OPEN', page: 1 } });
const nodes = data?.conversations?.nodes ?? [];
const cached = Object.keys(client.cache.extract()).filter((key) => key.startsWith('Conversation:'));
// A second read of the same query is answered from the normalised cache.
const again = client.readQuery({ query: OpenConversations, variables: { status: 'OPEN', page: 1 } });
console.log(JSON.stringify({
  error: error?.message ?? null,
  rows: nodes.length,
  statuses: [...new Set(nodes.map((n) => n.status))],
  withInboxName: nodes.filter((n) => n.inbox?.name).length,
  cachedConversations: cached.length,
  firstCacheKey: cached[0] ?? null,
  readBackRows: again?.conversations?.nodes?.length ?? 0,
}));
