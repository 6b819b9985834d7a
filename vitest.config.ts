import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build (Apollo and GraphQL Armor get it that way); without this
    // alias Vite hands our sources the .mjs build, and two copies of graphql reject each other's types.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['{api,graph,seed,web,scripts,bench}/**/*.spec.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'graph/embedded/target/**'],
    // One Neo4j for the whole run; integration tests keep to their own ids.
    globalSetup: ['tests/setup/neo4j.global.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    maxWorkers: 2,
  },
});
