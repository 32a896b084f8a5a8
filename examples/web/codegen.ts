import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema comes from a running gateway's introspection (GATEWAY_SCHEMA=http://127.0.0.1:5080/graphql),
// or, without it, from the SDL file the gateway publishes in the repository.
const schema = process.env.GATEWAY_SCHEMA ?? '../../schema/schema.graphql';
console.log(`graphql-codegen: schema from ${schema}`);

const config: CodegenConfig = {
  schema,
  documents: ['src/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        scalars: { DateTime: 'string', JSON: 'unknown' },
        enumsAsTypes: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
