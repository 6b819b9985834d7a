import { ORG_KIND_LABEL, type OrgKind } from './kinds.ts';

// The labels and relationship types of graph/README.md as data: the allow-lists that every label
// or type taken from a request is checked against before it is spliced into Cypher.

export const ORGANIZATION_KIND_LABELS = Object.values(ORG_KIND_LABEL);

export const NODE_LABELS = [
  'Patent',
  'Party',
  'Organization',
  ...ORGANIZATION_KIND_LABELS,
  'Person',
  'Transaction',
  'Policy',
  'Provision',
  'CoverageScope',
  'Region',
  'IpcClass',
] as const;

export const RELATIONSHIP_TYPES = [
  'APPLIED_FOR',
  'INVENTED',
  'HOLDS',
  'CITES',
  'CLASSIFIED_AS',
  'FROM_PARTY',
  'TO_PARTY',
  'OF_PATENT',
  'VIA_PLATFORM',
  'OWNS',
  'OFFICER_OF',
  'LOCATED_IN',
  'PART_OF',
  'ISSUED_BY',
  'HAS_PROVISION',
  'IMPLEMENTS',
  'CITES_POLICY',
  'SUPERSEDES',
  'AMENDS',
  'HAS_SCOPE',
  'SCOPE_REGION',
  'SCOPE_IPC',
  'SCOPE_ORG',
] as const;

/** `GraphNode.kind` of every node the API returns. */
export const NODE_KINDS = [
  'patent',
  ...(Object.keys(ORG_KIND_LABEL) as OrgKind[]),
  'person',
  'policy',
  'provision',
  'region',
  'transaction',
  'ipc_class',
  'coverage_scope',
] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

const KIND_OF_LABEL: Record<string, NodeKind> = {
  Patent: 'patent',
  Person: 'person',
  Policy: 'policy',
  Provision: 'provision',
  Region: 'region',
  Transaction: 'transaction',
  IpcClass: 'ipc_class',
  CoverageScope: 'coverage_scope',
  ...Object.fromEntries(Object.entries(ORG_KIND_LABEL).map(([kind, label]) => [label, kind as NodeKind])),
};

/** The node's kind from its labels (an organization by its kind label); `other` for anything else. */
export function kindOf(labels: readonly string[]): NodeKind | 'other' {
  for (const l of labels) {
    const kind = KIND_OF_LABEL[l];
    if (kind) return kind;
  }
  return 'other';
}

/** Labels that stand for each kind, for filters such as `search(kinds:)`; `organization` is every org kind. */
export function labelsOfKinds(kinds: readonly string[]): string[] {
  const labels = new Set<string>();
  for (const k of kinds) {
    if (k === 'organization') labels.add('Organization');
    for (const [label, kind] of Object.entries(KIND_OF_LABEL)) if (kind === k) labels.add(label);
  }
  return [...labels];
}
