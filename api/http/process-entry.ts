import { loadNeo4jConfig } from '../../graph/config.ts';
import { loadApiConfig } from './config.ts';
import { openDatabase } from '../../graph/database.ts';
import { applySchema } from '../../graph/schema.ts';
import { createLogger } from './logging.ts';
import { serveApi } from './serve-api.ts';

// `npm run api`: the GraphQL API alone, on NEO4J_URI, the background Neo4j or one started here.
async function main(): Promise<void> {
  const neo4j = loadNeo4jConfig();
  const config = loadApiConfig();
  const log = createLogger(config.logLevel);
  const db = await openDatabase(neo4j, (line) => log.info(`neo4j: ${line}`));
  // Search needs the full-text indexes even on a database nothing was imported into yet; a
  // read-only account cannot create them, and the API still serves everything else.
  await applySchema(db.graph).catch((err: Error) => log.warn(`could not apply graph/schema.cypher: ${err.message}`));
  const api = await serveApi({ neo4j, config, uri: db.uri, log }).catch(async (err: Error) => {
    await db.close();
    throw err;
  });
  console.log(`IP Atlas API: ${api.url} (health: ${api.url.replace(/\/graphql$/, '/health')}); Neo4j (${db.mode}) ${db.uri}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    await api.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: Error) => {
  console.error(`api: ${err.message}`);
  process.exit(1);
});
