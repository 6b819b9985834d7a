import type { PlainNode } from '../driver.ts';
import { nodeView, type NodeView } from './graph-elements.ts';

/** What the details queries return for one transaction (see the `transactions` maps in the .cypher files). */
export interface TransactionRow {
  transaction: PlainNode;
  from: PlainNode | null;
  to: PlainNode | null;
  patents: PlainNode[];
  platform: PlainNode | null;
}

export interface TransactionSummary {
  id: string;
  kind: string;
  date: string;
  amountCny: number | null;
  licenseType: string | null;
  registrationNo: string | null;
  from: NodeView;
  to: NodeView;
  patents: NodeView[];
  platform: NodeView | null;
}

/** Rows whose parties are missing (which the importer never writes) are left out rather than half-drawn. */
export function transactionSummaries(rows: readonly TransactionRow[]): TransactionSummary[] {
  const out: TransactionSummary[] = [];
  for (const r of rows) {
    if (!r.from || !r.to) continue;
    const p = r.transaction.properties;
    out.push({
      id: String(p.id),
      kind: String(p.kind),
      date: String(p.date),
      amountCny: typeof p.amount_cny === 'number' ? p.amount_cny : null,
      licenseType: typeof p.license_type === 'string' ? p.license_type : null,
      registrationNo: typeof p.registration_no === 'string' ? p.registration_no : null,
      from: nodeView(r.from),
      to: nodeView(r.to),
      patents: r.patents.map(nodeView),
      platform: r.platform ? nodeView(r.platform) : null,
    });
  }
  return out;
}
