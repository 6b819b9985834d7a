import type { PlainNode } from '../driver.ts';
import { loadDetailsFragment, partSwitches } from './detail-parts.ts';
import { nodeView, type NodeView } from './graph-elements.ts';
import { transactionSummaries, type TransactionRow, type TransactionSummary } from './transaction-summary.ts';

/** Spliced into the entity's statement, its switches in `$q.patent`. */
export const PATENT_DETAILS = loadDetailsFragment(new URL('./patent-details.cypher', import.meta.url), 'q.patent');

export const PATENT_LIST_CAPS = { maxTransactions: 100, maxTransactionPatents: 50, maxCitations: 200 };

/** The parts of a patent's details, each read only when asked for; `transactions` feeds assignments, licences and pledges. */
export const PATENT_PARTS = ['applicants', 'inventors', 'holders', 'transactions', 'citationsOut', 'citationsIn'] as const;
export type PatentPart = (typeof PATENT_PARTS)[number];

export interface PatentRead {
  /** What to read; the other parts come back empty. */
  parts: ReadonlySet<PatentPart>;
  /** False: the listed nodes carry only what names and keys them, not every property. */
  properties: boolean;
}

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
export interface PatentRow {
  applicants: PlainNode[] | null;
  inventors: PlainNode[] | null;
  holders: { holder: PlainNode; from: string | null; until: string | null; via: string | null }[] | null;
  transactions: TransactionRow[] | null;
  citationsOut: PlainNode[] | null;
  citationsIn: PlainNode[] | null;
}

/** The statement's `$q.patent`. */
export function patentSwitches({ parts, properties }: PatentRead) {
  return partSwitches(PATENT_PARTS, parts, properties, PATENT_LIST_CAPS);
}

/** The details from the statement's `patent` (its IPC codes from the node itself); the parts not read are empty. */
export function patentDetailsOf(row: PatentRow, patent: PlainNode): PatentDetails {
  const transactions = transactionSummaries(row.transactions ?? []);
  const ipc = patent.properties.ipc;
  return {
    ipc: Array.isArray(ipc) ? ipc.map(String) : [],
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
