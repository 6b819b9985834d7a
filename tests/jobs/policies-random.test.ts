import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { generateBundle } from '../../seed/generate/index.ts';
import { importBundle } from '../../seed/import/index.ts';
import type { Graph } from '../../graph/driver.ts';
import { namespaceBundle } from '../helpers/namespace-bundle.ts';
import { testGraph, uniquePrefix } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type GraphQLResponse, type TestApi } from '../api/helpers/api-server.ts';

// The API's coverage answers against the rules of DESIGN.md computed here, in plain TypeScript,
// from the bundle's CSV files alone: holders from applicants and assignments, regions from the
// region tree, validity from the policy dates (a superseded policy stops when its successor starts).

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
const temp = mkdtempSync(join(tmpdir(), 'ipatlas-policies-random-'));
const dir = join(temp, 'bundle');
const p = uniquePrefix('polrand');
let api: TestApi;

type Rec = Record<string, string>;
const csv = (file: string): Rec[] => parse(readFileSync(join(dir, file), 'utf8'), { columns: true, skip_empty_lines: true }) as Rec[];
const list = (cell: string | undefined) => (cell ?? '').split(';').map((s) => s.trim()).filter(Boolean);

/** "h01m10/52" → "H01M 10/52"; a group without subgroup stays "H01M 10". */
function normIpc(raw: string): string {
  const v = raw.trim().toUpperCase().replace(/\s+/g, '');
  const m = /^([A-H]\d\d[A-Z])0*(\d+)(\/\d+)?$/.exec(v);
  return m ? `${m[1]} ${m[2]}${m[3] ?? ''}` : v;
}
function underPrefix(symbol: string, prefix: string): boolean {
  if (symbol === prefix) return true;
  const group = /^([A-H]\d\d[A-Z] \d+)(\/0+)?$/.exec(prefix);
  return symbol.startsWith(group ? `${group[1]}/` : prefix);
}

interface Scope {
  policy: string;
  scope: string;
  region: string[];
  org_kind: string[];
  industry: string[];
  ipc: string[];
  org: string[];
}

let orgs: Rec[] = [];
const parentOf = new Map<string, string>();
const filed = new Map<string, string>();
const ipcOf = new Map<string, string[]>();
const applicants = new Map<string, string[]>();
const assignments = new Map<string, { date: string; to: string; seq: number }[]>();
const policies = new Map<string, { effective: string; expires: string }>();
const supersededBy = new Map<string, string[]>();
const scopes: Scope[] = [];

function regionsOf(code: string): Set<string> {
  const out = new Set<string>();
  for (let c: string | undefined = code; c && !out.has(c); c = parentOf.get(c)) out.add(c);
  return out;
}

function holderOn(patent: string, date: string): string[] {
  const f = filed.get(patent);
  if (!f || date < f) return [];
  const done = (assignments.get(patent) ?? []).filter((a) => a.date <= date);
  if (done.length === 0) return applicants.get(patent) ?? [];
  done.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.seq - b.seq));
  return [done.at(-1)!.to];
}

let heldBy = new Map<string, string[]>();
function patentsHeld(actor: string, date: string): string[] {
  return (heldBy.get(actor) ?? []).filter((pt) => holderOn(pt, date).includes(actor));
}

function inForce(policy: string, date: string): boolean {
  const pol = policies.get(policy)!;
  if (date < pol.effective || (pol.expires !== '' && date >= pol.expires)) return false;
  return !(supersededBy.get(policy) ?? []).some((n) => policies.get(n)!.effective <= date);
}

/** policy id → matched scopes, for one organization on one date. */
function expected(org: Rec, date: string): Map<string, string[]> {
  const regions = regionsOf(org.region_code ?? '');
  const held = patentsHeld(org.id!, date);
  const out = new Map<string, string[]>();
  for (const s of scopes) {
    if (!inForce(s.policy, date)) continue;
    const ok =
      s.region.every((r) => regions.has(r)) &&
      s.org_kind.every((k) => k === org.kind) &&
      s.industry.every((i) => i === (org.industry ?? '').trim()) &&
      s.org.every((o) => o === org.id) &&
      s.ipc.every((pre) => held.some((pt) => (ipcOf.get(pt) ?? []).some((sym) => underPrefix(sym, pre))));
    if (ok) out.set(s.policy, [...(out.get(s.policy) ?? []), s.scope]);
  }
  for (const v of out.values()) v.sort();
  return out;
}

// A deterministic stream of choices, so a failure can be replayed.
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

beforeAll(async () => {
  const raw = join(temp, 'raw');
  await generateBundle({ scale: 0.05, seed: 11, outDir: raw });
  await namespaceBundle(raw, dir, p);
  await importBundle({ graph: writer, dir });
  api = await startTestApi(graph);

  orgs = csv('organizations.csv');
  for (const r of csv('regions.csv')) if (r.parent_code) parentOf.set(r.code!, r.parent_code);
  for (const r of csv('patents.csv')) {
    filed.set(r.id!, r.filed ?? '');
    ipcOf.set(r.id!, list(r.ipc).map(normIpc));
  }
  heldBy = new Map();
  const addHeld = (actor: string, pt: string) => (heldBy.get(actor) ?? heldBy.set(actor, []).get(actor)!).push(pt);
  for (const r of csv('applicants.csv')) {
    (applicants.get(r.patent_id!) ?? applicants.set(r.patent_id!, []).get(r.patent_id!)!).push(r.holder_id!);
    addHeld(r.holder_id!, r.patent_id!);
  }
  csv('transactions.csv').forEach((t, seq) => {
    if (t.kind !== 'assignment') return;
    for (const pt of list(t.patent_ids)) {
      (assignments.get(pt) ?? assignments.set(pt, []).get(pt)!).push({ date: t.date!, to: t.to_id!, seq });
      addHeld(t.to_id!, pt);
    }
  });
  for (const [k, v] of heldBy) heldBy.set(k, [...new Set(v)]);
  for (const r of csv('policies.csv')) policies.set(r.id!, { effective: r.effective || r.issued!, expires: r.expires ?? '' });
  for (const l of csv('policy_links.csv')) if (l.kind === 'supersedes') (supersededBy.get(l.to_id!) ?? supersededBy.set(l.to_id!, []).get(l.to_id!)!).push(l.from_id!);
  const byScope = new Map<string, Scope>();
  for (const c of csv('coverage.csv')) {
    const key = `${c.policy_id}#${c.scope}`;
    let s = byScope.get(key);
    if (!s) byScope.set(key, (s = { policy: c.policy_id!, scope: c.scope!, region: [], org_kind: [], industry: [], ipc: [], org: [] }));
    const value = c.dimension === 'ipc' ? normIpc(c.value!) : c.value!.trim();
    s[c.dimension as 'region' | 'org_kind' | 'industry' | 'ipc' | 'org'].push(value);
  }
  scopes.push(...byScope.values());
}, 600_000);

afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
  rmSync(temp, { recursive: true, force: true });
});

interface Page {
  totalCount: number;
  edges: { node: { id: string } }[];
  pageInfo: { endCursor: string; hasNextPage: boolean };
}

const COVERING = /* GraphQL */ `
  query Covering($actorId: ID!, $asOf: Date) {
    policiesCovering(actorId: $actorId, asOf: $asOf) { policy { id } scopes }
  }
`;

function randomDate(rnd: () => number): string {
  const from = Date.UTC(2016, 0, 1);
  const to = Date.UTC(2027, 11, 31);
  return new Date(from + Math.floor(rnd() * ((to - from) / 86_400_000)) * 86_400_000).toISOString().slice(0, 10);
}

describe('coverage on generated data', () => {
  it('policiesCovering equals an independent computation for 300 random (actor, date) pairs', async () => {
    const rnd = mulberry32(2021);
    // Half the actors are drawn from those that hold patents, so IPC scopes get exercised.
    const holders = orgs.filter((o) => (heldBy.get(o.id!) ?? []).length > 0);
    let covered = 0;
    let viaIpc = 0;
    for (let i = 0; i < 300; i++) {
      const pool = i % 2 === 0 && holders.length > 0 ? holders : orgs;
      const org = pool[Math.floor(rnd() * pool.length)]!;
      const date = randomDate(rnd);
      const r = await api.gql<{ policiesCovering: { policy: { id: string }; scopes: string[] }[] }>(COVERING, { actorId: org.id, asOf: date });
      expect(r.errors, `${org.id} on ${date}`).toBeUndefined();
      const got = Object.fromEntries(
        r.data!.policiesCovering.filter((c) => c.policy.id.startsWith(p)).map((c) => [c.policy.id, [...c.scopes].sort()]),
      );
      const want = Object.fromEntries(expected(org, date));
      expect(got, `${org.id} on ${date}`).toEqual(want);
      if (Object.keys(want).length > 0) covered++;
      if (scopes.some((s) => s.ipc.length > 0 && want[s.policy]?.includes(s.scope))) viaIpc++;
    }
    // The sample must exercise the rules, not just agree on empty answers.
    expect(covered).toBeGreaterThan(100);
    expect(viaIpc).toBeGreaterThan(5);
  }, 600_000);

  it('actorsCoveredBy lists exactly the organizations the rules give, page after page', async () => {
    const rnd = mulberry32(22);
    const country = `${p}CN`;
    const ids = [...policies.keys()].sort();
    const QUERY = /* GraphQL */ `
      query Covered($policyId: ID!, $region: ID, $asOf: Date, $after: String, $inc: Boolean) {
        actorsCoveredBy(policyId: $policyId, region: $region, asOf: $asOf, first: 200, after: $after, includeImplementing: $inc) {
          totalCount edges { node { id } via } pageInfo { endCursor hasNextPage }
        }
      }
    `;
    const implementers = (root: string): Set<string> => {
      const out = new Set([root]);
      const links = csv('policy_links.csv').filter((l) => l.kind === 'implements');
      for (let grew = true; grew; ) {
        grew = false;
        for (const l of links) {
          if (!out.has(l.to_id!) || out.has(l.from_id!)) continue;
          out.add(l.from_id!);
          grew = true;
        }
      }
      return out;
    };
    let nonEmpty = 0;
    let onlyIpc = 0;
    for (let i = 0; i < 12; i++) {
      // The notice first (nationwide, with provincial and municipal policies implementing it), then random ones.
      const policy = i < 2 ? `${p}POL-0003` : ids[Math.floor(rnd() * ids.length)]!;
      const date = ['2022-06-30', '2024-03-15', '2019-06-01', '2025-12-31'][i % 4]!;
      const inc = i % 2 === 1;
      const reach = inc ? implementers(policy) : new Set([policy]);
      // Regions of this bundle only: other test files' policies and actors share the database.
      const reached = orgs
        .filter((o) => regionsOf(o.region_code ?? '').has(country))
        .map((o) => ({ o, matched: [...expected(o, date)].filter(([k]) => reach.has(k)) }))
        .filter((r) => r.matched.length > 0);
      const want = reached.map((r) => r.o.id!).sort();
      const isIpc = (policy: string, scope: string) => scopes.some((s) => s.policy === policy && s.scope === scope && s.ipc.length > 0);
      // Organizations only an IPC scope reaches: the holdings on the date decide them.
      onlyIpc += reached.filter((r) => r.matched.every(([k, ss]) => ss.every((sc) => isIpc(k, sc)))).length;
      const got: string[] = [];
      let after: string | null = null;
      let total = -1;
      for (;;) {
        const r: GraphQLResponse<{ actorsCoveredBy: Page }> = await api.gql<{ actorsCoveredBy: Page }>(
          QUERY,
          { policyId: policy, region: country, asOf: date, after, inc },
        );
        expect(r.errors).toBeUndefined();
        const c: Page = r.data!.actorsCoveredBy;
        total = c.totalCount;
        got.push(...c.edges.map((e) => e.node.id));
        if (!c.pageInfo.hasNextPage) break;
        after = c.pageInfo.endCursor;
      }
      expect(got, `${policy} on ${date}${inc ? ' with implementing policies' : ''}`).toEqual(want);
      expect(total).toBe(want.length);
      if (want.length > 0) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(3);
    expect(onlyIpc).toBeGreaterThan(0);
  }, 600_000);
});
