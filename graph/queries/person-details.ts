import { loadCypher } from '../cypher-file.ts';
import type { Graph, QueryOptions } from '../driver.ts';
import { officer, shareholding, type Officer, type OfficerRow, type Shareholding, type ShareholdingRow } from './organization-details.ts';

const PERSON_DETAILS = loadCypher(new URL('./person-details.cypher', import.meta.url));

export interface PersonDetails {
  positions: Officer[];
  holdings: Shareholding[];
  inventedCount: number;
  appliedCount: number;
}

interface Row {
  positions: OfficerRow[];
  holdings: ShareholdingRow[];
  inventedCount: number;
  appliedCount: number;
}

export async function personDetails(graph: Graph, id: string, opts: QueryOptions = {}): Promise<PersonDetails | null> {
  const [row] = await graph.read<Row>(PERSON_DETAILS, { id }, opts);
  if (!row) return null;
  return {
    positions: row.positions.map(officer),
    holdings: row.holdings.map(shareholding),
    inventedCount: row.inventedCount,
    appliedCount: row.appliedCount,
  };
}
