import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import type { BundleRow } from '../fixtures/small-bundle.ts';
import { ROLE_TOKENS } from '../helpers/auth-file.ts';
import { startRolesApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { importSmallBundle } from './helpers/fixtures.ts';

// Search puts first the holder people mean, not a namesake whose name the words fit a little
// better: names as registries hold them (a company and a one-patent namesake, as PatentsView's
// "General Electric Company" with 23 961 patents and "General Electric" with 137), each led by a
// made-up word of this run so no other bundle in the shared database matches.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';
const word = `Qx${Math.random().toString(36).slice(2, 8).replace(/\d/g, 'k')}`;

const org = (id: string, name: string, kind = 'enterprise'): BundleRow => ({ id, kind, name, name_en: name, region_code: 'CN-GD-SZ', industry: '', founded: '', credit_code: '' });
/** `n` patents held by `holder`, titled so that no search here finds them by title. */
function patentsOf(holder: string, n: number, from: number): { patents: BundleRow[]; applicants: BundleRow[] } {
  const ids = Array.from({ length: n }, (_, i) => `CN12${String(from + i).padStart(7, '0')}A`);
  return {
    patents: ids.map((id, i) => ({ id, title: `一种数据处理方法 ${i}`, title_en: `Data processing method ${i}`, kind: 'invention', filed: `2020-0${1 + (i % 9)}-01` })),
    applicants: ids.map((id) => ({ patent_id: id, holder_id: holder, seq: '1' })),
  };
}

const HOLDERS: [BundleRow, number][] = [
  [org('ORG-GE', `${word} Electric Company`), 40],
  [org('ORG-GE-X', `${word} Electric`), 2],
  [org('ORG-GE-MED', `${word} Electric Medical Systems`), 1],
  [org('ORG-MOTO', `${word}rola, Inc.`), 30],
  [org('ORG-MOTO-X', `${word}rola Automobile`), 1],
  [org('ORG-ZH', '龘爨电子股份有限公司'), 25],
  [org('ORG-ZH-X', '龘爨电子配件店'), 1],
];

const HIDDEN_LINKS = Array.from({ length: 15 }, (_, i) => i);

beforeAll(async () => {
  const held = HOLDERS.map(([o, n], i) => patentsOf(o.id!, n, i * 100));
  p = await importSmallBundle(writer, 'ranking', {
    'organizations.csv': HOLDERS.map(([o]) => o),
    'patents.csv': held.flatMap((h) => h.patents),
    'applicants.csv': held.flatMap((h) => h.applicants),
    // One of its patents sold: still a patent it held, and a trade.
    'transactions.csv': [{ id: 'TX-GE-1', kind: 'assignment', patent_ids: held[0]!.patents[0]!.id!, from_id: 'ORG-GE', to_id: 'ORG-E1', date: '2024-01-15', amount_cny: '100000' }],
    // The namesake with 30 shareholders and officers, hidden below supervisor: none may lift it.
    'persons.csv': HIDDEN_LINKS.map((i) => ({ id: `PER-R${i}`, name: `股东${i}`, name_en: `Holder ${i}` })),
    'equity.csv': HIDDEN_LINKS.map((i) => ({ owner_id: `PER-R${i}`, company_id: 'ORG-GE-X', share: '0.01', since: '2020-01-01' })),
    'positions.csv': HIDDEN_LINKS.map((i) => ({ person_id: `PER-R${i}`, org_id: 'ORG-GE-X', role: 'director', since: '2020-01-01' })),
  });
  api = await startRolesApi(graph);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
});

interface Hit {
  id: string;
  score: number;
  importance: number | null;
  matchedBy: string;
}

async function search(text: string, kinds?: string[], role: keyof typeof ROLE_TOKENS = 'supervisor'): Promise<Hit[]> {
  const r = await api.gqlAs<{ search: Hit[] }>(ROLE_TOKENS[role], 'query S($text: String!, $kinds: [String!]) { search(text: $text, kinds: $kinds, first: 20) { id score importance matchedBy } }', { text, kinds });
  expect(r.errors).toBeUndefined();
  return r.data!.search;
}

/** This run's organizations, in the order found, ids without the prefix. */
const orgs = (hits: Hit[]) => hits.filter((h) => h.id.startsWith(`${p}ORG-`)).map((h) => h.id.slice(p.length));

describe('search ranks', () => {
  it('the holder people mean above a namesake whose name fits the words more closely', async () => {
    for (const kinds of [undefined, ['organization'], ['enterprise']]) {
      const hits = await search(`${word} Electric`, kinds);
      expect(orgs(hits).slice(0, 2), String(kinds)).toEqual(['ORG-GE', 'ORG-GE-X']);
      // Lucene alone ranks the namesake first: the weight is what turns them round.
      const score = (id: string) => hits.find((h) => h.id === `${p}${id}`)!.score;
      expect(score('ORG-GE-X')).toBeGreaterThan(score('ORG-GE'));
      expect(orgs(await search(`${word}rola`, kinds))[0]).toBe('ORG-MOTO');
      expect(orgs(await search('龘爨电子', kinds))[0]).toBe('ORG-ZH');
    }
  });

  it('a far better match above an important holder: the whole name of a small one brings it first', async () => {
    expect(orgs(await search(`${word} Electric Medical Systems`))[0]).toBe('ORG-GE-MED');
    expect(orgs(await search(`${word}rola Automobile`))[0]).toBe('ORG-MOTO-X');
    expect(orgs(await search('龘爨电子配件店'))[0]).toBe('ORG-ZH-X');
  });

  it('each hit with the importance it was weighed with: patents held (now or before) and trades', async () => {
    const hits = await search(`${word} Electric`, ['organization']);
    const of = (id: string) => hits.find((h) => h.id === `${p}${id}`)!.importance;
    expect(of('ORG-GE')).toBe(40 + 1);
    expect(of('ORG-GE-X')).toBe(2);
  });

  it('the same for every role, with nothing hidden from a role counted', async () => {
    // ORG-GE-X's 15 shareholders and 15 officers (hidden below supervisor) count for no role.
    for (const role of ['viewer', 'analyst', 'supervisor'] as const) {
      const hits = await search(`${word} Electric`, ['organization'], role);
      expect(orgs(hits).slice(0, 2), role).toEqual(['ORG-GE', 'ORG-GE-X']);
      expect(hits.find((h) => h.id === `${p}ORG-GE-X`)!.importance, role).toBe(2);
    }
  });

  it("patents by their holder's name: the meant holder's first", async () => {
    const hits = (await search(`${word} Electric`, ['patent'])).filter((h) => h.matchedBy === 'HOLDER');
    expect(hits.length).toBeGreaterThan(0);
    const first = hits[0]!.id.slice(p.length);
    expect(first.startsWith('CN12')).toBe(true);
    // ORG-GE's patents are numbered from 0, its namesake's from 100.
    expect(Number(first.slice(4, 11))).toBeLessThan(100);
  });
});
