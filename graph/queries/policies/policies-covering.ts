import type { Graph, PlainNode, PlainPath, PlainRelationship, QueryOptions } from '../../driver.ts';
import { nodeView, SubgraphBuilder, type NodeView, type SubgraphView } from '../graph-elements.ts';
import type { CoverageScope } from '../policy-details.ts';
import { loadPolicyCypher, today } from './fragments.ts';

const POLICIES_COVERING = loadPolicyCypher('policies-covering.cypher');
const ACTOR = 'MATCH (a:Party {id: $actorId}) RETURN a.kind AS kind, a:Organization AS isOrganization LIMIT 1';

export type CoverageDimension = 'region' | 'org_kind' | 'industry' | 'ipc' | 'org';

/** One AND-ed condition of the matched scope and what in the graph meets it. */
export interface MetCondition {
  dimension: CoverageDimension;
  value: string;
  /** For region: the actor's own region; for ipc: the held patent and its symbol under the prefix. */
  regionCode: string | null;
  patentId: string | null;
  symbol: string | null;
  /** How the actor came to hold the patent: `application` or an assignment's id, and since when. */
  heldVia: string | null;
  heldSince: string | null;
}

export interface TracedPolicy {
  id: string;
  title: string;
  titleEn: string | null;
  docNumber: string | null;
  level: string | null;
  effective: string | null;
  expires: string | null;
  node: NodeView;
}

const opt = (v: unknown): string | null => (v == null || v === '' ? null : String(v));

export function tracedPolicy(node: NodeView): TracedPolicy {
  const p = node.properties;
  return {
    id: node.id,
    title: String(p.title ?? node.name),
    titleEn: opt(p.title_en),
    docNumber: opt(p.doc_number),
    level: opt(p.level),
    effective: opt(p.effective ?? p.issued),
    expires: opt(p.expires),
    node,
  };
}

export interface PolicyCoverage {
  policy: TracedPolicy;
  /** The first matched scope (scopes of one policy are OR-ed: one is enough). */
  scope: string;
  scopes: string[];
  /** What each matched scope names: its regions, kinds, industries, IPC prefixes and organizations. */
  matchedScopes: CoverageScope[];
  conditions: MetCondition[];
  reason: string;
  /** The policies this one implements, nearest first. */
  chain: NodeView[];
  evidence: SubgraphView;
}

export type CoveringAnswer = { status: 'ok'; actor: NodeView | null; items: PolicyCoverage[] } | { status: 'not_found' } | { status: 'not_organization' };

interface Witness {
  prefix: string;
  holds: PlainRelationship;
  patent: PlainNode;
  symbol: string;
}
interface Row {
  actor: PlainNode;
  policy: PlainNode;
  scope: PlainNode;
  hasScope: PlainPath;
  witnesses: Witness[];
  regionRoutes: PlainPath[];
  orgRoutes: PlainPath[];
  classRoutes: PlainPath[];
  ipcRoutes: PlainPath[];
  chains: PlainPath[];
  scopeRegions: PlainNode[];
  scopeOrgs: PlainNode[];
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

function scopeOf(row: Row): CoverageScope {
  const s = row.scope.properties;
  return {
    id: String(s.id),
    scope: String(s.scope),
    regions: row.scopeRegions.map(nodeView),
    orgKinds: list(s.org_kinds),
    industries: list(s.industries),
    ipcPrefixes: list(s.ipc_prefixes),
    organizations: row.scopeOrgs.map(nodeView),
  };
}

function addPath(b: SubgraphBuilder, p: PlainPath): void {
  for (const n of p.nodes) b.addNode(n);
  for (const r of p.relationships) b.addRelationship(r);
}

function conditionsOf(row: Row): MetCondition[] {
  const s = row.scope.properties;
  const a = row.actor.properties;
  const none = { regionCode: null, patentId: null, symbol: null, heldVia: null, heldSince: null };
  const out: MetCondition[] = [];
  for (const v of list(s.region_codes)) out.push({ ...none, dimension: 'region', value: v, regionCode: a.region_code == null ? null : String(a.region_code) });
  for (const v of list(s.org_kinds)) out.push({ ...none, dimension: 'org_kind', value: v });
  for (const v of list(s.industries)) out.push({ ...none, dimension: 'industry', value: v });
  for (const w of row.witnesses) {
    out.push({
      ...none,
      dimension: 'ipc',
      value: w.prefix,
      patentId: String(w.patent.properties.id),
      symbol: w.symbol,
      heldVia: w.holds.properties.via == null ? null : String(w.holds.properties.via),
      heldSince: w.holds.properties.from == null ? null : String(w.holds.properties.from),
    });
  }
  for (const v of list(s.org_ids)) out.push({ ...none, dimension: 'org', value: v });
  return out;
}

function reasonOf(row: Row, conditions: MetCondition[], chain: NodeView[]): string {
  const a = row.actor.properties;
  const parts = conditions.map((c) => {
    switch (c.dimension) {
      case 'region':
        return `located in ${c.regionCode ?? '?'}, within region ${c.value}`;
      case 'org_kind':
        return `is a ${c.value}`;
      case 'industry':
        return `works in ${c.value}`;
      case 'ipc':
        return `holds ${c.patentId} (${c.symbol}) under ${c.value}${c.heldVia && c.heldVia !== 'application' ? ` since ${c.heldSince} by ${c.heldVia}` : ''}`;
      case 'org':
        return 'is named by the policy';
    }
  });
  const via = chain.length > 0 ? `; implements ${chain.map((p) => p.id).join(' → ')}` : '';
  return `${String(a.name ?? a.id)} ${parts.join(' and ')} (scope ${String(row.scope.properties.scope)} of ${String(row.policy.properties.id)})${via}`;
}

/** The policies in force on `asOf` (default today) that cover an organization, each with its proof. */
export async function policiesCovering(graph: Graph, args: { actorId: string; asOf: string | null }, opts: QueryOptions = {}): Promise<CoveringAnswer> {
  return graph.readTx(async (run) => {
    const [actor] = await run<{ kind: string | null; isOrganization: boolean }>(ACTOR, { actorId: args.actorId });
    if (!actor) return { status: 'not_found' } as const;
    if (!actor.isOrganization) return { status: 'not_organization' } as const;
    const rows = await run<Row>(POLICIES_COVERING, { actorId: args.actorId, asOf: args.asOf ?? today() });
    const byPolicy = new Map<string, Row[]>();
    for (const r of rows) {
      const id = String(r.policy.properties.id);
      (byPolicy.get(id) ?? byPolicy.set(id, []).get(id)!).push(r);
    }
    const items: PolicyCoverage[] = [];
    let actorView: NodeView | null = null;
    for (const group of byPolicy.values()) {
      const first = group[0]!;
      const b = new SubgraphBuilder();
      actorView = b.addNode(first.actor);
      const policy = b.addNode(first.policy);
      for (const r of group) {
        addPath(b, r.hasScope);
        for (const p of [...r.regionRoutes, ...r.orgRoutes, ...r.classRoutes, ...r.ipcRoutes]) addPath(b, p);
        for (const w of r.witnesses) {
          b.addNode(w.patent);
          b.addRelationship(w.holds);
        }
      }
      // The longest IMPLEMENTS path holds every shorter one; its nodes are the chain, nearest first.
      const chainNodes = new Map<string, NodeView>();
      for (const c of [...first.chains].sort((x, y) => x.relationships.length - y.relationships.length)) {
        addPath(b, c);
        for (const n of c.nodes.slice(1)) if (!chainNodes.has(n.elementId)) chainNodes.set(n.elementId, b.addNode(n));
      }
      const chain = [...chainNodes.values()];
      const conditions = conditionsOf(first);
      items.push({
        policy: tracedPolicy(policy),
        scope: String(first.scope.properties.scope),
        scopes: group.map((r) => String(r.scope.properties.scope)),
        matchedScopes: group.map(scopeOf),
        conditions,
        reason: reasonOf(first, conditions, chain),
        chain,
        evidence: b.build(),
      });
    }
    return { status: 'ok', actor: actorView, items } as const;
  }, opts);
}
