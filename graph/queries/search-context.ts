import { loadStatement } from '../cypher-file.ts';

/** The Cypher both search statements splice in after their LIMIT (see search-context.cypher). */
export const SEARCH_CONTEXT = loadStatement(new URL('./search-context.cypher', import.meta.url));

/** What a row says beside a hit's name; each field is null for the kinds it does not describe. */
export interface HitContext {
  /** A patent's current holder the caller may see (the one it was found through first). */
  holder: string | null;
  holderEn: string | null;
  /** How many more current holders the caller may see; hidden ones are not counted. */
  otherHolders: number;
  /** invention, utility_model or design. */
  patentKind: string | null;
  /** A patent's filing date, else its grant date; a policy's issue date, else its effective date. */
  date: string | null;
  /** Which date `date` is. */
  dateKind: DateKind | null;
  docNumber: string | null;
  /** A policy's level: national, provincial or municipal. */
  level: string | null;
  /** The region an organization is located in. */
  region: string | null;
  regionEn: string | null;
}

export interface ContextRow {
  holder: string | null;
  holderEn: string | null;
  otherHolders: number;
  patentKind: string | null;
  filed: string | null;
  granted: string | null;
  docNumber: string | null;
  issued: string | null;
  effective: string | null;
  level: string | null;
  region: string | null;
  regionEn: string | null;
}

const NO_CONTEXT: HitContext = {
  holder: null,
  holderEn: null,
  otherHolders: 0,
  patentKind: null,
  date: null,
  dateKind: null,
  docNumber: null,
  level: null,
  region: null,
  regionEn: null,
};

const DATES = { filed: 'FILED', granted: 'GRANTED', issued: 'ISSUED', effective: 'EFFECTIVE' } as const;
type DateKind = (typeof DATES)[keyof typeof DATES];

function dated(row: ContextRow): Pick<HitContext, 'date' | 'dateKind'> {
  for (const [key, kind] of Object.entries(DATES) as [keyof typeof DATES, DateKind][]) {
    const date = row[key];
    if (date) return { date, dateKind: kind };
  }
  return { date: null, dateKind: null };
}

export function hitContext(row: ContextRow | null | undefined): HitContext {
  if (!row) return NO_CONTEXT;
  return {
    holder: row.holder ?? null,
    holderEn: row.holderEn ?? null,
    otherHolders: row.otherHolders ?? 0,
    patentKind: row.patentKind ?? null,
    ...dated(row),
    docNumber: row.docNumber ?? null,
    level: row.level ?? null,
    region: row.region ?? null,
    regionEn: row.regionEn ?? null,
  };
}
