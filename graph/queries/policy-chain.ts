import { loadCypher } from '../cypher-file.ts';
import type { Graph, PlainNode, PlainRelationship, QueryOptions } from '../driver.ts';
import { nodeView, SubgraphBuilder, type NodeView, type SubgraphView } from './graph-elements.ts';

export const MAX_CHAIN_DEPTH = 10;
export const MAX_CHAIN_POLICIES = 500;

const POLICY_CHAIN = loadCypher(new URL('./policy-chain.cypher', import.meta.url)).replaceAll('{{MAX_DEPTH}}', String(MAX_CHAIN_DEPTH));

const LEVEL_ORDER: Record<string, number> = { national: 0, provincial: 1, municipal: 2 };

/** How a policy links to its parent, read from the policy's side. */
const LINK_NAME: Record<string, [forward: string, backward: string]> = {
  IMPLEMENTS: ['implements', 'implemented_by'],
  CITES_POLICY: ['cites', 'cited_by'],
  SUPERSEDES: ['supersedes', 'superseded_by'],
  AMENDS: ['amends', 'amended_by'],
};

export interface PolicyChainItem {
  policy: NodeView;
  level: string;
  parentId: string | null;
  link: string | null;
  distance: number;
}

export interface PolicyChain {
  root: NodeView;
  items: PolicyChainItem[];
  graph: SubgraphView;
}

interface Row {
  root: PlainNode;
  items: { policy: PlainNode; distance: number; parent: PlainNode; link: PlainRelationship }[];
  links: PlainRelationship[];
}

const levelOf = (n: NodeView) => String(n.properties.level ?? '');

/** The asked policy and every policy linked to it, as a tree by level; null when there is no such policy. */
export async function policyChain(graph: Graph, policyId: string, opts: QueryOptions = {}): Promise<PolicyChain | null> {
  const [row] = await graph.read<Row>(POLICY_CHAIN, { policyId, maxPolicies: MAX_CHAIN_POLICIES }, opts);
  if (!row) return null;
  const answer = new SubgraphBuilder();
  const root = answer.addNode(row.root);
  const items: PolicyChainItem[] = [{ policy: root, level: levelOf(root), parentId: null, link: null, distance: 0 }];
  for (const i of row.items) {
    const policy = answer.addNode(i.policy);
    const names = LINK_NAME[i.link.type];
    const forward = i.link.startElementId === i.policy.elementId;
    items.push({
      policy,
      level: levelOf(policy),
      parentId: nodeView(i.parent).id,
      link: names ? names[forward ? 0 : 1] : i.link.type.toLowerCase(),
      distance: i.distance,
    });
  }
  for (const r of row.links) answer.addRelationship(r);
  items.sort(
    (a, b) =>
      (LEVEL_ORDER[a.level] ?? 9) - (LEVEL_ORDER[b.level] ?? 9) || a.distance - b.distance || a.policy.id.localeCompare(b.policy.id),
  );
  return { root, items, graph: answer.build() };
}
