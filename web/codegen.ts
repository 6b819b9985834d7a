import type { CodegenConfig } from '@graphql-codegen/cli';

// `npm run codegen` types every GraphQL document of the web app (the `graphql()` calls in
// web/**/*.ts) from the API's schema, with GraphQL Code Generator's client preset. The output is
// committed and web/codegen.spec.ts fails when it is stale. Documents are kept as strings
// (documentMode "string"): the client posts them as they are and ships no GraphQL parser.
const webCodegenConfig: CodegenConfig = {
  overwrite: true,
  schema: ['api/schema.graphql', 'api/schema/*.graphql'],
  documents: ['web/**/*.ts', '!web/lib/api/generated/**', '!web/**/*.spec.ts'],
  generates: {
    'web/lib/api/generated/': {
      preset: 'client',
      presetConfig: { gqlTagName: 'graphql', fragmentMasking: false },
      config: {
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        // A nullable field is there, holding null; it is never missing from an answer.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        strictScalars: true,
        scalars: { Date: 'string', JSON: 'Record<string, unknown>' },
      },
    },
  },
};

export default webCodegenConfig;
