// How each kind of node and type of relationship looks. Labels live in the i18n messages
// (`kind.<kind>`, `rel.<TYPE>`), so this file holds only what the canvas and legend draw.

/** Cytoscape node shapes used here (a subset of cytoscape's own list). */
export type NodeShape =
  | 'ellipse'
  | 'round-rectangle'
  | 'round-hexagon'
  | 'round-pentagon'
  | 'round-octagon'
  | 'round-diamond'
  | 'round-triangle'
  | 'round-tag'
  | 'barrel'
  | 'diamond'
  | 'rectangle';

export interface NodeKindStyle {
  color: string;
  shape: NodeShape;
  /** Diameter in model units. */
  size: number;
}

export const NODE_KINDS = {
  patent: { color: '#3b73d9', shape: 'round-rectangle', size: 26 },
  university: { color: '#7a4fd1', shape: 'round-hexagon', size: 40 },
  enterprise: { color: '#12958a', shape: 'ellipse', size: 36 },
  research_institute: { color: '#b0479e', shape: 'round-pentagon', size: 38 },
  agency: { color: '#c0562a', shape: 'round-octagon', size: 40 },
  platform: { color: '#1f7fa6', shape: 'round-diamond', size: 38 },
  service_org: { color: '#6b7a90', shape: 'round-tag', size: 32 },
  bank: { color: '#b8860b', shape: 'barrel', size: 36 },
  person: { color: '#dc6b78', shape: 'ellipse', size: 26 },
  policy: { color: '#d68a14', shape: 'round-rectangle', size: 34 },
  provision: { color: '#e4bd6b', shape: 'rectangle', size: 18 },
  region: { color: '#4c9a4c', shape: 'round-triangle', size: 34 },
  transaction: { color: '#4b5563', shape: 'diamond', size: 22 },
  ipc_class: { color: '#8a94a6', shape: 'round-tag', size: 24 },
  coverage_scope: { color: '#a8a29e', shape: 'rectangle', size: 16 },
} as const satisfies Record<string, NodeKindStyle>;

export type NodeKind = keyof typeof NODE_KINDS;

/** The kinds listed in the legend even before anything is on the canvas. */
export const MAIN_KINDS: readonly NodeKind[] = [
  'patent',
  'university',
  'enterprise',
  'research_institute',
  'agency',
  'platform',
  'service_org',
  'bank',
  'person',
  'policy',
  'region',
  'transaction',
];

const FALLBACK_KIND: NodeKindStyle = { color: '#9ca3af', shape: 'ellipse', size: 24 };

export function nodeKindStyle(kind: string): NodeKindStyle {
  return (NODE_KINDS as Record<string, NodeKindStyle>)[kind] ?? FALLBACK_KIND;
}

/** Transactions are coloured by what they did to the patent. */
export const TX_KINDS = {
  assignment: '#c2410c',
  license: '#2563eb',
  pledge: '#a16207',
  pledge_release: '#6b7280',
} as const;

export type TxKind = keyof typeof TX_KINDS;

export const TX_KIND_NAMES = Object.keys(TX_KINDS) as TxKind[];

export interface EdgeTypeStyle {
  color: string;
  line: 'solid' | 'dashed' | 'dotted';
  width: number;
}

export const EDGE_TYPES = {
  HOLDS: { color: '#3b73d9', line: 'solid', width: 2.5 },
  APPLIED_FOR: { color: '#93b4ee', line: 'dashed', width: 1.5 },
  INVENTED: { color: '#eda3ab', line: 'solid', width: 1.2 },
  CITES: { color: '#a3aab5', line: 'dotted', width: 1.2 },
  CLASSIFIED_AS: { color: '#c3c9d3', line: 'solid', width: 1 },
  PART_OF: { color: '#8cc08c', line: 'solid', width: 1.2 },
  LOCATED_IN: { color: '#8cc08c', line: 'dashed', width: 1.2 },
  FROM_PARTY: { color: '#c2410c', line: 'solid', width: 1.8 },
  TO_PARTY: { color: '#15803d', line: 'solid', width: 1.8 },
  OF_PATENT: { color: '#64748b', line: 'solid', width: 1.4 },
  VIA_PLATFORM: { color: '#1f7fa6', line: 'dashed', width: 1.2 },
  OWNS: { color: '#12958a', line: 'solid', width: 2 },
  OFFICER_OF: { color: '#dc6b78', line: 'dashed', width: 1.5 },
  ISSUED_BY: { color: '#c0562a', line: 'solid', width: 1.5 },
  HAS_PROVISION: { color: '#e4bd6b', line: 'solid', width: 1 },
  IMPLEMENTS: { color: '#d68a14', line: 'solid', width: 2.5 },
  CITES_POLICY: { color: '#d68a14', line: 'dotted', width: 1.5 },
  SUPERSEDES: { color: '#9a3412', line: 'dashed', width: 2 },
  AMENDS: { color: '#a16207', line: 'dashed', width: 1.5 },
  HAS_SCOPE: { color: '#b5aea8', line: 'solid', width: 1 },
  SCOPE_REGION: { color: '#b5aea8', line: 'dotted', width: 1 },
  SCOPE_IPC: { color: '#b5aea8', line: 'dotted', width: 1 },
  SCOPE_ORG: { color: '#b5aea8', line: 'dotted', width: 1 },
} as const satisfies Record<string, EdgeTypeStyle>;

const FALLBACK_EDGE: EdgeTypeStyle = { color: '#b0b7c3', line: 'solid', width: 1 };

export function edgeTypeStyle(type: string): EdgeTypeStyle {
  return (EDGE_TYPES as Record<string, EdgeTypeStyle>)[type] ?? FALLBACK_EDGE;
}

