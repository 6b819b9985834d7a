import type { PlainNode } from '../driver.ts';
import { loadDetailsFragment, partSwitches } from './detail-parts.ts';
import { nodeView, type NodeView } from './graph-elements.ts';
import { transactionSummaries, type TransactionRow, type TransactionSummary } from './transaction-summary.ts';

/** Spliced into the entity's statement, its switches in `$q.organization`. */
export const ORGANIZATION_DETAILS = loadDetailsFragment(new URL('./organization-details.cypher', import.meta.url), 'q.organization');

export const ORGANIZATION_LIST_CAPS = { maxPatents: 50, maxTransactions: 100, maxTransactionPatents: 50 };
/** How far a large holder's newest patents are looked for down the filing-date index before its holdings are read instead. */
const NEWEST_SCAN = 20_000;

/** The parts of an organization's details, each read only when asked for. */
export const ORGANIZATION_PARTS = ['regions', 'patentCount', 'patents', 'transactionCount', 'transactions', 'owners', 'holdings', 'officers'] as const;
export type OrganizationPart = (typeof ORGANIZATION_PARTS)[number];

export interface OrganizationRead {
  /** What to read; the other parts come back empty (0 for counts). */
  parts: ReadonlySet<OrganizationPart>;
  /** False: the listed nodes carry only what names and keys them, not every property. */
  properties: boolean;
  /** How many of its patents to list, at most ORGANIZATION_LIST_CAPS.maxPatents (the default). */
  maxPatents?: number;
}

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

/** A part not read is null. */
export interface OrganizationRow {
  regions: PlainNode[] | null;
  patentCount: number | null;
  patents: PlainNode[] | null;
  transactionCount: number | null;
  transactions: TransactionRow[] | null;
  owners: ShareholdingRow[] | null;
  holdings: ShareholdingRow[] | null;
  officers: OfficerRow[] | null;
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

/** The statement's `$q.organization`. */
export function organizationSwitches({ parts, properties, maxPatents = ORGANIZATION_LIST_CAPS.maxPatents }: OrganizationRead) {
  return partSwitches(ORGANIZATION_PARTS, parts, properties, { ...ORGANIZATION_LIST_CAPS, maxPatents: Math.min(maxPatents, ORGANIZATION_LIST_CAPS.maxPatents), newestScan: NEWEST_SCAN });
}

/** The details from the statement's `organization`; the parts not read are empty (0 for counts). */
export function organizationDetailsOf(row: OrganizationRow): OrganizationDetails {
  return {
    regions: (row.regions ?? []).map(nodeView),
    patentCount: row.patentCount ?? 0,
    patents: (row.patents ?? []).map(nodeView),
    transactions: transactionSummaries(row.transactions ?? []),
    transactionCount: row.transactionCount ?? 0,
    owners: (row.owners ?? []).map(shareholding),
    holdings: (row.holdings ?? []).map(shareholding),
    officers: (row.officers ?? []).map(officer),
  };
}
