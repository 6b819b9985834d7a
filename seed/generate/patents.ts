import type { CsvWriter } from '../csv-writer.js';
import { addMonths, DATA_END, dayOf, FILING_END, FILING_START, isoOf, yearOf } from './dates.js';
import type { Holders } from './holders.js';
import { groupByKey, IntList, type Grouped } from './int-list.js';
import type { OrganizationSet } from './organizations.js';
import { patentText, type PatentKind } from './patent-text.js';
import { personId } from './persons.js';
import { Random, WeightedTable } from './random.js';
import { CLUSTER_IPC, CLUSTER_NEIGHBOURS, CLUSTERS, IPC_CODES, IPC_SUBCLASS_OF } from './technology-clusters.js';

export const KIND_NAMES: readonly PatentKind[] = ['invention', 'utility_model', 'design'];
export const INVENTION = 0;
export const UTILITY_MODEL = 1;
export const DESIGN = 2;
export const STATUS_NAMES = ['active', 'lapsed', 'expired', 'revoked'] as const;
export const ACTIVE = 0;
const LAPSED = 1;
const EXPIRED = 2;
const REVOKED = 3;
const NO_IPC = 255;
const KIND_DIGIT = ['1', '2', '3'];

/**
 * What later stages need to know about every patent, in typed arrays indexed by patent number.
 * Patent numbers follow filing order, so "filed before day d" is a prefix of the numbers.
 */
export interface PatentStore {
  count: number;
  filed: Int32Array;
  /** -1 when not granted. */
  granted: Int32Array;
  kind: Uint8Array;
  status: Uint8Array;
  cluster: Uint8Array;
  /** Index into IPC_CODES of the main class, 255 for designs. */
  mainIpc: Uint8Array;
  serial: Int32Array;
  /** Holder index of the first applicant. */
  applicant: Int32Array;
  /** Holder index of the second applicant, -1 when there is one. */
  coApplicant: Int32Array;
  citedBy: Uint16Array;
  /** Patents each organization applied for (first or second applicant), in filing order. */
  byOrg: Grouped;
  /** Count of patents per (organization, IPC code), saturating at 255. */
  orgIpc: Uint8Array;
  /** Bit set of the IPC subclasses each organization holds patents in (bit = IPC_SUBCLASS_OF index). */
  orgSubclasses: Uint32Array;
  /** Per university or institute: enterprise → first day they co-applied or shared an inventor. */
  collaboration: PairDays;
  /** Per university or institute: enterprise → first day a patent of the enterprise cited one of theirs. */
  citedUniversity: PairDays;
}

/** First day something happened between a university (or institute) and an enterprise; one small map per university keeps lookups cache-friendly. */
export class PairDays {
  private readonly byAcademic = new Map<number, Map<number, number>>();

  remember(academic: number, enterprise: number, day: number): void {
    let m = this.byAcademic.get(academic);
    if (!m) {
      m = new Map();
      this.byAcademic.set(academic, m);
    }
    if (!m.has(enterprise)) m.set(enterprise, day);
  }

  /** The academic's map; look up enterprises in it (undefined when it has none). */
  of(academic: number): ReadonlyMap<number, number> | undefined {
    return this.byAcademic.get(academic);
  }
}

export function patentId(store: PatentStore, p: number): string {
  const kind = store.kind[p]!;
  const suffix = kind === INVENTION ? (store.granted[p]! >= 0 ? 'B' : 'A') : kind === UTILITY_MODEL ? 'U' : 'S';
  return `CN${KIND_DIGIT[kind]}${String(store.serial[p]!).padStart(8, '0')}${suffix}`;
}

export interface PatentWriters {
  patents: CsvWriter;
  applicants: CsvWriter;
  inventors: CsvWriter;
  citations: CsvWriter;
}

export interface PatentOptions {
  seed: number;
  count: number;
  set: OrganizationSet;
  holders: Holders;
  out: PatentWriters;
  drain: () => Promise<void>;
  onProgress?: (done: number) => void;
}

function filingDays(random: Random, count: number): Int32Array {
  const firstYear = yearOf(FILING_START);
  const lastYear = yearOf(FILING_END);
  const years: number[] = [];
  const weights: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) {
    years.push(y);
    weights.push(Math.pow(1.12, y - firstYear));
  }
  const table = new WeightedTable(weights);
  const days = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    const y = years[table.draw(random)]!;
    const start = dayOf(y, 1, 1);
    days[i] = start + random.below(dayOf(y + 1, 1, 1) - start);
  }
  return days.sort();
}

/** Streams patents, applicants, inventors and citations, keeping only compact per-patent arrays. */
export async function generatePatents(opts: PatentOptions): Promise<PatentStore> {
  const { count, set, holders, out } = opts;
  const random = new Random(opts.seed, 'patents');
  const textRandom = new Random(opts.seed, 'patent-text');
  const { orgs } = set;
  const orgCount = orgs.length;
  const layout = holders.persons;
  const ipcCount = IPC_CODES.length;

  const filed = filingDays(random, count);
  const granted = new Int32Array(count).fill(-1);
  const kind = new Uint8Array(count);
  const status = new Uint8Array(count);
  const cluster = new Uint8Array(count);
  const mainIpc = new Uint8Array(count);
  const serial = new Int32Array(count);
  const applicant = new Int32Array(count);
  const coApplicant = new Int32Array(count).fill(-1);
  const citedBy = new Uint16Array(count);
  const orgIpc = new Uint8Array(orgCount * ipcCount);
  const collaboration = new PairDays();
  const citedUniversity = new PairDays();

  const filers = [...set.byKind.university, ...set.byKind.research_institute, ...set.byRole.operating];
  const filerTable = new WeightedTable(filers.map((o) => orgs[o]!.weight));
  const clusterPatents = CLUSTERS.map(() => new IntList(count / CLUSTERS.length + 16));
  const clusterCited = CLUSTERS.map(() => new IntList(64));
  const serialNext = [10_000_000, 10_000_000, 10_000_000];

  const store: PatentStore = {
    count,
    filed,
    granted,
    kind,
    status,
    cluster,
    mainIpc,
    serial,
    applicant,
    coApplicant,
    citedBy,
    byOrg: { start: new Int32Array(orgCount + 1), values: new Int32Array(0) },
    orgIpc,
    orgSubclasses: new Uint32Array(orgCount),
    collaboration,
    citedUniversity,
  };

  const pickFiler = (day: number): number => {
    for (let tries = 0; tries < 12; tries++) {
      const o = filers[filerTable.draw(random)]!;
      if (set.founded[o]! <= day) return o;
    }
    // Universities are old enough to have filed anything in the window.
    return random.pick(set.byKind.university);
  };
  const staffMember = (org: number): number => layout.staffStart[org]! + random.skewedIndex(layout.staffSize[org]!, 2);

  const inventorsOf: number[] = [];
  const addInventor = (person: number): void => {
    if (!inventorsOf.includes(person)) inventorsOf.push(person);
  };
  const cited: number[] = [];
  const ipcOf: number[] = [];

  let dayStart = 0;
  for (let i = 0; i < count; i++) {
    const day = filed[i]!;
    if (i > 0 && day !== filed[i - 1]) dayStart = i;

    // Applicants.
    let first: number;
    let second = -1;
    let c: number;
    inventorsOf.length = 0;
    if (random.chance(0.05)) {
      const person = layout.independentStart + random.below(layout.independentSize);
      first = holders.ofPerson(person);
      c = random.below(CLUSTERS.length);
      addInventor(person);
      if (random.chance(0.3)) addInventor(layout.independentStart + random.below(layout.independentSize));
    } else {
      first = pickFiler(day);
      const org = orgs[first]!;
      c = org.clusters.length > 1 && random.chance(0.3) ? org.clusters[1 + random.below(org.clusters.length - 1)]! : org.clusters[0]!;
      const academic = org.kind !== 'enterprise';
      const partner = org.partners.length > 0 ? org.partners[random.below(org.partners.length)]! : -1;
      if (partner >= 0 && set.founded[partner]! <= day && random.chance(academic ? 0.1 : 0.03)) {
        // University–enterprise co-application; the university is named first either way.
        const uni = academic ? first : partner;
        const ent = academic ? partner : first;
        first = uni;
        second = ent;
        const entClusters = orgs[ent]!.clusters;
        const shared = orgs[uni]!.clusters.find((k) => entClusters.includes(k));
        if (shared !== undefined) c = shared;
        collaboration.remember(uni, ent, day);
      }
    }
    cluster[i] = c;

    // Kind, dates and status.
    const applicantOrg = holders.org(first);
    const isAcademic = applicantOrg !== undefined && applicantOrg.kind !== 'enterprise';
    const r = random.float();
    const k = isAcademic ? (r < 0.92 ? INVENTION : UTILITY_MODEL) : applicantOrg ? (r < 0.6 ? INVENTION : r < 0.96 ? UTILITY_MODEL : DESIGN) : r < 0.4 ? INVENTION : r < 0.9 ? UTILITY_MODEL : DESIGN;
    kind[i] = k;
    let grant = -1;
    let st = ACTIVE;
    if (k === INVENTION) {
      const g = day + random.int(420, 1280);
      if (random.chance(0.72)) {
        if (g <= DATA_END) grant = g;
      } else if (day + 900 <= DATA_END) {
        st = LAPSED; // rejected or withdrawn
      }
    } else {
      const g = day + (k === UTILITY_MODEL ? random.int(120, 360) : random.int(90, 240));
      if (g <= DATA_END && random.chance(0.97)) grant = g;
      else if (g <= DATA_END) st = LAPSED;
    }
    if (grant >= 0) {
      const years = (DATA_END - grant) / 365;
      const term = k === INVENTION ? 20 : k === DESIGN && day >= dayOf(2021, 6, 1) ? 15 : 10;
      if (addMonths(day, term * 12) <= DATA_END) st = EXPIRED;
      else if (random.chance(0.004)) st = REVOKED;
      else if (random.chance(Math.min(k === INVENTION ? 0.3 : 0.45, (k === INVENTION ? 0.02 : 0.05) * years))) st = LAPSED;
    }
    granted[i] = grant;
    status[i] = st;
    serialNext[k]! += 1 + random.below(4);
    serial[i] = serialNext[k]!;

    // Classes.
    ipcOf.length = 0;
    if (k !== DESIGN) {
      const codes = CLUSTER_IPC[c]!;
      ipcOf.push(codes[random.skewedIndex(codes.length, 1.5)]!);
      const extra = random.chance(0.5) ? random.int(1, 2) : 0;
      for (let e = 0; e < extra; e++) {
        const from = random.chance(0.6) ? codes : CLUSTER_IPC[random.pick(CLUSTER_NEIGHBOURS[c]!)]!;
        const code = from[random.below(from.length)]!;
        if (!ipcOf.includes(code)) ipcOf.push(code);
      }
    }
    mainIpc[i] = ipcOf.length > 0 ? ipcOf[0]! : NO_IPC;

    // Inventors.
    if (applicantOrg) {
      const n = k === INVENTION ? 1 + random.skewedIndex(5, 1.5) : k === UTILITY_MODEL ? random.int(1, 3) : random.int(1, 2);
      if (second >= 0) {
        const fromUni = Math.max(1, Math.ceil(n / 2));
        for (let j = 0; j < fromUni; j++) addInventor(staffMember(first));
        for (let j = fromUni; j < Math.max(n, fromUni + 1); j++) addInventor(staffMember(second));
      } else {
        for (let j = 0; j < n; j++) addInventor(staffMember(first));
        if (applicantOrg.kind === 'enterprise' && applicantOrg.partners.length > 0 && random.chance(0.08)) {
          // A professor of a partner university named among the company's inventors.
          const uni = applicantOrg.partners[random.below(applicantOrg.partners.length)]!;
          addInventor(staffMember(uni));
          collaboration.remember(uni, first, day);
        }
      }
    }

    // Citations: earlier filings, mostly of the same cluster, favouring already-cited ones.
    cited.length = 0;
    if (k !== DESIGN && dayStart > 0) {
      const n = k === INVENTION ? Math.min(10, Math.floor(-Math.log(1 - random.float()) * 3)) : random.int(0, 2);
      for (let j = 0; j < n * 2 && cited.length < n; j++) {
        const cc = random.chance(0.85) ? c : random.pick(CLUSTER_NEIGHBOURS[c]!);
        const targets = clusterCited[cc]!;
        let target = -1;
        if (targets.length > 0 && random.chance(0.5)) target = targets.get(random.below(targets.length));
        else {
          const pool = clusterPatents[cc]!;
          const earlier = pool.countBelow(dayStart);
          if (earlier > 0) target = pool.get(earlier - 1 - random.skewedIndex(earlier, 1.5));
        }
        if (target < 0 || target >= dayStart || cited.includes(target)) continue;
        cited.push(target);
      }
    }

    // Rows.
    const id = `CN${KIND_DIGIT[k]}${String(serial[i]!).padStart(8, '0')}${k === INVENTION ? (grant >= 0 ? 'B' : 'A') : k === UTILITY_MODEL ? 'U' : 'S'}`;
    const text = patentText(textRandom, CLUSTERS[c]!, KIND_NAMES[k]!);
    let ipcCell = '';
    for (let j = 0; j < ipcOf.length; j++) ipcCell += (j > 0 ? ';' : '') + IPC_CODES[ipcOf[j]!]!;
    out.patents.row([id, text.title, text.titleEn, KIND_NAMES[k]!, ipcCell, isoOf(day), grant >= 0 ? isoOf(grant) : '', STATUS_NAMES[st]!, text.abstract]);
    out.applicants.row([id, holders.id(first), '1']);
    if (second >= 0) out.applicants.row([id, holders.id(second), '2']);
    for (let j = 0; j < inventorsOf.length; j++) out.inventors.row([id, personId(layout, inventorsOf[j]!), String(j + 1)]);
    for (const t of cited) {
      out.citations.row([id, patentId(store, t)]);
      if (citedBy[t]! < 65535) citedBy[t]!++;
      clusterCited[cluster[t]!]!.push(t);
      const citedOwner = holders.org(applicant[t]!);
      if (applicantOrg?.kind === 'enterprise' && citedOwner && citedOwner.kind !== 'enterprise') {
        citedUniversity.remember(citedOwner.index, first, day);
      }
    }

    applicant[i] = first;
    coApplicant[i] = second;
    clusterPatents[c]!.push(i);
    for (const holder of second >= 0 ? [first, second] : [first]) {
      if (holders.isPerson(holder)) continue;
      for (const code of ipcOf) {
        const cell = holder * ipcCount + code;
        if (orgIpc[cell]! < 255) orgIpc[cell]!++;
        store.orgSubclasses[holder]! |= 1 << IPC_SUBCLASS_OF[code]!;
      }
    }

    if ((i & 2047) === 2047) {
      await opts.drain();
      opts.onProgress?.(i + 1);
    }
  }
  opts.onProgress?.(count);

  store.byOrg = groupByKey(orgCount, (visit) => {
    for (let p = 0; p < count; p++) {
      const a = applicant[p]!;
      if (a < orgCount) visit(a, p);
      const b = coApplicant[p]!;
      if (b >= 0 && b < orgCount) visit(b, p);
    }
  });
  return store;
}
