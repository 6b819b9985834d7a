// The parts of api/schema.graphql the web app reads, as TypeScript. The schema is the contract.
import type { Hidden } from '../access/hidden.ts';
import type { Role } from '../access/roles.ts';

export type { Hidden };

export type Props = Record<string, unknown>;

export interface GraphNode {
  id: string;
  kind: string;
  labels: string[];
  name: string;
  nameEn: string | null;
  properties: Props;
}

export interface GraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Props;
}

export interface Count {
  name: string;
  count: number;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
  omitted: { nodes: number; edges: number; byKind: Count[] } | null;
  /** What the caller's role may not see, left out; null when nothing was. */
  hidden: Hidden | null;
}

/** The kinds `search` leaves out for the caller's role (`searchHidden`): from the role, never counted. */
export interface SearchHidden {
  kinds: string[];
  visibleTo: Role;
}

export interface SearchHit {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  score: number;
  snippet: string | null;
}

export interface RelationshipCount {
  type: string;
  direction: 'IN' | 'OUT';
  count: number;
}

export interface HolderPeriod {
  /** null: a person, and the caller's role may not see persons. */
  holder: GraphNode | null;
  from: string | null;
  until: string | null;
  via: string;
}

export interface TransactionSummary {
  id: string;
  kind: string;
  date: string;
  /** null when there is none, or below ANALYST (counted in the enclosing `hidden`). */
  amountCny: number | null;
  licenseType: string | null;
  registrationNo: string | null;
  /** null: a person, and the caller's role may not see persons. */
  from: GraphNode | null;
  to: GraphNode | null;
  patents: GraphNode[];
  platform: GraphNode | null;
}

export interface Shareholding {
  owner: GraphNode;
  company: GraphNode;
  share: number;
  since: string | null;
}

export interface Officer {
  person: GraphNode;
  organization: GraphNode;
  role: string;
  since: string | null;
}

export interface PatentDetails {
  ipc: string[];
  applicants: GraphNode[];
  inventors: GraphNode[];
  holders: HolderPeriod[];
  assignments: TransactionSummary[];
  licenses: TransactionSummary[];
  pledges: TransactionSummary[];
  citationsOut: GraphNode[];
  citationsIn: GraphNode[];
  hidden: Hidden | null;
}

export interface OrganizationDetails {
  regions: GraphNode[];
  patentCount: number;
  patents: GraphNode[];
  transactions: TransactionSummary[];
  transactionCount: number;
  /** owners, holdings and officers are empty below SUPERVISOR (counted in `hidden`). */
  owners: Shareholding[];
  holdings: Shareholding[];
  officers: Officer[];
  hidden: Hidden | null;
}

export interface PersonDetails {
  positions: Officer[];
  holdings: Shareholding[];
  inventedCount: number;
  appliedCount: number;
}

export interface Provision {
  seq: number;
  title: string | null;
  text: string;
  category: string | null;
}

export interface CoverageScope {
  id: string;
  scope: string;
  regions: GraphNode[];
  orgKinds: string[];
  industries: string[];
  ipcPrefixes: string[];
  organizations: GraphNode[];
}

export interface PolicyDetails {
  issuer: GraphNode | null;
  provisions: Provision[];
  scopes: CoverageScope[];
}

export interface EntityDetails {
  node: GraphNode;
  relationshipCounts: RelationshipCount[];
  /** What the caller's role may not see of this node and its details; null when nothing was. */
  hidden: Hidden | null;
  patent: PatentDetails | null;
  organization: OrganizationDetails | null;
  person: PersonDetails | null;
  policy: PolicyDetails | null;
}

export interface Path {
  nodeIds: string[];
  edgeIds: string[];
  length: number;
}

export interface PathResult {
  paths: Path[];
  graph: Subgraph;
  truncated: boolean;
}

export interface Stats {
  nodes: number;
  relationships: number;
  byLabel: Count[];
  byType: Count[];
  transactionDates: { first: string | null; last: string | null };
}
