import { loadCypher, splitStatements } from './cypher-file.ts';
import { DatabaseError, type Graph } from './driver.ts';

const SCHEMA = splitStatements(loadCypher(new URL('./schema.cypher', import.meta.url)));

const ALREADY_THERE = new Set([
  'Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists',
  'Neo.ClientError.Schema.IndexAlreadyExists',
  'Neo.ClientError.Schema.ConstraintAlreadyExists',
]);

async function runRetryingTransient(graph: Graph, statement: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await graph.run(statement);
    } catch (err) {
      // Another process created the same index between our IF NOT EXISTS check and our create.
      if (err instanceof DatabaseError && ALREADY_THERE.has(err.neo4jCode)) return;
      // Two importers applying the schema at once can deadlock on the schema lock.
      if (!(err instanceof DatabaseError && err.transient) || attempt >= 5) throw err;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
}

/** Full-text indexes of visible kinds that an older schema shared with persons (see schema.cypher): dropped, to be made again without them. */
async function dropSharedPersonIndexes(graph: Graph): Promise<void> {
  const shared = await graph.read<{ name: string }>(
    "SHOW FULLTEXT INDEXES YIELD name, labelsOrTypes WHERE name IN ['search_zh', 'search_en'] AND 'Person' IN labelsOrTypes RETURN name",
  );
  for (const { name } of shared) await runRetryingTransient(graph, `DROP INDEX ${name} IF EXISTS`);
}

const NAMED = /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+)?INDEX)\s+(\w+)\s+IF NOT EXISTS/i;

/** The statement's constraint or index name, when it creates one only if no schema rule has that name. */
function createdName(statement: string): string | undefined {
  return NAMED.exec(statement.trim())?.[1];
}

/**
 * Creates constraints and indexes that are missing and waits until every index is online. Rules
 * whose names are there already are not sent again (each costs a schema transaction: a third of
 * a second for the whole schema, on every delta).
 */
export async function applySchema(graph: Graph, { awaitSeconds = 300 }: { awaitSeconds?: number } = {}): Promise<{ statements: number }> {
  await dropSharedPersonIndexes(graph);
  const present = new Set([
    ...(await graph.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name')).map((r) => r.name),
    ...(await graph.read<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name')).map((r) => r.name),
  ]);
  for (const statement of SCHEMA) {
    const name = createdName(statement);
    if (name === undefined || !present.has(name)) await runRetryingTransient(graph, statement);
  }
  await graph.run('CALL db.awaitIndexes($seconds)', { seconds: awaitSeconds });
  return { statements: SCHEMA.length };
}
