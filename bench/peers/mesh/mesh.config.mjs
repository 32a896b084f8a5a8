// GraphQL Mesh (compose) over openapi.yaml: the "generated" alternative of the load comparison.
// CHATWOOT_BASE_URL is baked into supergraph.graphql at compose time (bench/load/run.sh composes after install).
import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Chatwoot', {
        source: './openapi.yaml',
        endpoint: process.env.CHATWOOT_BASE_URL ?? 'http://127.0.0.1:3300',
        operationHeaders: {
          api_access_token: "{context.headers['api_access_token']}",
        },
      }),
    },
  ],
});
