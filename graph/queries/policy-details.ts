import { loadCypher } from '../cypher-file.ts';
import type { Graph, PlainNode, QueryOptions } from '../driver.ts';
import { nodeView, type NodeView } from './graph-elements.ts';

const POLICY_DETAILS = loadCypher(new URL('./policy-details.cypher', import.meta.url));

export interface Provision {
  seq: number;
  title: string | null;
  text: string;
  category: string | null;
}

export interface CoverageScope {
  id: string;
  scope: string;
  regions: NodeView[];
  orgKinds: string[];
  industries: string[];
  ipcPrefixes: string[];
  organizations: NodeView[];
}

export interface PolicyDetails {
  issuer: NodeView | null;
  provisions: Provision[];
  scopes: CoverageScope[];
}

interface Row {
  issuer: PlainNode | null;
  provisions: { seq: number | null; title: string | null; text: string | null; category: string | null }[];
  scopes: (Omit<CoverageScope, 'regions' | 'organizations'> & { regions: PlainNode[]; organizations: PlainNode[] })[];
}

export async function policyDetails(graph: Graph, id: string, opts: QueryOptions = {}): Promise<PolicyDetails | null> {
  const [row] = await graph.read<Row>(POLICY_DETAILS, { id }, opts);
  if (!row) return null;
  return {
    issuer: row.issuer ? nodeView(row.issuer) : null,
    provisions: row.provisions.map((p) => ({ seq: p.seq ?? 0, title: p.title, text: p.text ?? '', category: p.category })),
    scopes: row.scopes.map((s) => ({ ...s, regions: s.regions.map(nodeView), organizations: s.organizations.map(nodeView) })),
  };
}
