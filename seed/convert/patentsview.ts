import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BundleWriters } from '../csv-writer.ts';
import type { PatentKind } from './types.ts';
import { bundleRow } from './bundle-out.ts';
import { IdSet } from './id-set.ts';
import { cpcToIpc, normalizePatentNumber, parseSourceDate, usPatentId } from './normalize.ts';
import { guessOrgKind } from './org-kind.ts';
import { findTable, readTable, type SourceRow, type TableSpec } from './read-table.ts';
import { RegionTree } from './regions.ts';
import { ConvertError, ConvertReport } from './report.ts';
import { SideTable } from './side-table.ts';

/** The PatentsView granted-patent tables this converter reads, with the columns it needs of each. */
export const PATENTSVIEW_TABLES = {
  patent: { name: 'g_patent', columns: ['patent_id', 'patent_type', 'patent_date', 'patent_title'] },
  abstract: { name: 'g_patent_abstract', columns: ['patent_id', 'patent_abstract'] },
  application: { name: 'g_application', columns: ['patent_id', 'filing_date'] },
  cpc: { name: 'g_cpc_current', columns: ['patent_id', 'cpc_sequence', 'cpc_group'] },
  assignee: {
    name: 'g_assignee_disambiguated',
    columns: [
      'patent_id', 'assignee_sequence', 'assignee_id', 'disambig_assignee_individual_name_first',
      'disambig_assignee_individual_name_last', 'disambig_assignee_organization', 'assignee_type', 'location_id',
    ],
  },
  inventor: {
    name: 'g_inventor_disambiguated',
    columns: ['patent_id', 'inventor_sequence', 'inventor_id', 'disambig_inventor_name_first', 'disambig_inventor_name_last'],
  },
  citation: { name: 'g_us_patent_citation', columns: ['patent_id', 'citation_patent_id'] },
  location: { name: 'g_location_disambiguated', columns: ['location_id', 'disambig_city', 'disambig_state', 'disambig_country'] },
} as const satisfies Record<string, TableSpec>;

const EXTENSIONS = ['.tsv', '.tsv.zip', '.zip'] as const;

// PatentsView patent_type → the bundle's patent kind. Plants, reissues and defensive
// publications have no kind of their own in the bundle; they are inventions there.
const PATENT_KIND: Record<string, PatentKind> = { utility: 'invention', design: 'design' };

// PatentsView assignee_type: 6–9 are governments (US federal, foreign, county, state).
const GOVERNMENT_TYPES = new Set([6, 7, 8, 9]);

export interface ConvertOptions {
  dir: string;
  out: string;
  report?: ConvertReport;
  /** Read-ahead of the joined tables, in patents; see SideTable. */
  joinWindow?: number;
}

/** Prefixes that keep PatentsView ids apart from each other and from other sources in one graph. */
export const PV_ASSIGNEE_PREFIX = 'PVA-';
export const PV_INVENTOR_PREFIX = 'PVI-';

function seqOf(v: string): string {
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? String(n) : '';
}

/**
 * Converts PatentsView's granted-patent bulk tables into a CSV bundle in `out`: patents with
 * their CPC codes, abstracts and filing dates; assignees as organizations (or persons, for
 * individuals) with regions from their locations; inventors; citations between converted patents.
 */
export async function convertPatentsView(opts: ConvertOptions): Promise<ConvertReport> {
  const report = opts.report ?? new ConvertReport();
  const path = (t: TableSpec) => findTable(opts.dir, t.name, EXTENSIONS);
  const T = PATENTSVIEW_TABLES;
  if (!path(T.patent)) throw new ConvertError(`no ${T.patent.name}.tsv or ${T.patent.name}.tsv.zip in ${opts.dir}`);
  for (const t of Object.values(T)) if (!path(t)) report.progress(`${t.name} not found in ${opts.dir}: its facts are left out`);

  mkdirSync(opts.out, { recursive: true });
  const writers = new BundleWriters(opts.out);
  const read = (t: TableSpec) => readTable({ path: path(t)!, table: t, delimiter: '\t', report });
  const fileOf = (t: TableSpec) => path(t)!.split('/').pop()!;
  try {
    const regions = new RegionTree(writers);
    const locationRegion = new Map<string, string>();
    if (path(T.location)) {
      for await (const { record: r } of read(T.location)) {
        const code = regions.regionOf(r.disambig_country!, r.disambig_state!, r.disambig_city!);
        if (code) locationRegion.set(r.location_id!, code);
        else report.skip(`${fileOf(T.location)}: locations without a country code`);
        if (writers.open('regions.csv').needsDrain) await writers.drain();
      }
    }

    const patents = await writePatents(opts, report, writers, read, path, fileOf);
    report.progress(`${patents.size.toLocaleString('en-US')} patents written`);
    /** The number of a row's patent when it was converted; otherwise the row is reported or counted, and null. */
    const convertedPatent = (file: string, line: number, patentId: string): string | null => {
      const number = normalizePatentNumber(patentId);
      if (!number) report.bad(file, line, `bad patent_id ${JSON.stringify(patentId)}`);
      else if (!patents.has(number)) report.skip(`${file}: rows of patents not converted`);
      else return number;
      return null;
    };

    if (path(T.assignee)) {
      const seen = new Set<string>();
      const file = fileOf(T.assignee);
      for await (const { line, record: r } of read(T.assignee)) {
        const number = convertedPatent(file, line, r.patent_id!);
        if (!number) continue;
        if (!r.assignee_id) {
          report.bad(file, line, 'empty assignee_id');
          continue;
        }
        const holder = PV_ASSIGNEE_PREFIX + r.assignee_id;
        if (!seen.has(holder)) {
          const org = r.disambig_assignee_organization!;
          const person = [r.disambig_assignee_individual_name_first, r.disambig_assignee_individual_name_last].filter(Boolean).join(' ');
          if (org) {
            const guess = guessOrgKind(org, GOVERNMENT_TYPES.has(Math.trunc(Number(r.assignee_type))));
            report.kindGuessed(guess);
            writers.open('organizations.csv').row(bundleRow('organizations.csv', {
              id: holder, kind: guess.kind, name: org, name_en: org, region_code: locationRegion.get(r.location_id!),
            }));
          } else if (person) {
            writers.open('persons.csv').row(bundleRow('persons.csv', { id: holder, name: person, name_en: person }));
          } else {
            report.bad(file, line, 'assignee without an organization or a person name');
            continue;
          }
          seen.add(holder);
        }
        writers.open('applicants.csv').row(bundleRow('applicants.csv', {
          patent_id: usPatentId(number), holder_id: holder, seq: seqOf(r.assignee_sequence!),
        }));
        await writers.drain();
      }
    }

    if (path(T.inventor)) {
      const seen = new Set<string>();
      const file = fileOf(T.inventor);
      for await (const { line, record: r } of read(T.inventor)) {
        const number = convertedPatent(file, line, r.patent_id!);
        if (!number) continue;
        const name = [r.disambig_inventor_name_first, r.disambig_inventor_name_last].filter(Boolean).join(' ');
        if (!r.inventor_id || !name) {
          report.bad(file, line, !r.inventor_id ? 'empty inventor_id' : 'inventor without a name');
          continue;
        }
        const person = PV_INVENTOR_PREFIX + r.inventor_id;
        if (!seen.has(person)) {
          seen.add(person);
          writers.open('persons.csv').row(bundleRow('persons.csv', { id: person, name, name_en: name }));
        }
        writers.open('inventors.csv').row(bundleRow('inventors.csv', {
          patent_id: usPatentId(number), person_id: person, seq: seqOf(r.inventor_sequence!),
        }));
        await writers.drain();
      }
    }

    if (path(T.citation)) {
      const file = fileOf(T.citation);
      for await (const { line, record: r } of read(T.citation)) {
        const citing = normalizePatentNumber(r.patent_id!);
        const cited = normalizePatentNumber(r.citation_patent_id!);
        if (!citing) {
          report.bad(file, line, `bad patent_id ${JSON.stringify(r.patent_id)}`);
          continue;
        }
        if (!cited) {
          report.skip(`${file}: citations of a number that is no US patent number`);
          continue;
        }
        if (!patents.has(citing) || !patents.has(cited)) {
          report.skip(`${file}: citations with a patent outside the converted patents`);
          continue;
        }
        writers.open('citations.csv').row(bundleRow('citations.csv', { citing_id: usPatentId(citing), cited_id: usPatentId(cited) }));
        await writers.drain();
      }
    }
  } finally {
    await writers.closeAll();
  }
  report.written = writers.rowCounts();
  writeFileSync(join(opts.out, 'convert-report.json'), JSON.stringify(report, null, 2) + '\n');
  return report;
}

/** One pass over g_patent joined with its abstract, application and CPC rows. */
async function writePatents(
  opts: ConvertOptions,
  report: ConvertReport,
  writers: BundleWriters,
  read: (t: TableSpec) => AsyncGenerator<SourceRow>,
  path: (t: TableSpec) => string | undefined,
  fileOf: (t: TableSpec) => string,
): Promise<IdSet> {
  const T = PATENTSVIEW_TABLES;
  const key = (r: SourceRow) => normalizePatentNumber(r.record.patent_id!) ?? r.record.patent_id!;
  const side = (t: TableSpec) => (path(t) ? new SideTable(read(t)[Symbol.asyncIterator](), key, fileOf(t), report, opts.joinWindow) : undefined);
  const abstracts = side(T.abstract);
  const applications = side(T.application);
  const cpcs = side(T.cpc);
  const patents = new IdSet();
  const file = fileOf(T.patent);
  const out = writers.open('patents.csv');
  for await (const { line, record: r } of read(T.patent)) {
    const number = normalizePatentNumber(r.patent_id!);
    // The side tables are asked for every row, so they stay in step with this one.
    const [abs, app, cpc] = await Promise.all([
      abstracts?.take(number ?? r.patent_id!),
      applications?.take(number ?? r.patent_id!),
      cpcs?.take(number ?? r.patent_id!),
    ]);
    if (!number) {
      report.bad(file, line, `bad patent_id ${JSON.stringify(r.patent_id)}`);
      continue;
    }
    if (patents.has(number)) {
      report.bad(file, line, `patent_id ${r.patent_id} appears a second time`);
      continue;
    }
    if (!r.patent_title) {
      report.bad(file, line, 'empty patent_title');
      continue;
    }
    if (r.withdrawn === '1') {
      report.skip(`${file}: withdrawn patents`);
      continue;
    }
    const granted = parseSourceDate(r.patent_date!);
    if (!granted) report.bad(file, line, `bad patent_date ${JSON.stringify(r.patent_date)} (kept the patent without it)`);
    let filed = app?.[0] ? parseSourceDate(app[0].record.filing_date!) : undefined;
    if (app?.[0] && !filed) report.skip(`${fileOf(T.application)}: filing dates that are no date (patent kept without one)`);
    if (filed && granted && filed > granted) {
      report.skip(`${fileOf(T.application)}: filing dates after the grant date (patent kept without one)`);
      filed = undefined;
    }
    const ipc = new Set<string>();
    const sorted = [...(cpc ?? [])].sort((a, b) => Number(a.record.cpc_sequence) - Number(b.record.cpc_sequence));
    for (const c of sorted) {
      const symbol = cpcToIpc(c.record.cpc_group!);
      if (symbol) ipc.add(symbol);
      else report.skip(`${fileOf(T.cpc)}: CPC codes outside IPC's sections A–H (Y02…) or unreadable`);
    }
    const kind = PATENT_KIND[r.patent_type!.toLowerCase()] ?? 'invention';
    out.row(bundleRow('patents.csv', {
      id: usPatentId(number),
      title: r.patent_title,
      title_en: r.patent_title,
      kind,
      ipc: [...ipc].join(';'),
      filed,
      granted,
      abstract: abs?.[0]?.record.patent_abstract,
    }));
    patents.add(number);
    if (out.needsDrain) await out.drain();
  }
  await Promise.all([abstracts?.finish(), applications?.finish(), cpcs?.finish()]);
  return patents;
}
