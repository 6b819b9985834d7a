import { inject } from 'vitest';
import { connectGraph, type Graph } from '../../graph/driver.ts';

/** A driver on the run's Neo4j (started by tests/setup/neo4j.global.ts). */
export function testGraph(): Graph {
  const n = inject('neo4j');
  return connectGraph({ uri: n.uri, user: n.user, password: n.password, database: n.database, readTimeoutMs: 60_000 });
}

/** A prefix no other test uses, so tests can share one database. */
export function uniquePrefix(name: string): string {
  return `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}-${name}-`;
}
