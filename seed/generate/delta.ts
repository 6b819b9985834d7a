import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUNDLE_FILES, splitList, type FileSpec } from '../bundle-format.ts';
import { readCsv } from '../read-csv.ts';
import { BundleWriters } from '../csv-writer.ts';

type Row = Record<string, string>;

export interface DeltaSplitOptions {
  /** A whole bundle (a generated one, say). */
  from: string;
  outDir: string;
  /** The share of patents, newest filing first, that arrive in the delta. */
  share: number;
  /** Every `updateEvery`-th organization, patent and transaction of the base is changed by a row of the delta. */
  updateEvery?: number;
}

export interface DeltaSplit {
  /** What the database holds before the delta. */
  base: string;
  /** A week of news: new patents with their applicants, inventors and citations, new trades, new parties, and rows that change stored ones. */
  delta: string;
  /** One bundle that says what base and delta say together (the delta's rows in place of those they change). */
  merged: string;
  rows: { base: number; delta: number; updates: number };
}

/**
 * Splits a bundle into a base and a delta as the news of a week arrives: patents filed after a
 * cut-off, with every row that names them; trades after it; parties only they name; and changes
 * to stored organizations, patents and trades. Importing the delta after the base must give the
 * graph an import of `merged` gives.
 */
export async function splitDelta({ from, outDir, share, updateEvery = 50 }: DeltaSplitOptions): Promise<DeltaSplit> {
  const all = new Map<string, Row[]>();
  for (const spec of BUNDLE_FILES) all.set(spec.file, existsSync(join(from, spec.file)) ? await readRows(join(from, spec.file), spec.file) : []);
  const rows = (file: string) => all.get(file)!;

  const filed = rows('patents.csv').map((p) => p.filed ?? '').filter((d) => d !== '').sort();
  const cutoff = filed[Math.floor(filed.length * (1 - share))] ?? '9999-12-31';
  const newPatents = new Set(rows('patents.csv').filter((p) => (p.filed ?? '') > cutoff).map((p) => p.id!));
  const inDelta: Record<string, (r: Row) => boolean> = {
    'patents.csv': (r) => newPatents.has(r.id!),
    'applicants.csv': (r) => newPatents.has(r.patent_id!),
    'inventors.csv': (r) => newPatents.has(r.patent_id!),
    'citations.csv': (r) => newPatents.has(r.citing_id!) || newPatents.has(r.cited_id!),
    'transactions.csv': (r) => (r.date ?? '') > cutoff || splitList(r.patent_ids ?? '').some((id) => newPatents.has(id)),
  };
  const base = new Map<string, Row[]>();
  const delta = new Map<string, Row[]>();
  for (const spec of BUNDLE_FILES) {
    const test = inDelta[spec.file];
    base.set(spec.file, test ? rows(spec.file).filter((r) => !test(r)) : rows(spec.file));
    delta.set(spec.file, test ? rows(spec.file).filter(test) : []);
  }
  // Parties no base row names arrive with the delta.
  const namedByBase = partiesNamed(base);
  for (const file of ['organizations.csv', 'persons.csv']) {
    delta.set(file, rows(file).filter((r) => !namedByBase.has(r.id!)));
    base.set(file, rows(file).filter((r) => namedByBase.has(r.id!)));
  }
  // Rows whose id is stored already change what is stored.
  const updates = new Map<string, Map<string, Row>>();
  const change = (file: string, edit: (r: Row) => Row) => {
    const changed = base.get(file)!.filter((_, i) => i % updateEvery === updateEvery - 1).map(edit);
    updates.set(file, new Map(changed.map((r) => [r.id!, r])));
    delta.get(file)!.push(...changed);
  };
  change('organizations.csv', (r) => ({ ...r, name: `${r.name}（新）`, name_en: r.name_en ? `${r.name_en} (renamed)` : '' }));
  change('patents.csv', (r) => ({ ...r, status: r.status === 'lapsed' ? 'active' : 'lapsed', title_en: r.title_en ? `${r.title_en} (amended)` : '' }));
  // Some stored assignments are corrected to name other patents: the patents they named before change holder too.
  const assigned = base.get('transactions.csv')!.filter((r) => r.kind === 'assignment').map((r) => r.patent_ids!);
  let corrected = 0;
  change('transactions.csv', (r) =>
    r.kind === 'assignment' && assigned.length > 1
      ? { ...r, patent_ids: assigned[(assigned.indexOf(r.patent_ids!) + 1 + corrected++) % assigned.length]! }
      : { ...r, registration_no: r.registration_no ? `${r.registration_no}-R` : 'R-1' },
  );

  const merged = new Map<string, Row[]>();
  for (const spec of BUNDLE_FILES) {
    const changed = updates.get(spec.file);
    merged.set(spec.file, changed ? rows(spec.file).map((r) => changed.get(r.id!) ?? r) : rows(spec.file));
  }
  const out = { base: join(outDir, 'base'), delta: join(outDir, 'delta'), merged: join(outDir, 'merged') };
  await writeBundle(out.base, base, true);
  await writeBundle(out.delta, delta, false);
  await writeBundle(out.merged, merged, true);
  const count = (m: Map<string, Row[]>) => [...m.values()].reduce((a, r) => a + r.length, 0);
  return { ...out, rows: { base: count(base), delta: count(delta), updates: [...updates.values()].reduce((a, m) => a + m.size, 0) } };
}

async function readRows(path: string, file: string): Promise<Row[]> {
  const out: Row[] = [];
  for await (const r of readCsv(path, file)) out.push(r.record);
  return out;
}

/** Every organization and person a row of `files` names, read from the contract's reference columns. */
function partiesNamed(files: Map<string, Row[]>): Set<string> {
  const named = new Set<string>();
  for (const spec of BUNDLE_FILES) {
    const columns = partyColumns(spec);
    for (const r of files.get(spec.file)!) {
      for (const c of columns) for (const id of splitList(r[c] ?? '')) named.add(id);
      if (spec.file === 'coverage.csv' && r.dimension === 'org') named.add(r.value!);
    }
  }
  return named;
}

function partyColumns(spec: FileSpec): string[] {
  return spec.columns.filter((c) => c.references?.some((k) => k === 'organization' || k === 'person')).map((c) => c.name);
}

async function writeBundle(dir: string, files: Map<string, Row[]>, everyFile: boolean): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const writers = new BundleWriters(dir);
  for (const spec of BUNDLE_FILES) {
    const list = files.get(spec.file)!;
    if (list.length === 0 && !everyFile) continue;
    const w = writers.open(spec.file);
    for (const r of list) {
      w.row(w.columns.map((c) => r[c] ?? ''));
      if (w.needsDrain) await w.drain();
    }
  }
  await writers.closeAll();
}
