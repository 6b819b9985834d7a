import { loadCypher } from '../cypher-file.ts';
import type { Graph, PlainNode, QueryOptions } from '../driver.ts';
import { partSwitches } from './detail-parts.ts';
import { nodeView, type NodeView } from './graph-elements.ts';
import { transactionSummaries, type TransactionRow, type TransactionSummary } from './transaction-summary.ts';

const PATENT_DETAILS = loadCypher(new URL('./patent-details.cypher', import.meta.url));

export const PATENT_LIST_CAPS = { maxTransactions: 100, maxTransactionPatents: 50, maxCitations: 200 };

/** The parts of a patent's details, each read only when asked for; `transactions` feeds assignments, licences and pledges. */
export const PATENT_PARTS = ['applicants', 'inventors', 'holders', 'transactions', 'citationsOut', 'citationsIn'] as const;
export type PatentPart = (typeof PATENT_PARTS)[number];

export interface HolderPeriod {
  holder: NodeView;
  from: string | null;
  until: string | null;
  via: string;
}

export interface PatentDetails {
  ipc: string[];
  applicants: NodeView[];
  inventors: NodeView[];
  holders: HolderPeriod[];
  assignments: TransactionSummary[];
  licenses: TransactionSummary[];
  pledges: TransactionSummary[];
  citationsOut: NodeView[];
  citationsIn: NodeView[];
}

/** A part not read is null. */
interface Row {
  ipc: string[] | null;
  applicants: PlainNode[] | null;
  inventors: PlainNode[] | null;
  holders: { holder: PlainNode; from: string | null; until: string | null; via: string | null }[] | null;
  transactions: TransactionRow[] | null;
  citationsOut: PlainNode[] | null;
  citationsIn: PlainNode[] | null;
}

/** The patent's details; the parts not in `parts` come back empty. */
export async function patentDetails(graph: Graph, { id, parts }: { id: string; parts: ReadonlySet<PatentPart> }, opts: QueryOptions = {}): Promise<PatentDetails | null> {
  const [row] = await graph.read<Row>(PATENT_DETAILS, { id, read: partSwitches(PATENT_PARTS, parts), ...PATENT_LIST_CAPS }, opts);
  if (!row) return null;
  const transactions = transactionSummaries(row.transactions ?? []);
  return {
    ipc: row.ipc ?? [],
    applicants: (row.applicants ?? []).map(nodeView),
    inventors: (row.inventors ?? []).map(nodeView),
    holders: (row.holders ?? []).map((h) => ({ holder: nodeView(h.holder), from: h.from, until: h.until, via: h.via ?? 'application' })),
    assignments: transactions.filter((t) => t.kind === 'assignment'),
    licenses: transactions.filter((t) => t.kind === 'license'),
    // A release belongs with the pledge it ends.
    pledges: transactions.filter((t) => t.kind === 'pledge' || t.kind === 'pledge_release'),
    citationsOut: (row.citationsOut ?? []).map(nodeView),
    citationsIn: (row.citationsIn ?? []).map(nodeView),
  };
}
