import type { GraphPart } from '../api/queries.ts';

// How the explorer asks for the relationships of nodes new on its canvas (the API's `links`).

/** Ids in one links request: its body stays well under the web server's 64 kB. */
const LINK_IDS_BYTES = 16_000;
const LINK_AMONG_BYTES = 32_000;
/** The API's limits on one request's lists. */
const LINK_IDS = 500;
const LINK_AMONG = 5000;

/** Splits ids into runs of at most `items` whose JSON stays under `bytes`. */
function runs(ids: readonly string[], bytes: number, items: number): string[][] {
  const out: string[][] = [];
  let run: string[] = [];
  let size = 0;
  for (const id of ids) {
    const cost = JSON.stringify(id).length + 1;
    if (run.length > 0 && (size + cost > bytes || run.length >= items)) {
      out.push(run);
      run = [];
      size = 0;
    }
    run.push(id);
    size += cost;
  }
  if (run.length > 0) out.push(run);
  return out;
}

/**
 * The links requests that cover every pair of a newcomer with another node: each run of
 * newcomers against the settled nodes and the newcomers of later runs (pairs within a run come
 * with it), in as many requests as the sizes need.
 */
export function linkParts(fresh: readonly string[], settled: readonly string[]): GraphPart[] {
  const idRuns = runs(fresh, LINK_IDS_BYTES, LINK_IDS);
  const parts: GraphPart[] = [];
  idRuns.forEach((ids, k) => {
    const others = [...settled, ...idRuns.slice(k + 1).flat()];
    const amongRuns = others.length > 0 ? runs(others, LINK_AMONG_BYTES, LINK_AMONG) : [[]];
    for (const among of amongRuns) parts.push({ kind: 'links', ids, among });
  });
  return parts;
}
