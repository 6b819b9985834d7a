import type { Graph } from '../../graph/driver.ts';
import { loadCypher } from '../../graph/cypher-file.ts';
import { addCounters, emptyCounters, writeBatch, type WriteCounters } from './batch-writer.ts';
import { holderTimeline, sameTimeline, type HolderSegment } from './holder-timeline.ts';

const READ = loadCypher(new URL('./cypher/holders-read.cypher', import.meta.url));
const WRITE = loadCypher(new URL('./cypher/holders-write.cypher', import.meta.url));
const UNASSIGNED = loadCypher(new URL('./cypher/holders-unassigned.cypher', import.meta.url));

interface PatentFacts {
  id: string;
  filed: string | null;
  applicants: string[];
  assignments: { id: string; date: string; to: string }[];
  stored: HolderSegment[];
}

/**
 * Rewrites the HOLDS timeline of the given patents from what the graph now says (applicants and
 * assignments, whichever bundle brought them), touching only timelines that changed. Patents
 * never assigned are done in Cypher; assigned ones through holderTimeline, which owns the rules.
 */
export async function deriveHolders(graph: Graph, patentIds: string[], batchSize: number): Promise<{ written: number; counters: WriteCounters }> {
  const counters = emptyCounters();
  let written = 0;
  for (let i = 0; i < patentIds.length; i += batchSize) {
    const ids = patentIds.slice(i, i + batchSize);
    addCounters(counters, await writeBatch(graph, UNASSIGNED, { ids }));
    const facts = await graph.read<PatentFacts>(READ, { ids }, { timeoutMs: 120_000 });
    const changed = [];
    for (const f of facts) {
      const segments = holderTimeline(f);
      if (!sameTimeline(segments, f.stored)) changed.push({ id: f.id, segments });
    }
    if (changed.length > 0) {
      addCounters(counters, await writeBatch(graph, WRITE, { patents: changed }));
      written += changed.length;
    }
  }
  return { written, counters };
}
