import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { industryByName } from '../../graph/vocabulary/index.ts';
import { BUNDLE_FILES, headerOf } from '../bundle-format.js';
import { readCsv } from '../read-csv.js';
import { checkBundleInvariants } from './bundle-invariants.js';
import { generateBundle, GROUND_TRUTH_DIR, type GenerateResult } from './index.js';

const SCALE = 0.05;
let root: string;
let first: string;
let again: string;
let other: string;
let wide: string;
let result: GenerateResult;

async function rowsOf(dir: string, file: string): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const row of readCsv(join(dir, file), file)) out.push(row.record);
  return out;
}

async function truth(dir: string, file: string) {
  return JSON.parse(await readFile(join(dir, GROUND_TRUTH_DIR, file), 'utf8'));
}

interface LookAlikeTruth {
  id: string;
  kind: string;
  related: boolean;
  transactions: string[];
  parties: string[];
  officer?: string;
  from: string;
  to: string;
}

/** Holdings and posts as links between ids; on a date, only those in force on [since, until). */
async function tiesOf(dir: string) {
  const rows = [
    ...(await rowsOf(dir, 'equity.csv')).map((e) => ({ a: e.owner_id!, b: e.company_id!, since: e.since ?? '', until: e.until ?? '' })),
    ...(await rowsOf(dir, 'positions.csv')).map((p) => ({ a: p.person_id!, b: p.org_id!, since: p.since ?? '', until: p.until ?? '' })),
  ];
  const reach = (from: string, hops: number, date?: string): Set<string> => {
    const links = new Map<string, Set<string>>();
    for (const r of rows) {
      if (date && ((r.since !== '' && r.since > date) || (r.until !== '' && r.until <= date))) continue;
      if (!links.has(r.a)) links.set(r.a, new Set());
      if (!links.has(r.b)) links.set(r.b, new Set());
      links.get(r.a)!.add(r.b);
      links.get(r.b)!.add(r.a);
    }
    let frontier = new Set([from]);
    const seen = new Set([from]);
    for (let i = 0; i < hops; i++) {
      const next = new Set<string>();
      for (const n of frontier) {
        for (const m of links.get(n) ?? []) {
          if (seen.has(m)) continue;
          seen.add(m);
          next.add(m);
        }
      }
      frontier = next;
    }
    return seen;
  };
  return { reach };
}

/** Unrelated look-alikes: no two parties share an owner or officer, or own one another, on any day they traded. */
async function expectStrangersOnTheirDates(dir: string, alikes: readonly { related: boolean; parties: string[]; transactions: string[] }[]): Promise<void> {
  const { reach } = await tiesOf(dir);
  const dates = new Map((await rowsOf(dir, 'transactions.csv')).map((t) => [t.id!, t.date!]));
  for (const l of alikes.filter((x) => !x.related)) {
    for (const date of new Set(l.transactions.map((id) => dates.get(id)!))) {
      for (const a of l.parties) {
        const direct = reach(a, 2, date);
        for (const b of l.parties) if (a !== b) expect(direct.has(b), `${a} and ${b} share an owner or officer on ${date}`).toBe(false);
      }
    }
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'ip-atlas-generate-'));
  first = join(root, 'a');
  again = join(root, 'b');
  other = join(root, 'c');
  result = await generateBundle({ scale: SCALE, seed: 1, outDir: first });
  await generateBundle({ scale: SCALE, seed: 1, outDir: again });
  await generateBundle({ scale: SCALE, seed: 2, outDir: other });
  // Large enough for every kind of look-alike.
  wide = join(root, 'd');
  await generateBundle({ scale: 0.5, seed: 1, outDir: wide });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('generateBundle', () => {
  it('writes every bundle file with the contract header', async () => {
    const names = await readdir(first);
    for (const spec of BUNDLE_FILES) {
      expect(names).toContain(spec.file);
      const text = await readFile(join(first, spec.file), 'utf8');
      expect(text.slice(0, text.indexOf('\n'))).toBe(headerOf(spec.file).join(','));
    }
    expect(Object.keys(result.files).sort()).toEqual(BUNDLE_FILES.map((f) => f.file).sort());
  });

  it('is deterministic: the same seed gives the same bytes, another seed other data', async () => {
    for (const spec of BUNDLE_FILES) {
      const a = await readFile(join(first, spec.file));
      const b = await readFile(join(again, spec.file));
      expect(a.equals(b), spec.file).toBe(true);
    }
    for (const file of ['planted-chains.json', 'look-alikes.json']) {
      expect(await readFile(join(first, GROUND_TRUTH_DIR, file), 'utf8')).toBe(await readFile(join(again, GROUND_TRUTH_DIR, file), 'utf8'));
    }
    for (const file of ['persons.csv', 'patents.csv', 'transactions.csv', 'equity.csv']) {
      const a = await readFile(join(first, file));
      const c = await readFile(join(other, file));
      expect(a.equals(c), file).toBe(false);
    }
  });

  it('keeps its own promises: references, citation order, holders of every trade, cap tables', async () => {
    expect(await checkBundleInvariants(first)).toEqual([]);
    expect(await checkBundleInvariants(other)).toEqual([]);
  });

  it('reports the row counts it wrote, in the expected ranges for the scale', async () => {
    for (const spec of BUNDLE_FILES) expect(result.files[spec.file], spec.file).toBe((await rowsOf(first, spec.file)).length);
    const n = result.files;
    expect(n['patents.csv']).toBe(1000);
    expect(n['organizations.csv']).toBeGreaterThanOrEqual(60);
    expect(n['organizations.csv']).toBeLessThanOrEqual(120);
    expect(n['persons.csv']).toBeGreaterThanOrEqual(150);
    expect(n['transactions.csv']).toBeGreaterThanOrEqual(200);
    expect(n['transactions.csv']).toBeLessThanOrEqual(450);
    expect(n['inventors.csv']).toBeGreaterThan(n['patents.csv']!);
    expect(n['citations.csv']).toBeGreaterThan(n['patents.csv']!);
    expect(n['policies.csv']).toBeGreaterThanOrEqual(25);
  });

  it('uses every organization kind, coverage dimension and policy link kind', async () => {
    const kinds = new Set((await rowsOf(first, 'organizations.csv')).map((r) => r.kind));
    expect([...kinds].sort()).toEqual(['agency', 'bank', 'enterprise', 'platform', 'research_institute', 'service_org', 'university']);
    const dims = new Set((await rowsOf(first, 'coverage.csv')).map((r) => r.dimension));
    expect([...dims].sort()).toEqual(['industry', 'ipc', 'org', 'org_kind', 'region']);
    // Industries are the standard's major groups, so the UI can name each in English too.
    const industries = new Set((await rowsOf(first, 'organizations.csv')).map((r) => r.industry));
    expect([...industries].filter((i) => !industryByName(i!))).toEqual([]);
    const links = new Set((await rowsOf(first, 'policy_links.csv')).map((r) => r.kind));
    expect([...links].sort()).toEqual(['amends', 'cites', 'implements', 'supersedes']);
    const notice = (await rowsOf(first, 'policies.csv')).find((p) => p.doc_number === '国知发运字〔2021〕22号');
    expect(notice?.issuer_id).toBeTruthy();
    const provisions = (await rowsOf(first, 'provisions.csv')).filter((p) => p.policy_id === notice!.id);
    expect(provisions.filter((p) => p.category !== '职责分工')).toHaveLength(12);
  });

  it('plants chains whose parties are tied together by equity or officers, and look-alikes', async () => {
    const planted = (await truth(first, 'planted-chains.json')).chains as { patterns: string[]; transactions: string[]; parties: string[] }[];
    const alikes = (await truth(first, 'look-alikes.json')).items as LookAlikeTruth[];
    expect(planted.length).toBeGreaterThanOrEqual(3);
    expect(alikes.length).toBeGreaterThanOrEqual(3);

    const { reach } = await tiesOf(first);
    for (const c of planted) {
      // Within a group every company is a few ownership or officer steps from every other.
      const near = reach(c.parties[0]!, 6);
      for (const p of c.parties) expect(near.has(p), `${p} of ${c.transactions[0]}`).toBe(true);
    }
    await expectStrangersOnTheirDates(first, alikes);
  });

  it('plants harder look-alikes: slow related chains, strangers\' quick escalations, an officer who left', async () => {
    const alikes = (await truth(wide, 'look-alikes.json')).items as LookAlikeTruth[];
    const kinds = new Set(alikes.map((l) => l.kind));
    for (const k of ['related_ordinary_chain', 'unrelated_rapid_escalation', 'ended_officer']) expect(kinds, k).toContain(k);
    const trades = new Map((await rowsOf(wide, 'transactions.csv')).map((t) => [t.id!, t]));
    const tradesOf = (l: LookAlikeTruth) => l.transactions.map((id) => trades.get(id)!);
    const days = (a: string, b: string): number => (Date.parse(b) - Date.parse(a)) / 86_400_000;
    const owners = new Map<string, string[]>();
    for (const e of await rowsOf(wide, 'equity.csv')) owners.set(e.company_id!, [...(owners.get(e.company_id!) ?? []), e.owner_id!]);

    for (const l of alikes.filter((x) => x.kind === 'related_ordinary_chain')) {
      const all = tradesOf(l);
      const moves = all.filter((t) => t.kind === 'assignment');
      expect(moves.length).toBeGreaterThanOrEqual(3);
      expect(all[all.length - 1]!.kind).toBe('pledge');
      const first = moves[0]!.from_id!;
      for (let i = 0; i < moves.length; i++) {
        expect(moves[i]!.to_id, 'never back to the first seller or its owner').not.toBe(first);
        expect(owners.get(first) ?? []).not.toContain(moves[i]!.to_id);
        if (i > 0) expect(days(moves[i - 1]!.date!, moves[i]!.date!)).toBeGreaterThanOrEqual(150);
        for (let j = i + 1; j < moves.length; j++) {
          if (days(moves[i]!.date!, moves[j]!.date!) <= 365) expect(Number(moves[j]!.amount_cny) / Number(moves[i]!.amount_cny)).toBeLessThan(3);
        }
      }
    }
    for (const l of alikes.filter((x) => x.kind === 'unrelated_rapid_escalation')) {
      const all = tradesOf(l);
      const moves = all.filter((t) => t.kind === 'assignment');
      const run = moves.slice(l.related ? 1 : 0);
      expect(run.length).toBeGreaterThanOrEqual(3);
      expect(days(run[0]!.date!, run[run.length - 1]!.date!)).toBeLessThanOrEqual(180);
      expect(Number(run[run.length - 1]!.amount_cny) / Number(run[0]!.amount_cny)).toBeGreaterThanOrEqual(3);
      if (l.related) expect(days(moves[0]!.date!, run[0]!.date!), 'an ordinary holding before the quick resales').toBeGreaterThan(180);
    }
    const posts = await rowsOf(wide, 'positions.csv');
    for (const l of alikes.filter((x) => x.kind === 'ended_officer')) {
      const held = posts.filter((p) => p.person_id === l.officer && l.parties.includes(p.org_id!));
      expect(new Set(held.map((p) => p.org_id)).size, `${l.officer} sits at two parties of ${l.id}`).toBe(2);
      expect(held.some((p) => p.until !== '') || held.some((p) => p.since! > l.to)).toBe(true);
    }
    await expectStrangersOnTheirDates(wide, alikes);
    // After the group's own transfer, the quick resales are among strangers too.
    const resold = alikes.filter((l) => l.kind === 'unrelated_rapid_escalation' && l.related);
    await expectStrangersOnTheirDates(wide, resold.map((l) => ({ related: false, parties: l.parties.slice(1), transactions: l.transactions.slice(1) })));
  });

  it('gives planted trades nothing in the CSV that sets them apart', async () => {
    const planted = (await truth(first, 'planted-chains.json')).chains as { transactions: string[] }[];
    const ids = new Set(planted.flatMap((c) => c.transactions));
    const trades = await rowsOf(first, 'transactions.csv');
    // Ids follow date order, so planted ones are interleaved with the rest rather than in a block.
    const positions = trades.map((t, i) => (ids.has(t.id!) ? i : -1)).filter((i) => i >= 0);
    expect(positions.length).toBe(ids.size);
    for (let i = 1; i < trades.length; i++) expect(trades[i]!.date! >= trades[i - 1]!.date!).toBe(true);
    const amounts = trades.filter((t) => t.amount_cny !== '').map((t) => Number(t.amount_cny));
    for (const a of amounts) expect(Number(a.toPrecision(3))).toBe(a);
  });
});
