import { defineConfig } from 'vitest/config';

export default defineConfig({
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
