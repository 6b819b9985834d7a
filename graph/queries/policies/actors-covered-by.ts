import { loadCypher } from '../../cypher-file.ts';
import { StillPreparingError, untilDeadline, type Graph, type PlainNode, type PlainRun, type QueryOptions } from '../../driver.ts';
import { nodeView, type NodeView } from '../graph-elements.ts';
import { loadPolicyCypher, today } from './fragments.ts';
import { holdsOn, ipcHolders } from './ipc-holders.ts';

const SCOPES = loadPolicyCypher('scopes-in-force.cypher');
const INDIVIDUALLY = loadPolicyCypher('covered-individually.cypher');
const PAGE_SCAN = loadCypher(new URL('./covered-page-scan.cypher', import.meta.url));
const PAGE_REGIONS = loadCypher(new URL('./covered-page-regions.cypher', import.meta.url));
const ORG_GROUPS = loadCypher(new URL('./org-groups.cypher', import.meta.url));
const REGION_TREE = loadCypher(new URL('./region-tree.cypher', import.meta.url));
const IMPORT_TOKEN = loadCypher(new URL('./import-token.cypher', import.meta.url));
const POLICY = 'MATCH (p:Policy {id: $policyId}) RETURN p.id AS id';

export const MAX_COVERED_PAGE = 200;
/** Above this share of all organizations, a page walks organizations in id order; below, the covered regions. */
const SCAN_SHARE = 0.05;

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

/** What the policies implementing the asked one add to its reach, whether or not the answer includes them. */
export interface ImplementingReach {
  /** Policies implementing it at any depth, in force on the date, with coverage scopes. */
  inForce: number;
  /** Organizations they reach (within the request's filters) that the asked policy alone does not. */
  added: number;
  /** How many of those policies reach such an organization. */
  through: number;
}

export interface CoveredActors {
  totalCount: number;
  implementing: ImplementingReach;
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
interface ScopeRow {
  policy: string;
  id: string;
  regions: string[];
  kinds: string[];
  industries: string[];
  ipc: string[];
  orgs: string[];
}
interface Group {
  kind: string;
  region: string;
  industry: string;
  n: number;
}
interface Reference {
  token: string;
  groups: Group[];
  tree: TreeRow[];
  parentOf: Map<string, string | null>;
  organizations: number;
}

// Organization groups and the region tree change only with an import; each Graph keeps them
// until the import token changes.
const references = new WeakMap<Graph, Reference>();

async function reference(graph: Graph, run: PlainRun): Promise<Reference> {
  const [t] = await run<{ runs: number; last: string | null; organizations: number }>(IMPORT_TOKEN);
  const token = `${t?.runs}|${t?.last}|${t?.organizations}`;
  const have = references.get(graph);
  if (have && have.token === token) return have;
  const groups = await run<Group>(ORG_GROUPS);
  const tree = await run<TreeRow>(REGION_TREE);
  const ref = { token, groups, tree, parentOf: new Map(tree.map((r) => [r.code, r.parent])), organizations: t?.organizations ?? 0 };
  references.set(graph, ref);
  return ref;
}

const groupKey = (g: { kind: string; region: string; industry: string }) => `${g.kind}|${g.region}|${g.industry}`;

function ancestors(code: string, parentOf: Map<string, string | null>): Set<string> {
  const out = new Set<string>();
  for (let c: string | null | undefined = code; c && !out.has(c); c = parentOf.get(c)) out.add(c);
  return out;
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

/** Scopes without IPC or named conditions decide from kind, region and industry alone. */
const byGroup = (s: ScopeRow) => s.ipc.length === 0 && s.orgs.length === 0;

function groupMatches(s: ScopeRow, g: Group, regionsOfGroup: Set<string>): boolean {
  return s.regions.every((r) => regionsOfGroup.has(r)) && s.kinds.every((k) => k === g.kind) && s.industries.every((i) => i === g.industry);
}

interface Extra {
  id: string;
  kind: string;
  region: string;
  industry: string;
  scopes: string[];
}

const IPC_PREFIXES = 'MATCH (s:CoverageScope) UNWIND coalesce(s.ipc_prefixes, []) AS prefix RETURN DISTINCT prefix ORDER BY prefix';

/**
 * Reads the organization groups and the holders of every IPC prefix that scopes use, one prefix
 * after another, so the first requests after an import or a start do not wait for them.
 */
export async function warmCoverage(graph: Graph): Promise<void> {
  const { token, prefixes } = await graph.readTx(async (run) => ({
    token: (await reference(graph, run)).token,
    prefixes: (await run<{ prefix: string }>(IPC_PREFIXES)).map((r) => r.prefix),
  }), { timeoutMs: 120_000 });
  for (const prefix of prefixes) await ipcHolders(graph, token, prefix);
}

interface IpcFilter {
  asOf: string;
  /** Groups (kind|region|industry) the group-counted scopes already cover. */
  covered: Record<string, boolean>;
  kinds: string[] | null;
  /** The request's regions (null: any). */
  inRegion: Record<string, boolean> | null;
  /** Per scope, the regions inside all of its regions. */
  below: Map<string, Set<string>>;
}

/**
 * Organizations reached by IPC scopes (without named organizations): the holders of each prefix
 * come from the per-import cache with their holding spans, so a date costs no walk over holdings;
 * the scope's other conditions and the request's filters are then checked on the holders.
 */
async function ipcCovered(graph: Graph, token: string, scopes: ScopeRow[], f: IpcFilter, opts: QueryOptions): Promise<Extra[]> {
  const prefixes = [...new Set(scopes.flatMap((s) => s.ipc))];
  // A prefix's holders are read once per import for every request, with their own time limit: a
  // request waits for them only until its deadline.
  const read = (p: string) => untilDeadline(ipcHolders(graph, token, p), opts, () => new StillPreparingError(`the holders of ${p} are still being read`));
  const holders = new Map(await Promise.all(prefixes.map(async (p) => [p, await read(p)] as const)));
  const out: Extra[] = [];
  for (const s of scopes) {
    const [smallest, ...others] = s.ipc.map((p) => holders.get(p)!).sort((a, b) => a.list.length - b.list.length);
    const regions = f.below.get(s.id)!;
    for (const h of smallest!.list) {
      const kind = h.kind ?? '';
      if (f.covered[groupKey({ kind, region: h.region, industry: h.industry ?? '' })]) continue;
      if (f.kinds !== null && (h.kind === null || !f.kinds.includes(h.kind))) continue;
      if (f.inRegion !== null && !f.inRegion[h.region]) continue;
      if (!s.kinds.every((k) => k === h.kind) || !s.industries.every((i) => i === h.industry)) continue;
      if (s.regions.length > 0 && !regions.has(h.region)) continue;
      if (!holdsOn(h.spans, f.asOf)) continue;
      if (!others.every((o) => { const x = o.byId.get(h.id); return x !== undefined && holdsOn(x.spans, f.asOf); })) continue;
      out.push({ id: h.id, kind, region: h.region, industry: h.industry ?? '', scopes: [s.id] });
    }
  }
  return out;
}

interface Reach {
  coveredGroups: Map<string, { group: Group; scopes: ScopeRow[] }>;
  covered: Record<string, boolean>;
  extras: Extra[];
  totalCount: number;
}

interface ReachContext {
  graph: Graph;
  ref: Reference;
  asOf: string;
  args: CoveredArgs;
  opts: QueryOptions;
}

/** The organizations some of `scopes` reach within the request's filters: whole groups, and the rest one by one. */
async function reachOf(scopes: ScopeRow[], { graph, ref, asOf, args, opts }: ReachContext): Promise<Reach> {
  // Groups: which group-decided scopes reach each group, within the request's filters.
  const inRegion = (code: string) => args.region === null || ancestors(code, ref.parentOf).has(args.region);
  const kindOk = (kind: string) => args.kinds === null || args.kinds.includes(kind);
  const groupScopes = scopes.filter(byGroup);
  const coveredGroups = new Map<string, { group: Group; scopes: ScopeRow[] }>();
  for (const g of ref.groups) {
    if (!kindOk(g.kind) || !inRegion(g.region)) continue;
    const up = ancestors(g.region, ref.parentOf);
    const hits = groupScopes.filter((s) => groupMatches(s, g, up));
    if (hits.length > 0) coveredGroups.set(groupKey(g), { group: g, scopes: hits });
  }
  const covered: Record<string, boolean> = {};
  for (const k of coveredGroups.keys()) covered[k] = true;

  // Organizations reached one by one (named, or through IPC prefixes), outside the covered groups.
  const oneByOne = scopes.filter((s) => !byGroup(s));
  const inRegionMap: Record<string, boolean> = {};
  if (args.region !== null) for (const r of ref.tree) if (inRegion(r.code)) inRegionMap[r.code] = true;
  const below = new Map(
    oneByOne.map((sc) => [sc.id, new Set(ref.tree.filter((r) => sc.regions.every((x) => ancestors(r.code, ref.parentOf).has(x))).map((r) => r.code))]),
  );
  const named = oneByOne.filter((s) => s.orgs.length > 0);
  const byIpc = oneByOne.filter((s) => s.orgs.length === 0);
  const extraById = new Map<string, Extra>();
  const addExtra = (e: Extra) => {
    const have = extraById.get(e.id);
    if (have) have.scopes.push(...e.scopes);
    else extraById.set(e.id, { ...e, scopes: [...e.scopes] });
  };
  for (const e of await ipcCovered(graph, ref.token, byIpc, { asOf, covered, kinds: args.kinds, inRegion: args.region === null ? null : inRegionMap, below }, opts)) addExtra(e);
  if (named.length > 0) {
    const rows = await graph.read<Extra>(INDIVIDUALLY, {
      scopeIds: named.map((s) => s.id),
      asOf,
      covered,
      kinds: args.kinds ?? [],
      anyRegion: args.region === null,
      inRegion: inRegionMap,
      below: Object.fromEntries(named.map((sc) => [sc.id, Object.fromEntries([...below.get(sc.id)!].map((code) => [code, true]))])),
    }, opts);
    for (const e of rows) addExtra(e);
  }
  const extras = [...extraById.values()];
  let totalCount = extras.length;
  for (const { group } of coveredGroups.values()) totalCount += group.n;
  return { coveredGroups, covered, extras, totalCount };
}

/**
 * What the implementing policies add to the asked one's own reach: coverage only grows with more
 * scopes, so the difference of the two counts is what they add; the policies counted are those of
 * the groups and organizations the asked policy alone does not reach.
 */
function implementingReach(policyId: string, scopes: ScopeRow[], own: Reach, all: Reach): ImplementingReach {
  const inForce = new Set(scopes.map((s) => s.policy).filter((p) => p !== policyId)).size;
  const ownExtras = new Set(own.extras.map((e) => e.id));
  const through = new Set<string>();
  const policyOf = new Map(scopes.map((s) => [s.id, s.policy]));
  for (const [key, { scopes: hit }] of all.coveredGroups) if (!own.coveredGroups.has(key)) for (const s of hit) through.add(s.policy);
  for (const e of all.extras) if (!ownExtras.has(e.id) && !own.covered[groupKey(e)]) for (const id of e.scopes) through.add(policyOf.get(id)!);
  through.delete(policyId);
  return { inForce, added: Math.max(0, all.totalCount - own.totalCount), through: all.totalCount > own.totalCount ? through.size : 0 };
}

/** The organizations a policy reaches on a date: a page in id order plus counts by kind and region. */
export async function actorsCoveredBy(graph: Graph, args: CoveredArgs, opts: QueryOptions = {}): Promise<CoveredAnswer> {
  const asOf = args.asOf ?? today();
  const start = await graph.readTx(async (run) => {
    if ((await run(POLICY, { policyId: args.policyId })).length === 0) return { status: 'no_policy' } as const;
    const ref = await reference(graph, run);
    if (args.region !== null && !ref.parentOf.has(args.region)) return { status: 'no_region' } as const;
    // The implementing policies' scopes too, whatever was asked: the answer says what they add.
    const scopes = await run<ScopeRow>(SCOPES, { policyId: args.policyId, asOf, viaImplementing: true });
    return { status: 'ok', ref, scopes } as const;
  }, opts);
  if (start.status !== 'ok') return start;
  const { ref, scopes } = start;
  const ownScopes = scopes.filter((s) => s.policy === args.policyId);
  const context: ReachContext = { graph, ref, asOf, args, opts };

  const own = await reachOf(ownScopes, context);
  const all = ownScopes.length === scopes.length ? own : await reachOf(scopes, context);
  return graph.readTx(async (run) => {
    const { coveredGroups, covered, extras, totalCount } = args.viaImplementing ? all : own;
    const chosenScopes = args.viaImplementing ? scopes : ownScopes;

    const byKind = new Map<string, number>();
    const byRegion = new Map<string, number>();
    const count = (kind: string, region: string, n: number) => {
      byKind.set(kind, (byKind.get(kind) ?? 0) + n);
      const g = region === '' ? '' : groupOf(region, args.region, ref.parentOf);
      byRegion.set(g, (byRegion.get(g) ?? 0) + n);
    };
    for (const { group } of coveredGroups.values()) count(group.kind, group.region, group.n);
    for (const e of extras) count(e.kind, e.region, 1);
    // The page: covered groups and the one-by-one organizations merged in id order.
    const after = args.after ?? '';
    const limit = args.first + 1;
    const groupCount = totalCount - extras.length;
    const extraIds = extras.map((e) => e.id);
    const regions = [...new Set([...coveredGroups.values()].map((c) => c.group.region))];
    let rows: { actor: PlainNode }[];
    if (groupCount === 0 && extras.length === 0) rows = [];
    else if (groupCount / Math.max(1, ref.organizations) >= SCAN_SHARE || regions.includes('')) {
      const extra: Record<string, boolean> = {};
      for (const id of extraIds) extra[id] = true;
      rows = await run(PAGE_SCAN, { after, limit, covered, extra });
    } else {
      rows = await run(PAGE_REGIONS, { after, limit, covered, regions, extraIds });
    }
    const extraScopes = new Map(extras.map((e) => [e.id, e.scopes]));
    const policyOf = new Map(chosenScopes.map((s) => [s.id, s.policy]));
    const edges = rows.slice(0, args.first).map((r) => {
      const node = nodeView(r.actor);
      const p = node.properties;
      const key = groupKey({ kind: String(p.kind ?? ''), region: String(p.region_code ?? ''), industry: String(p.industry ?? '') });
      const ids = [...(coveredGroups.get(key)?.scopes.map((s) => s.id) ?? []), ...(extraScopes.get(node.id) ?? [])];
      return { node, via: [...new Set(ids.map((i) => policyOf.get(i)!))].sort(), scopes: [...new Set(ids)].sort(), cursor: encodeCursor(node.id) };
    });
    const info = new Map(ref.tree.map((r) => [r.code, r]));
    return {
      status: 'ok',
      value: {
        totalCount,
        implementing: implementingReach(args.policyId, scopes, own, all),
        byKind: [...byKind].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
        byRegion: [...byRegion]
          .map(([code, count]) => {
            const r = info.get(code);
            return { code, name: r?.name ?? code, nameEn: r?.nameEn ?? null, level: r?.level ?? null, count };
          })
          .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
        edges,
        pageInfo: { endCursor: edges.at(-1)?.cursor ?? null, hasNextPage: rows.length > args.first },
      },
    } as const;
  }, opts);
}
