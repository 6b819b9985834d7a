import { loadCypher } from '../../cypher-file.ts';
import type { Graph, PlainNode, QueryOptions } from '../../driver.ts';
import { nodeView, type NodeView } from '../graph-elements.ts';
import { loadPolicyCypher, today } from './fragments.ts';

const COVERED = loadPolicyCypher('covered-actors.cypher');
const withCovered = (file: string) => loadCypher(new URL(`./${file}`, import.meta.url)).replace('{{COVERED}}', COVERED);
const COUNTS = withCovered('covered-actors-counts.cypher');
const PAGE = withCovered('covered-actors-page.cypher');
const REGION_TREE = loadCypher(new URL('./region-tree.cypher', import.meta.url));
const POLICY = 'MATCH (p:Policy {id: $policyId}) RETURN p.id AS id';
const REGION = 'MATCH (r:Region {code: $region}) RETURN r.code AS code';

export const MAX_COVERED_PAGE = 200;

export interface CoveredActor {
  node: NodeView;
  /** The policies (the asked one, or the implementing ones) whose scopes reach the actor. */
  via: string[];
  /** Their matched scopes as `policy#scope`. */
  scopes: string[];
  cursor: string;
}

export interface RegionCount {
  code: string;
  name: string;
  nameEn: string | null;
  level: string | null;
  count: number;
}

export interface CoveredActors {
  totalCount: number;
  byKind: { name: string; count: number }[];
  byRegion: RegionCount[];
  edges: CoveredActor[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

export interface CoveredArgs {
  policyId: string;
  kinds: string[] | null;
  region: string | null;
  asOf: string | null;
  first: number;
  after: string | null;
  viaImplementing: boolean;
}

export type CoveredAnswer = { status: 'ok'; value: CoveredActors } | { status: 'no_policy' } | { status: 'no_region' };

// Cursors are the last actor's id: pages follow the id order, so they stay stable while the
// filters stay the same.
export const encodeCursor = (id: string) => Buffer.from(`actor:${id}`, 'utf8').toString('base64url');
export function decodeCursor(cursor: string): string | null {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  return text.startsWith('actor:') && text.length > 6 ? text.slice(6) : null;
}

interface TreeRow {
  code: string;
  name: string | null;
  nameEn: string | null;
  level: string | null;
  parent: string | null;
}

/** The region just below `base` on the way up from `code` (below the root when `base` is null); `code` itself when it is `base`. */
function groupOf(code: string, base: string | null, parentOf: Map<string, string | null>): string {
  let cur = code;
  for (let i = 0; i < 20 && cur !== base; i++) {
    const parent = parentOf.get(cur) ?? null;
    if (parent === null) return cur;
    if (parent === base || (base === null && (parentOf.get(parent) ?? null) === null)) return cur;
    cur = parent;
  }
  return cur;
}

/** The organizations a policy reaches on a date: a page in id order plus counts by kind and region. */
export async function actorsCoveredBy(graph: Graph, args: CoveredArgs, opts: QueryOptions = {}): Promise<CoveredAnswer> {
  return graph.readTx(async (run) => {
    if ((await run(POLICY, { policyId: args.policyId })).length === 0) return { status: 'no_policy' } as const;
    if (args.region !== null && (await run(REGION, { region: args.region })).length === 0) return { status: 'no_region' } as const;
    const params = { policyId: args.policyId, kinds: args.kinds ?? [], region: args.region ?? '', asOf: args.asOf ?? today(), viaImplementing: args.viaImplementing };
    const counts = await run<{ kind: string; region: string | null; n: number }>(COUNTS, { ...params, after: '' });
    const page = await run<{ actor: PlainNode; via: string[]; scopes: string[] }>(PAGE, { ...params, after: args.after ?? '', limit: args.first + 1 });
    const tree = await run<TreeRow>(REGION_TREE);
    const parentOf = new Map(tree.map((r) => [r.code, r.parent]));
    const info = new Map(tree.map((r) => [r.code, r]));

    let totalCount = 0;
    const byKind = new Map<string, number>();
    const byRegion = new Map<string, number>();
    for (const c of counts) {
      totalCount += c.n;
      byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + c.n);
      const g = c.region === null ? '' : groupOf(c.region, args.region, parentOf);
      byRegion.set(g, (byRegion.get(g) ?? 0) + c.n);
    }
    const edges = page.slice(0, args.first).map((r) => {
      const node = nodeView(r.actor);
      return { node, via: [...r.via].sort(), scopes: [...r.scopes].sort(), cursor: encodeCursor(node.id) };
    });
    return {
      status: 'ok',
      value: {
        totalCount,
        byKind: [...byKind].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
        byRegion: [...byRegion]
          .map(([code, count]) => {
            const r = info.get(code);
            return { code, name: r?.name ?? code, nameEn: r?.nameEn ?? null, level: r?.level ?? null, count };
          })
          .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
        edges,
        pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: page.length > args.first },
      },
    } as const;
  }, opts);
}
