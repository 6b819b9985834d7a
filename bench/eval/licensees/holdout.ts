import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { csvLine } from '../../../seed/csv-writer.ts';
import { splitList } from '../../../seed/bundle-format.ts';

// The held-out set of the licensee evaluation: the latest share of university → enterprise
// licences, cut out of a copy of the bundle so the ranking never sees them.

export interface HeldLicence {
  id: string;
  patentIds: string[];
  licensor: string;
  licensee: string;
  date: string;
}

type Row = Record<string, string>;

function readRows(file: string): { header: string[]; rows: Row[] } {
  const text = readFileSync(file, 'utf8');
  const rows = parse(text, { columns: true, skip_empty_lines: true, bom: true }) as Row[];
  const header = (parse(text.slice(0, text.indexOf('\n') + 1), { bom: true }) as string[][])[0] ?? [];
  return { header, rows };
}

/** University → enterprise licences of a bundle, oldest first (ties by id, so the cut is stable). */
export function universityLicences(dir: string): HeldLicence[] {
  const kinds = new Map(readRows(join(dir, 'organizations.csv')).rows.map((r) => [r.id!, r.kind!]));
  return readRows(join(dir, 'transactions.csv'))
    .rows.filter((r) => r.kind === 'license' && kinds.get(r.from_id!) === 'university' && kinds.get(r.to_id!) === 'enterprise')
    .map((r) => ({ id: r.id!, patentIds: splitList(r.patent_ids!), licensor: r.from_id!, licensee: r.to_id!, date: r.date! }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The latest `share` of the licences (at least one when there are any). */
export function latestShare<T>(sorted: readonly T[], share: number): { kept: T[]; held: T[] } {
  const n = sorted.length === 0 ? 0 : Math.max(1, Math.round(sorted.length * share));
  return { kept: sorted.slice(0, sorted.length - n), held: sorted.slice(sorted.length - n) };
}

/** Copies the bundle's CSV files into `out`, leaving the held-out transactions out of transactions.csv. */
export function writeBundleWithout(dir: string, out: string, heldIds: ReadonlySet<string>): void {
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.csv') || !statSync(join(dir, name)).isFile()) continue;
    if (name !== 'transactions.csv') {
      copyFileSync(join(dir, name), join(out, name));
      continue;
    }
    const { header, rows } = readRows(join(dir, name));
    let text = csvLine(header);
    for (const r of rows) if (!heldIds.has(r.id!)) text += csvLine(header.map((h) => r[h] ?? ''));
    writeFileSync(join(out, name), text);
  }
}
