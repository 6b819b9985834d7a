import { parseArgs } from 'node:util';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL, type Neo4jGraphQLContext } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { loadNeo4jConfig } from '../graph/config.ts';

// The API bench's peer: the official @neo4j/graphql library's generated API over the same graph,
// as its documentation serves it (Apollo Server standalone, one driver). It has no access control
// at all, so only the bench starts it (bench/generated-peer.ts), on 127.0.0.1 and for one run;
// nothing under api/ or scripts/ knows it.

/**
 * Organizations and the patents they hold, as the generated API reads them: HOLDS with its dates
 * on the relationship, so a query can keep the current holdings (`until` null) as ours does.
 */
const TYPE_DEFS = /* GraphQL */ `
  type Organization @node {
    id: ID!
    name: String
    patents: [Patent!]! @relationship(type: "HOLDS", direction: OUT, properties: "Holds")
  }
  type Patent @node {
    id: ID!
    title: String
    filed: Date
  }
  type Holds @relationshipProperties {
    from: Date
    until: Date
  }
`;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { uri: { type: 'string' }, port: { type: 'string' } } });
  if (!values.uri || !values.port) throw new Error('usage: generated-peer-server.ts --uri BOLT_URI --port PORT');
  const cfg = loadNeo4jConfig();
  const driver = neo4j.driver(values.uri, neo4j.auth.basic(cfg.user, cfg.password));
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const server = new ApolloServer<Neo4jGraphQLContext>({ schema });
  const { url } = await startStandaloneServer(server, {
    listen: { host: '127.0.0.1', port: Number(values.port) },
    context: async () => ({ sessionConfig: { database: cfg.database } }),
  });
  console.log(`peer listening at ${url}`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((err: Error) => {
  console.error(`generated peer: ${err.message}`);
  process.exit(1);
});
