import type { SearchHit } from '../../api/queries.ts';

export interface HitGroup {
  kind: string;
  hits: SearchHit[];
}

/** Hits grouped by kind; groups in the order of their best hit, hits in score order within. */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, SearchHit[]>();
  const sorted = [...hits].sort((a, b) => b.score - a.score);
  for (const h of sorted) {
    const g = groups.get(h.kind);
    if (g) g.push(h);
    else groups.set(h.kind, [h]);
  }
  return [...groups].map(([kind, hs]) => ({ kind, hits: hs }));
}

/** The hits in the order the list shows them, which is the order arrow keys walk. */
export function flatten(groups: readonly HitGroup[]): SearchHit[] {
  return groups.flatMap((g) => g.hits);
}

/** Next active index for an arrow key; wraps around, -1 when there is nothing. */
export function moveActive(current: number, delta: number, count: number): number {
  if (count === 0) return -1;
  if (current < 0) return delta > 0 ? 0 : count - 1;
  return (((current + delta) % count) + count) % count;
}
