import { loadCypher } from '../cypher-file.ts';
import type { PlainNode, PlainRun } from '../driver.ts';

const NODE_BY_ID = loadCypher(new URL('./node-by-id.cypher', import.meta.url));

/** The node with this bundle id, whatever its kind, or null. Runs inside the caller's transaction. */
export async function findNodeById(run: PlainRun, id: string): Promise<PlainNode | null> {
  const [row] = await run<{ n: PlainNode }>(NODE_BY_ID, { id });
  return row?.n ?? null;
}

/** No node has the id given as `option` (the name of the argument that carried it). */
export class NodeNotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(
    readonly option: string,
    readonly id: string,
  ) {
    super(`no node has the id "${id}"`);
  }
}

/** The node named by `option` exists but the caller may not see it (a person, below supervisor). */
export class HiddenNodeError extends Error {
  readonly code = 'FORBIDDEN';
  constructor(
    readonly option: string,
    readonly id: string,
    readonly labels: readonly string[],
  ) {
    super(`the node "${id}" is hidden from the caller`);
  }
}
