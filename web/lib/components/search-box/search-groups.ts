/** What grouping reads of a hit. */
interface Groupable {
  kind: string;
}

export interface HitGroup<H extends Groupable> {
  kind: string;
  hits: H[];
}

/**
 * Hits grouped by kind, in the API's order: it ranks hits by number first (score 0), then by
 * score, so groups come in the order of their best hit and a hit by number stays on top.
 */
export function groupHits<H extends Groupable>(hits: readonly H[]): HitGroup<H>[] {
  const groups = new Map<string, H[]>();
  for (const h of hits) {
    const g = groups.get(h.kind);
    if (g) g.push(h);
    else groups.set(h.kind, [h]);
  }
  return [...groups].map(([kind, hs]) => ({ kind, hits: hs }));
}

/** The hits in the order the list shows them, which is the order arrow keys walk. */
export function flatten<H extends Groupable>(groups: readonly HitGroup<H>[]): H[] {
  return groups.flatMap((g) => g.hits);
}

/** Next active index for an arrow key; wraps around, -1 when there is nothing. */
export function moveActive(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return (((current + delta) % count) + count) % count;
}
