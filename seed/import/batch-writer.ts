import type { Graph } from '../../graph/driver.ts';

export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  nodesDeleted: number;
  relationshipsDeleted: number;
  labelsAdded: number;
}

export const emptyCounters = (): WriteCounters => ({
  nodesCreated: 0,
  relationshipsCreated: 0,
  propertiesSet: 0,
  nodesDeleted: 0,
  relationshipsDeleted: 0,
  labelsAdded: 0,
});

export function addCounters(into: WriteCounters, from: WriteCounters): void {
  for (const k of Object.keys(into) as (keyof WriteCounters)[]) into[k] += from[k];
}

/** Runs one statement over one batch in its own write transaction and returns what it changed. */
export async function writeBatch(graph: Graph, cypher: string, params: Record<string, unknown>): Promise<WriteCounters> {
  return graph.writeTx(async (tx) => {
    const result = await tx.run(cypher, params);
    const u = result.summary.counters.updates();
    return {
      nodesCreated: u.nodesCreated,
      relationshipsCreated: u.relationshipsCreated,
      propertiesSet: u.propertiesSet,
      nodesDeleted: u.nodesDeleted,
      relationshipsDeleted: u.relationshipsDeleted,
      labelsAdded: u.labelsAdded,
    };
  });
}

/**
 * Keeps one batch in flight while the caller parses the next, so CSV parsing and Neo4j's
 * writing overlap on the two cores.
 */
export class PipelinedWriter {
  private inFlight: Promise<void> = Promise.resolve();
  private failed: unknown;
  readonly counters = emptyCounters();

  constructor(private readonly graph: Graph) {}

  async submit(cypher: string, params: Record<string, unknown>): Promise<void> {
    await this.inFlight;
    if (this.failed) throw this.failed;
    this.inFlight = writeBatch(this.graph, cypher, params).then(
      (c) => addCounters(this.counters, c),
      (err: unknown) => {
        this.failed = err;
      },
    );
  }

  async drain(): Promise<void> {
    await this.inFlight;
    if (this.failed) throw this.failed;
  }
}
