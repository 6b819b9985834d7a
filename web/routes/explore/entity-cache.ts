import { fetchStats, type Stats } from '../../lib/api/queries.ts';
import { fetchEntityDetails, fetchRelationshipCounts, type EntityDetails, type RelationshipCount } from './entity-queries.ts';

// Details and counts change only with an import, so a page keeps what it fetched; the oldest
// entries go first when the maps grow.
const MAX_ENTRIES = 300;
const details = new Map<string, Promise<EntityDetails | null>>();
const counts = new Map<string, Promise<RelationshipCount[] | null>>();
let stats: Promise<Stats> | null = null;

function remember<T>(map: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const hit = map.get(key);
  if (hit) return hit;
  const p = load();
  map.set(key, p);
  // A failure is not cached: the next look is a retry.
  p.catch(() => map.delete(key));
  if (map.size > MAX_ENTRIES) map.delete(map.keys().next().value as string);
  return p;
}

export function entityDetails(id: string): Promise<EntityDetails | null> {
  return remember(details, id, async () => {
    const d = await fetchEntityDetails({ id });
    if (d) counts.set(id, Promise.resolve(d.relationshipCounts));
    return d;
  });
}

export function relationshipCounts(id: string): Promise<RelationshipCount[] | null> {
  return remember(counts, id, () => fetchRelationshipCounts({ id }));
}

export function graphStats(): Promise<Stats> {
  stats ??= fetchStats().catch((err: unknown) => {
    stats = null;
    throw err;
  });
  return stats;
}

/** Counts per relationship type, both directions together (expanding follows both). */
export function countsByType(list: readonly RelationshipCount[]): { type: string; count: number; directions: ('IN' | 'OUT')[] }[] {
  const byType = new Map<string, { type: string; count: number; directions: ('IN' | 'OUT')[] }>();
  for (const c of list) {
    const e = byType.get(c.type) ?? { type: c.type, count: 0, directions: [] };
    e.count += c.count;
    if (!e.directions.includes(c.direction)) e.directions.push(c.direction);
    byType.set(c.type, e);
  }
  return [...byType.values()].sort((a, b) => b.count - a.count || a.type.localeCompare(b.type));
}
