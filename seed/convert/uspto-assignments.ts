import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BUNDLE_FILES, headerOf } from '../bundle-format.ts';
import { readCsv } from '../read-csv.ts';
import { BundleWriters } from '../csv-writer.ts';
import { bundleRow } from './bundle-out.ts';
import { conveyanceOutcome, conveyanceTypeOfText } from './conveyance.ts';
import { IdSet } from './id-set.ts';
import {
  looksLikePerson, nameSlug, normalizeOrgName, normalizePatentNumber, parseSourceDate, personDisplayName, usPatentId,
} from './normalize.ts';
import { findTable, readTable, type SourceRow, type TableSpec } from './read-table.ts';
import { guessOrgKind } from './org-kind.ts';
import { ConvertError, ConvertReport } from './report.ts';
import { SideTable } from './side-table.ts';
import { placeOfAddress, RegionTree } from './regions.ts';
import { PV_ASSIGNEE_PREFIX } from './patentsview.ts';

/** The Assignment Dataset tables this converter reads, with the columns it needs of each. */
export const ASSIGNMENT_TABLES = {
  assignment: { name: 'assignment', columns: ['rf_id', 'reel_no', 'frame_no', 'convey_text', 'record_dt'] },
  assignor: { name: 'assignor', columns: ['rf_id', 'or_name', 'exec_dt'] },
  assignee: { name: 'assignee', columns: ['rf_id', 'ee_name'] },
  documentid: { name: 'documentid', columns: ['rf_id', 'title', 'grant_doc_num', 'grant_date', 'appno_date'] },
  conveyance: { name: 'assignment_conveyance', columns: ['rf_id', 'convey_ty', 'employer_assign'] },
} as const satisfies Record<string, TableSpec>;

const EXTENSIONS = ['.csv', '.csv.zip', '.zip'] as const;

/** Prefixes of the ids this converter makes: transactions by reel/frame id, parties by name. */
export const USPTO_TX_PREFIX = 'USPTO-';
export const USPTO_ORG_PREFIX = 'USPTO-O-';
export const USPTO_PERSON_PREFIX = 'USPTO-P-';

// Bundle files the converter adds rows to; the others of a PatentsView bundle are copied as they are.
const EXTENDED = new Set(['regions.csv', 'organizations.csv', 'persons.csv', 'patents.csv', 'transactions.csv']);

export interface AssignmentOptions {
  dir: string;
  out: string;
  /** A bundle written by the PatentsView converter: copied into `out`, its organizations matched by name. */
  patentsview?: string;
  report?: ConvertReport;
  joinWindow?: number;
}

interface Party {
  id: string;
}

/** Holders by normalized name: PatentsView's organizations first, then the ones made here. */
class Parties {
  private readonly orgByName = new Map<string, string>();
  private readonly personByName = new Map<string, string>();
  private readonly made = new Set<string>();
  matched = 0;
  created = 0;

  constructor(
    private readonly writers: BundleWriters,
    readonly regions: RegionTree,
    private readonly report: ConvertReport,
  ) {}

  known(name: string, id: string): boolean {
    const key = normalizeOrgName(name);
    if (!key || this.orgByName.has(key)) return false;
    this.orgByName.set(key, id);
    return true;
  }

  /** A PatentsView individual assignee, matched by "GIVEN FAMILY" against "FAMILY, GIVEN" party names. */
  knownPerson(name: string, id: string): void {
    const key = normalizeOrgName(name);
    if (key && !this.personByName.has(key)) this.personByName.set(key, id);
  }

  resolve(raw: string, address?: { city?: string; state?: string; country?: string }): Party | undefined {
    const name = raw.trim();
    if (!name) return undefined;
    const key = normalizeOrgName(name);
    if (!key) return undefined;
    const known = this.orgByName.get(key);
    if (known) {
      if (!this.made.has(known)) this.matched++;
      return { id: known };
    }
    if (looksLikePerson(name)) {
      const pvPerson = this.personByName.get(normalizeOrgName(personDisplayName(name)));
      if (pvPerson) {
        this.matched++;
        return { id: pvPerson };
      }
      const id = USPTO_PERSON_PREFIX + nameSlug(key);
      if (!this.made.has(id)) {
        this.made.add(id);
        const display = personDisplayName(name);
        this.writers.open('persons.csv').row(bundleRow('persons.csv', { id, name: display, name_en: display }));
      }
      return { id };
    }
    const id = USPTO_ORG_PREFIX + nameSlug(key);
    this.orgByName.set(key, id);
    this.made.add(id);
    this.created++;
    const place = address ? placeOfAddress(address.city ?? '', address.state ?? '', address.country ?? '') : undefined;
    const region = place ? this.regions.regionOf(place.country, place.state, place.city) : undefined;
    const guess = guessOrgKind(name);
    this.report.kindGuessed(guess);
    this.writers.open('organizations.csv').row(bundleRow('organizations.csv', {
      id, kind: guess.kind, name, name_en: name, region_code: region,
    }));
    return { id };
  }
}

/** Streams the rows of a bundle file into a writer of the same file, in contract column order. */
async function copyRows(src: string, file: string, writers: BundleWriters, each?: (r: Record<string, string>) => void): Promise<void> {
  const header = headerOf(file);
  const w = writers.open(file);
  for await (const { record } of readCsv(src, file)) {
    each?.(record);
    w.row(header.map((c) => record[c] ?? ''));
    if (w.needsDrain) await w.drain();
  }
}

/**
 * Converts the USPTO Patent Assignment Dataset into bundle transactions: assignments and
 * mergers as assignments, security interests as pledges, releases as pledge releases, licences
 * as licences. With a PatentsView bundle, that bundle is copied into `out` and the parties are
 * matched to its organizations by normalized name; parties that match none become new
 * organizations (or persons, for "FAMILY, GIVEN" names), patents it lacks are added from the
 * assignment's document rows.
 */
export async function convertUsptoAssignments(opts: AssignmentOptions): Promise<ConvertReport> {
  const report = opts.report ?? new ConvertReport();
  const T = ASSIGNMENT_TABLES;
  const path = (t: TableSpec) => findTable(opts.dir, t.name, EXTENSIONS);
  for (const t of Object.values(T)) {
    if (!path(t) && t !== T.conveyance) throw new ConvertError(`no ${t.name}.csv or ${t.name}.csv.zip in ${opts.dir}`);
  }
  if (opts.patentsview && resolve(opts.patentsview) === resolve(opts.out)) {
    throw new ConvertError('the output folder must differ from the PatentsView bundle it extends');
  }
  mkdirSync(opts.out, { recursive: true });
  const writers = new BundleWriters(opts.out);
  const parties = new Parties(writers, new RegionTree(writers), report);
  const patents = new IdSet();
  try {
    if (opts.patentsview) {
      const pv = opts.patentsview;
      if (!existsSync(join(pv, 'patents.csv'))) throw new ConvertError(`${pv} has no patents.csv: is it a bundle of the PatentsView converter?`);
      for (const spec of BUNDLE_FILES) {
        const src = join(pv, spec.file);
        if (!existsSync(src)) continue;
        if (!EXTENDED.has(spec.file)) copyFileSync(src, join(opts.out, spec.file));
        else if (spec.file === 'organizations.csv') await copyRows(src, spec.file, writers, (r) => parties.known(r.name!, r.id!));
        else if (spec.file === 'patents.csv') await copyRows(src, spec.file, writers, (r) => patents.add(r.id!.replace(/^US/, '')));
        else if (spec.file === 'regions.csv') await copyRows(src, spec.file, writers, (r) => parties.regions.markExisting(r.code!));
        else if (spec.file === 'persons.csv') {
          await copyRows(src, spec.file, writers, (r) => r.id!.startsWith(PV_ASSIGNEE_PREFIX) && parties.knownPerson(r.name!, r.id!));
        } else await copyRows(src, spec.file, writers);
      }
      report.progress(`copied ${pv}: ${patents.size.toLocaleString('en-US')} patents`);
    }
    await writeTransactions(opts, report, writers, parties, patents, path);
  } finally {
    await writers.closeAll();
  }
  report.written = writers.rowCounts();
  report.note('party names matched to a PatentsView assignee', parties.matched);
  report.note('organizations made from party names that matched none', parties.created);
  writeFileSync(join(opts.out, 'convert-report.json'), JSON.stringify(report, null, 2) + '\n');
  return report;
}

async function writeTransactions(
  opts: AssignmentOptions,
  report: ConvertReport,
  writers: BundleWriters,
  parties: Parties,
  patents: IdSet,
  path: (t: TableSpec) => string | undefined,
): Promise<void> {
  const T = ASSIGNMENT_TABLES;
  const read = (t: TableSpec) => readTable({ path: path(t)!, table: t, delimiter: ',', report });
  const fileOf = (t: TableSpec) => path(t)!.split('/').pop()!;
  const key = (r: SourceRow) => r.record.rf_id!.replace(/^0+(?=\d)/, '');
  const side = (t: TableSpec) => (path(t) ? new SideTable(read(t)[Symbol.asyncIterator](), key, fileOf(t), report, opts.joinWindow) : undefined);
  const assignors = side(T.assignor)!;
  const assignees = side(T.assignee)!;
  const documents = side(T.documentid)!;
  const conveyances = side(T.conveyance);
  const file = fileOf(T.assignment);
  const seen = new IdSet();
  const tx = writers.open('transactions.csv');
  for await (const { line, record: r } of read(T.assignment)) {
    const rf = r.rf_id!.replace(/^0+(?=\d)/, '');
    const [ors, ees, docs, conv] = await Promise.all([assignors.take(rf), assignees.take(rf), documents.take(rf), conveyances?.take(rf)]);
    if (!/^\d+$/.test(rf)) {
      report.bad(file, line, `bad rf_id ${JSON.stringify(r.rf_id)}`);
      continue;
    }
    if (seen.has(rf)) {
      report.bad(file, line, `rf_id ${rf} appears a second time`);
      continue;
    }
    seen.add(rf);
    const c = conv?.[0]?.record;
    const type = c?.convey_ty || conveyanceTypeOfText(r.convey_text ?? '');
    const outcome = conveyanceOutcome(type, c?.employer_assign === '1');
    if ('skip' in outcome) {
      report.skip(`${file}: ${outcome.skip}`);
      continue;
    }

    const patentIds: string[] = [];
    for (const d of docs) {
      const number = d.record.grant_doc_num ? normalizePatentNumber(d.record.grant_doc_num) : undefined;
      if (!number) {
        report.skip(`${fileOf(T.documentid)}: documents without a grant number (applications not granted)`);
        continue;
      }
      const id = usPatentId(number);
      if (!patents.has(number)) {
        patents.add(number);
        report.note(opts.patentsview ? 'patents not in the PatentsView bundle, added from document rows' : 'patents added from document rows');
        const title = d.record.title || id;
        writers.open('patents.csv').row(bundleRow('patents.csv', {
          id, title, title_en: title, kind: number.startsWith('D') ? 'design' : 'invention',
          filed: parseSourceDate(d.record.appno_date ?? ''), granted: parseSourceDate(d.record.grant_date ?? ''),
        }));
      }
      if (!patentIds.includes(id)) patentIds.push(id);
    }
    if (patentIds.length === 0) {
      report.skip(`${file}: ${outcome.kind} recordings without a granted patent`);
      continue;
    }

    // One conveying party per transaction: the first named assignor (co-owners convey together).
    const fromName = ors.find((o) => o.record.or_name)?.record.or_name;
    const from = fromName ? parties.resolve(fromName) : undefined;
    if (ors.filter((o) => o.record.or_name).length > 1) report.note('recordings with several assignors (the first is the transaction\'s from_id)');
    const execDates = ors.map((o) => parseSourceDate(o.record.exec_dt ?? '')).filter((d): d is string => d !== undefined).sort();
    const date = execDates[execDates.length - 1] ?? parseSourceDate(r.record_dt ?? '');
    if (!from || ees.length === 0) {
      report.bad(file, line, `rf_id ${rf} has no ${!from ? 'assignor' : 'assignee'} with a name`);
      continue;
    }
    if (!date) {
      report.bad(file, line, `rf_id ${rf} has neither an execution date nor a record date`);
      continue;
    }
    const toIds = [...new Set(ees.map((e) => parties.resolve(e.record.ee_name!, { city: e.record.ee_city, state: e.record.ee_state, country: e.record.ee_country })?.id).filter((x): x is string => !!x))];
    toIds.forEach((to, i) => {
      if (to === from.id) {
        report.skip(`${file}: recordings between a party and itself (after name matching)`);
        return;
      }
      tx.row(bundleRow('transactions.csv', {
        id: USPTO_TX_PREFIX + rf + (toIds.length > 1 ? `-${i + 1}` : ''),
        kind: outcome.kind,
        patent_ids: patentIds.join(';'),
        from_id: from.id,
        to_id: to,
        date,
        registration_no: r.reel_no && r.frame_no ? `${r.reel_no}/${r.frame_no}` : '',
      }));
    });
    await writers.drain();
  }
  await Promise.all([assignors.finish(), assignees.finish(), documents.finish(), conveyances?.finish()]);
}
