import { loadCypher } from '../cypher-file.ts';
import type { Graph, PlainNode, PlainRelationship, QueryOptions } from '../driver.ts';
import { SubgraphBuilder, type NodeView, type SubgraphView } from './graph-elements.ts';

export const MAX_CHAIN_DEPTH = 10;
export const MAX_CHAIN_POLICIES = 500;

const POLICY_CHAIN = loadCypher(new URL('./policy-chain.cypher', import.meta.url)).replaceAll('{{MAX_DEPTH}}', String(MAX_CHAIN_DEPTH));

const LEVEL_ORDER: Record<string, number> = { national: 0, provincial: 1, municipal: 2 };

/** How a policy links to another, read from the policy's side: [it is the link's start, its end]. */
const LINK_NAME: Record<string, [forward: string, backward: string]> = {
  CITES_POLICY: ['cites', 'cited_by'],
  SUPERSEDES: ['supersedes', 'superseded_by'],
  AMENDS: ['amends', 'amended_by'],
};

export interface PolicyChainItem {
  policy: NodeView;
  level: string;
  /** The policy it implements, one step up the tree; null at the top. */
  parentId: string | null;
  /** `implements` under a parent; null at the top. */
  link: string | null;
  /** IMPLEMENTS steps from the asked policy, up or down. */
  distance: number;
}

/** A policy joined to one of the tree by a link other than IMPLEMENTS: `policy` <link> `relatedTo`. */
export interface PolicyRelation {
  policy: NodeView;
  level: string;
  /** cites, cited_by, supersedes, superseded_by, amends or amended_by. */
  link: string;
  /** The policy of the tree it is linked to (the one nearer the asked policy when both are in the tree). */
  relatedTo: string;
}

export interface PolicyChain {
  root: NodeView;
  items: PolicyChainItem[];
  related: PolicyRelation[];
  graph: SubgraphView;
}

interface Row {
  root: PlainNode;
  /** position: IMPLEMENTS steps above (negative) or below (positive) the asked policy. */
  tree: { policy: PlainNode; position: number }[];
  related: { link: PlainRelationship; from: PlainNode; to: PlainNode }[];
  links: PlainRelationship[];
}

const levelOf = (n: NodeView) => String(n.properties.level ?? '');

/** Orders the tree: a policy's parent is the policy it implements that comes just before it. */
type Key = [position: number, level: number, id: string];
const before = (a: Key, b: Key) => a[0] - b[0] || a[1] - b[1] || a[2].localeCompare(b[2]);

/**
 * The asked policy's implementation tree (national → provincial → municipal: what it implements
 * above it, what implements it below), and the policies that cite, supersede or amend one of the
 * tree (or that one of it cites, supersedes, amends) listed apart; null when there is no such policy.
 */
export async function policyChain(graph: Graph, policyId: string, opts: QueryOptions = {}): Promise<PolicyChain | null> {
  const [row] = await graph.read<Row>(POLICY_CHAIN, { policyId, maxPolicies: MAX_CHAIN_POLICIES }, opts);
  if (!row) return null;
  const answer = new SubgraphBuilder();
  const root = answer.addNode(row.root);
  const members = new Map<string, { view: NodeView; position: number; key: Key }>();
  const join = (node: PlainNode, position: number) => {
    if (members.has(node.elementId)) return;
    const view = answer.addNode(node);
    members.set(node.elementId, { view, position, key: [position, LEVEL_ORDER[levelOf(view)] ?? 9, view.id] });
  };
  join(row.root, 0);
  for (const t of row.tree) join(t.policy, t.position);

  // Of the tree policies a policy implements, its parent is the nearest before it: what brought
  // it into the tree. Keys only decrease up the tree, so no policy is its own ancestor.
  const parentOf = new Map<string, string>();
  for (const r of row.links) {
    if (r.type !== 'IMPLEMENTS') continue;
    const child = members.get(r.startElementId);
    const parent = members.get(r.endElementId);
    if (!child || !parent || before(parent.key, child.key) >= 0) continue;
    const have = parentOf.get(r.startElementId);
    if (have === undefined || before(members.get(have)!.key, parent.key) < 0) parentOf.set(r.startElementId, r.endElementId);
  }
  const items: PolicyChainItem[] = [...members].map(([elementId, m]) => {
    const parent = parentOf.get(elementId);
    return { policy: m.view, level: levelOf(m.view), parentId: parent ? members.get(parent)!.view.id : null, link: parent ? 'implements' : null, distance: Math.abs(m.position) };
  });
  items.sort((a, b) => (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || a.distance - b.distance || a.policy.id.localeCompare(b.policy.id));

  // Each other link once, read from the side away from the asked policy; the asked policy's own first.
  const distanceOf = (elementId: string) => Math.abs(members.get(elementId)?.position ?? Infinity);
  const found = row.related.flatMap(({ link, from, to }) => {
    const names = LINK_NAME[link.type];
    if (!names) return [];
    const fromNearer = distanceOf(from.elementId) <= distanceOf(to.elementId);
    const near = fromNearer ? from : to;
    const other = answer.addNode(fromNearer ? to : from);
    const relation: PolicyRelation = { policy: other, level: levelOf(other), link: names[fromNearer ? 1 : 0], relatedTo: answer.addNode(near).id };
    return [{ relation, distance: distanceOf(near.elementId) }];
  });
  found.sort((a, b) => a.distance - b.distance || a.relation.relatedTo.localeCompare(b.relation.relatedTo) || a.relation.link.localeCompare(b.relation.link) || a.relation.policy.id.localeCompare(b.relation.policy.id));
  const related = found.map((f) => f.relation);
  for (const r of row.links) answer.addRelationship(r);
  return { root, items, related, graph: answer.build() };
}
