import { loadCypher } from '../cypher-file.ts';
import type { Graph, QueryOptions } from '../driver.ts';

const TRANSACTION_DATES = loadCypher(new URL('./transaction-dates.cypher', import.meta.url));

export interface DateRange {
  first: string | null;
  last: string | null;
}

export async function transactionDateRange(graph: Graph, opts: QueryOptions = {}): Promise<DateRange> {
  const [row] = await graph.read<DateRange>(TRANSACTION_DATES, {}, opts);
  return row ?? { first: null, last: null };
}
