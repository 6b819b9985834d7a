import { loadCypher } from '../cypher-file.ts';
import type { Graph, QueryOptions } from '../driver.ts';
import { transactionSummaries, type TransactionRow, type TransactionSummary } from './transaction-summary.ts';

const TRANSACTION_DETAILS = loadCypher(new URL('./transaction-details.cypher', import.meta.url));

export async function transactionDetails(graph: Graph, id: string, opts: QueryOptions = {}): Promise<TransactionSummary | null> {
  const [row] = await graph.read<{ summary: TransactionRow }>(TRANSACTION_DETAILS, { id, maxTransactionPatents: 200 }, opts);
  return row ? (transactionSummaries([row.summary])[0] ?? null) : null;
}
