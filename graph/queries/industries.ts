import { loadStatement } from '../cypher-file.ts';
import type { Graph, QueryOptions } from '../driver.ts';
import { industryByName, ORG_KIND_LABEL, type OrgKind } from '../vocabulary/index.ts';

const INDUSTRIES = loadStatement(new URL('./industries.cypher', import.meta.url));

export interface IndustryCount {
  /** As the data writes it (the standard's Chinese name). */
  name: string;
  /** The standard's English name; null for a value outside the standard. */
  nameEn: string | null;
  /** The standard's two-digit code; null for a value outside the standard. */
  code: string | null;
  organizations: number;
}

/** The industries organizations of this kind (null: of any kind) work in, most organizations first, named in both languages. */
export async function industriesOf(graph: Graph, kind: OrgKind | null, opts: QueryOptions = {}): Promise<IndustryCount[]> {
  const rows = await graph.read<{ name: string; organizations: number }>(INDUSTRIES, { label: kind ? ORG_KIND_LABEL[kind] : null }, opts);
  return rows.map((r) => {
    const known = industryByName(r.name);
    return { name: r.name, nameEn: known?.nameEn ?? null, code: known?.code ?? null, organizations: r.organizations };
  });
}
