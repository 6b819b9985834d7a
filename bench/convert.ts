import { execFile } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../graph/config.ts';
import { fmt } from './format.ts';
import { seededRandom } from './latency.ts';

const run = promisify(execFile);
const ROWS_PER_SCALE = 1_000_000;

/** A table file written with backpressure; cells quoted as the sources quote strings. */
class TableFile {
  private readonly out: WriteStream;
  private chunk = '';
  rows = 0;
  constructor(path: string, private readonly delimiter: string, header: string[]) {
    this.out = createWriteStream(path);
    this.chunk = header.map((h) => `"${h}"`).join(delimiter) + '\n';
  }
  async row(cells: (string | number)[]): Promise<void> {
    this.chunk += cells.map((c) => (typeof c === 'number' ? String(c) : `"${c.replace(/"/g, '""')}"`)).join(this.delimiter) + '\n';
    this.rows++;
    if (this.chunk.length > 1 << 16) {
      const ok = this.out.write(this.chunk);
      this.chunk = '';
      if (!ok) await once(this.out, 'drain');
    }
  }
  async close(): Promise<void> {
    this.out.end(this.chunk);
    await once(this.out, 'finish');
  }
}

const CPC = ['G06N3/08', 'G06F16/901', 'H01M10/052', 'B25J9/1697', 'A61K39/395', 'C12N15/113', 'H04L9/40', 'Y02E10/50'];
const WORDS = ['robot', 'battery', 'antibody', 'network', 'sensor', 'wafer', 'inverter', 'codec', 'gripper', 'lens', 'valve', 'polymer'];
const SUFFIX = ['Inc.', 'Corporation', 'LLC', 'Co., Ltd.', 'GmbH', 'University'];

const orgName = (i: number) => `Synthetic ${WORDS[i % WORDS.length]} ${i} ${SUFFIX[i % SUFFIX.length]}`;
const day = (rnd: () => number, from: number, span: number) => new Date(Date.UTC(from, 0, 1) + Math.floor(rnd() * span * 365) * 86_400_000).toISOString().slice(0, 10);

/** About `rows` rows over the eight PatentsView tables (ten per patent). */
async function writePatentsView(dir: string, rows: number): Promise<number> {
  const rnd = seededRandom(1);
  const patents = Math.round(rows / 10);
  const t = (name: string, header: string[]) => new TableFile(join(dir, `${name}.tsv`), '\t', header);
  const loc = t('g_location_disambiguated', ['location_id', 'disambig_city', 'disambig_state', 'disambig_country', 'latitude', 'longitude', 'county', 'state_fips', 'county_fips']);
  for (let i = 0; i < 500; i++) await loc.row([`loc-${i}`, `City ${i}`, i % 5 === 0 ? '' : `S${i % 50}`, i % 5 === 0 ? 'DE' : 'US', 40.1, -70.2, '', '', '']);
  const pat = t('g_patent', ['patent_id', 'patent_type', 'patent_date', 'patent_title', 'wipo_kind', 'num_claims', 'withdrawn', 'filename']);
  const abs = t('g_patent_abstract', ['patent_id', 'patent_abstract']);
  const app = t('g_application', ['application_id', 'patent_id', 'patent_application_type', 'filing_date', 'series_code', 'rule_47_flag']);
  const cpc = t('g_cpc_current', ['patent_id', 'cpc_sequence', 'cpc_section', 'cpc_class', 'cpc_subclass', 'cpc_group', 'cpc_type']);
  const asg = t('g_assignee_disambiguated', ['patent_id', 'assignee_sequence', 'assignee_id', 'disambig_assignee_individual_name_first', 'disambig_assignee_individual_name_last', 'disambig_assignee_organization', 'assignee_type', 'location_id']);
  const inv = t('g_inventor_disambiguated', ['patent_id', 'inventor_sequence', 'inventor_id', 'disambig_inventor_name_first', 'disambig_inventor_name_last', 'gender_code', 'location_id']);
  const cit = t('g_us_patent_citation', ['patent_id', 'citation_sequence', 'citation_patent_id', 'citation_date', 'record_name', 'wipo_kind', 'citation_category']);
  for (let i = 0; i < patents; i++) {
    const id = String(10_000_000 + i);
    const w = WORDS[i % WORDS.length]!;
    await pat.row([id, 'utility', day(rnd, 2015, 8), `Improved ${w} number ${i}`, 'B2', 10, 0, 'ipg.xml']);
    await abs.row([id, `An improved ${w} that does what earlier ${w}s did, with fewer parts and "less" energy. `.repeat(3)]);
    await app.row([`15/${i}`, id, '15', day(rnd, 2010, 5), '15', 0]);
    for (let s = 0; s < 2; s++) {
      const code = CPC[Math.floor(rnd() * CPC.length)]!;
      await cpc.row([id, s, code[0]!, code.slice(0, 3), code.slice(0, 4), code, s === 0 ? 'inventional' : 'additional']);
    }
    const org = Math.floor(rnd() * 5000);
    await asg.row([id, 0, `a-${org}`, '', '', orgName(org), 2, `loc-${org % 500}`]);
    for (let s = 0; s < 2; s++) {
      const person = Math.floor(rnd() * 50_000);
      await inv.row([id, s, `i-${person}`, `Given${person}`, `Family${person}`, 'U', `loc-${person % 500}`]);
    }
    for (let s = 0; s < 2 && i > 0; s++) await cit.row([id, s, String(10_000_000 + Math.floor(rnd() * i)), '2015-01-01', 'X', 'B2', 'cited by examiner']);
  }
  let n = 0;
  for (const f of [loc, pat, abs, app, cpc, asg, inv, cit]) {
    await f.close();
    n += f.rows;
  }
  return n;
}

/** About `rows` rows over the five Assignment Dataset tables (about 5.5 per recording). */
async function writeAssignments(dir: string, rows: number, patents: number): Promise<number> {
  const rnd = seededRandom(2);
  const recordings = Math.round(rows / 5.5);
  const t = (name: string, header: string[]) => new TableFile(join(dir, `${name}.csv`), ',', header);
  const a = t('assignment', ['rf_id', 'file_id', 'cname', 'caddress_1', 'caddress_2', 'caddress_3', 'caddress_4', 'reel_no', 'frame_no', 'convey_text', 'record_dt', 'last_update_dt', 'page_count', 'purge_indicator']);
  const or = t('assignor', ['rf_id', 'or_name', 'exec_dt', 'ack_dt']);
  const ee = t('assignee', ['rf_id', 'ee_name', 'ee_address_1', 'ee_address_2', 'ee_city', 'ee_state', 'ee_postcode', 'ee_country']);
  const doc = t('documentid', ['rf_id', 'title', 'lang', 'appno_doc_num', 'appno_date', 'appno_country', 'pgpub_doc_num', 'pgpub_date', 'pgpub_country', 'grant_doc_num', 'grant_date', 'grant_country']);
  const cv = t('assignment_conveyance', ['rf_id', 'convey_ty', 'employer_assign']);
  const TYPES = ['assignment', 'assignment', 'assignment', 'security', 'release', 'license', 'merger', 'namechg', 'correct'];
  for (let i = 0; i < recordings; i++) {
    const rf = 100_000 + i;
    const type = TYPES[Math.floor(rnd() * TYPES.length)]!;
    await a.row([rf, 1, 'LAW FIRM LLP', '1 MAIN ST', '', '', '', 40_000 + (i >> 10), i & 1023, `${type.toUpperCase()} (SEE DOCUMENT FOR DETAILS).`, day(rnd, 2019, 3), '2023-01-01', 3, 'N']);
    await cv.row([rf, type, rnd() < 0.1 ? 1 : 0]);
    const from = Math.floor(rnd() * 5000);
    // Half the parties are PatentsView organizations spelled the Assignment Dataset's way.
    await or.row([rf, rnd() < 0.5 ? orgName(from).toUpperCase().replace(/\./g, '') : `NEW PARTY ${from} CORP`, day(rnd, 2019, 3), '']);
    const to = Math.floor(rnd() * 5000);
    await ee.row([rf, rnd() < 0.5 ? orgName(to).toUpperCase() : `BUYER ${to} LLC`, '1 ST', '', 'CITY', 'CA', '90000', '']);
    const docs = rnd() < 0.5 ? 1 : 2;
    for (let d = 0; d < docs; d++) {
      const n = Math.floor(rnd() * patents * 1.1);
      const granted = n < patents;
      await doc.row([rf, `TITLE ${n}`, 'ENGLISH', String(15_000_000 + n), '2012-01-01', 'US', '', '', '', granted ? String(10_000_000 + n) : '', granted ? '2016-01-01' : '', granted ? 'US' : '']);
    }
  }
  let n = 0;
  for (const f of [a, or, ee, doc, cv]) {
    await f.close();
    n += f.rows;
  }
  return n;
}

interface Figures {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
  peakMb: number;
}

async function convert(args: string[]): Promise<Figures> {
  const tsx = join(PROJECT_ROOT, 'node_modules/.bin/tsx');
  const { stdout } = await run(tsx, ['seed/cli/convert.ts', ...args], { cwd: PROJECT_ROOT, maxBuffer: 1 << 26 });
  const m = /converted ([\d,]+) source rows in ([\d.]+) s \(([\d,]+) rows\/s\), peak RSS (\d+) MB/.exec(stdout);
  if (!m) throw new Error(`seed:convert printed no figures:\n${stdout.slice(-2000)}`);
  const num = (s: string) => Number(s.replace(/,/g, ''));
  return { rows: num(m[1]!), seconds: Number(m[2]), rowsPerSecond: num(m[3]!), peakMb: Number(m[4]) };
}

/** Both converters on generated tables of about 1M rows each (per unit of --scale): rows/s and peak RSS. */
export async function benchConvert({ scale }: { scale: number; seed: number }): Promise<void> {
  const rows = Math.round(ROWS_PER_SCALE * scale);
  const base = join(PROJECT_ROOT, '.generated', 'bench', 'convert', `rows-${rows}`);
  const pvIn = join(base, 'patentsview');
  const usIn = join(base, 'uspto-assignments');
  console.log(`\n== convert (${fmt(rows)} source rows per converter; peak RSS of the converter process)`);
  const marker = join(base, 'complete.json');
  if (!existsSync(marker)) {
    rmSync(base, { recursive: true, force: true });
    mkdirSync(pvIn, { recursive: true });
    mkdirSync(usIn, { recursive: true });
    const started = performance.now();
    const pvRows = await writePatentsView(pvIn, rows);
    const usRows = await writeAssignments(usIn, rows, Math.round(rows / 10));
    writeFileSync(marker, JSON.stringify({ pvRows, usRows }) + '\n');
    console.log(`generated   ${fmt(pvRows)} PatentsView rows, ${fmt(usRows)} Assignment Dataset rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const made = JSON.parse(readFileSync(marker, 'utf8')) as { pvRows: number; usRows: number };
  const pvOut = join(base, 'out-patentsview');
  const usOut = join(base, 'out-uspto');
  const pv = await convert(['patentsview', pvIn, pvOut]);
  const us = await convert(['uspto-assignments', usIn, usOut, '--patentsview', pvOut]);
  const line = (name: string, f: Figures) =>
    console.log(`${name.padEnd(18)} ${fmt(f.rows).padStart(11)} rows ${f.seconds.toFixed(1).padStart(7)} s ${fmt(f.rowsPerSecond).padStart(9)} rows/s  peak RSS ${fmt(f.peakMb).padStart(5)} MB`);
  line('patentsview', pv);
  line('uspto-assignments', us);
  console.log(`  (generated ${fmt(made.pvRows)} + ${fmt(made.usRows)} rows; the second run also copies and matches against the first one's bundle)`);
}
