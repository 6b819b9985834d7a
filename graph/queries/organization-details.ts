import { loadCypher } from '../cypher-file.ts';
import type { Graph, PlainNode, QueryOptions } from '../driver.ts';
import { nodeView, type NodeView } from './graph-elements.ts';
import { transactionSummaries, type TransactionRow, type TransactionSummary } from './transaction-summary.ts';

const ORGANIZATION_DETAILS = loadCypher(new URL('./organization-details.cypher', import.meta.url));

export const ORGANIZATION_LIST_CAPS = { maxPatents: 50, maxTransactions: 100, maxTransactionPatents: 50 };

export interface Shareholding {
  owner: NodeView;
  company: NodeView;
  share: number;
  since: string | null;
}

export interface Officer {
  person: NodeView;
  organization: NodeView;
  role: string;
  since: string | null;
}

export interface OrganizationDetails {
  regions: NodeView[];
  patentCount: number;
  patents: NodeView[];
  transactions: TransactionSummary[];
  transactionCount: number;
  owners: Shareholding[];
  holdings: Shareholding[];
  officers: Officer[];
}

export interface ShareholdingRow {
  owner: PlainNode;
  company: PlainNode;
  share: number | null;
  since: string | null;
}

export interface OfficerRow {
  person: PlainNode;
  organization: PlainNode;
  role: string | null;
  since: string | null;
}

interface Row {
  regions: PlainNode[];
  patentCount: number;
  patents: PlainNode[];
  transactionCount: number;
  transactions: TransactionRow[];
  owners: ShareholdingRow[];
  holdings: ShareholdingRow[];
  officers: OfficerRow[];
}

export const shareholding = (r: ShareholdingRow): Shareholding => ({
  owner: nodeView(r.owner),
  company: nodeView(r.company),
  share: r.share ?? 0,
  since: r.since,
});

export const officer = (r: OfficerRow): Officer => ({
  person: nodeView(r.person),
  organization: nodeView(r.organization),
  role: r.role ?? '',
  since: r.since,
});

export async function organizationDetails(graph: Graph, id: string, opts: QueryOptions = {}): Promise<OrganizationDetails | null> {
  const [row] = await graph.read<Row>(ORGANIZATION_DETAILS, { id, ...ORGANIZATION_LIST_CAPS }, opts);
  if (!row) return null;
  return {
    regions: row.regions.map(nodeView),
    patentCount: row.patentCount,
    patents: row.patents.map(nodeView),
    transactions: transactionSummaries(row.transactions),
    transactionCount: row.transactionCount,
    owners: row.owners.map(shareholding),
    holdings: row.holdings.map(shareholding),
    officers: row.officers.map(officer),
  };
}
