import { ORG_KIND_LABEL, type OrgKind } from '../../seed/bundle-format.ts';

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
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const POLICY_LINK_TYPES = ['IMPLEMENTS', 'CITES_POLICY', 'SUPERSEDES', 'AMENDS'] as const;

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

/** The properties nodeIdOf, nodeNameOf and nodeNameEnOf read: what a list of nodes needs to show them. */
export const NAMING_PROPERTY_KEYS = ['id', 'code', 'name', 'title', 'name_en', 'title_en', 'kind', 'date', 'scope', 'policy_id', 'seq'] as const;

/** A Cypher map projection body of NAMING_PROPERTY_KEYS, as in `n {<this>}`. */
export const NAMING_PROJECTION = NAMING_PROPERTY_KEYS.map((k) => `.${k}`).join(', ');

/**
 * The same properties of a node `n` as a Cypher list of values, in the order of
 * NAMING_PROPERTY_KEYS, so no key travels with each node; dates as `YYYY-MM-DD`, as the driver
 * module turns them. The map projection reads the node's properties in one pass (a lookup per key
 * would read them once per key). `namingProperties` makes the map again.
 */
export const NAMING_VALUES = `[p IN [n {${NAMING_PROJECTION}}] | [${NAMING_PROPERTY_KEYS.map((k) => (k === 'date' ? 'toString(p.date)' : `p.${k}`)).join(', ')}]][0]`;

export function namingProperties(values: readonly unknown[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  NAMING_PROPERTY_KEYS.forEach((k, i) => {
    if (values[i] !== null && values[i] !== undefined) out[k] = values[i];
  });
  return out;
}

/** Properties that key a node: `id` (regions and IPC classes keep their code there too). */
export function nodeIdOf(properties: Record<string, unknown>): string {
  return String(properties.id ?? properties.code ?? '');
}

/** What a person reads as the node's name: its name or title, else something made from its key. */
export function nodeNameOf(kind: string, p: Record<string, unknown>): string {
  const text = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
  switch (kind) {
    case 'transaction':
      return [text(p.kind), text(p.date)].filter(Boolean).join(' ') || nodeIdOf(p);
    case 'coverage_scope':
      return text(p.scope) ?? nodeIdOf(p);
    case 'provision':
      return text(p.title) ?? `${String(p.policy_id ?? '')} #${String(p.seq ?? '')}`;
    default:
      return text(p.name) ?? text(p.title) ?? nodeIdOf(p);
  }
}

export function nodeNameEnOf(p: Record<string, unknown>): string | null {
  const v = p.name_en ?? p.title_en;
  return typeof v === 'string' && v.length > 0 ? v : null;
}

/**
 * A relationship id that is the same in every query and every database:
 * `TYPE:source->target`, plus `#discriminator` where two nodes can share several relationships of
 * one type (an officer's roles, a holder's separate holding periods).
 */
export function edgeIdOf(type: string, source: string, target: string, properties: Record<string, unknown>): string {
  const base = `${type}:${source}->${target}`;
  if (type === 'OFFICER_OF') return `${base}#${String(properties.role ?? '')}`;
  if (type === 'HOLDS') return `${base}#${String(properties.from ?? '')}`;
  return base;
}

/**
 * A Cypher expression over a relationship `r`: only the properties edgeIdOf reads (dates as
 * `YYYY-MM-DD`, as the driver module turns them), for answers that do not carry every property.
 */
export const EDGE_KEY_PROPERTIES = "CASE type(r) WHEN 'OFFICER_OF' THEN {role: r.role} WHEN 'HOLDS' THEN {from: toString(r.from)} END";
