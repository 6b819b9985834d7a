import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { startTestApi, testApiGraph, type TestApi } from '../api/helpers/api-server.ts';
import { importRows } from '../api/helpers/fixtures.ts';
import { testGraph } from '../helpers/graph.ts';

// The related-party monitor over HTTP on a small handmade graph: one group (a controller holding
// G, which holds A, B and C), strangers, a shareholder who sold out, a shared director, and one
// patent per pattern.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';

const org = (id: string, kind = 'enterprise', region = 'R-A') => ({ id, kind, name: `${id}公司`, name_en: `${id} Ltd`, region_code: region });
const patent = (id: string) => ({ id, title: `专利${id}`, kind: 'invention', filed: '2015-01-01' });
const tx = (id: string, kind: string, pat: string, from: string, to: string, date: string, amount = '', platform = '') => ({
  id, kind, patent_ids: pat, from_id: from, to_id: to, date, amount_cny: amount, license_type: kind === 'license' ? 'ordinary' : '', platform_id: platform, registration_no: '',
});

beforeAll(async () => {
  p = await importRows(writer, 'rpc', {
    'regions.csv': [
      { code: 'R', name: '国', name_en: 'Country', level: 'country', parent_code: '' },
      { code: 'R-A', name: '甲省', name_en: 'Province A', level: 'province', parent_code: 'R' },
      { code: 'R-B', name: '乙省', name_en: 'Province B', level: 'province', parent_code: 'R' },
    ],
    'organizations.csv': [
      ...['G', 'A', 'B', 'C', 'S1', 'S2', 'D1', 'D2'].map((id) => org(id)),
      ...['X', 'Y', 'Z', 'W'].map((id) => org(id, 'enterprise', 'R-B')),
      org('BANK', 'bank'),
      org('PL', 'platform'),
    ],
    'persons.csv': ['CTRL', 'OLD', 'DIR'].map((id) => ({ id, name: `${id}先生`, name_en: `Mr ${id}` })),
    'patents.csv': ['PT1', 'PT2', 'PT3', 'PT4', 'PT5', 'PT6', 'PT7'].map(patent),
    'applicants.csv': [
      { patent_id: 'PT1', holder_id: 'A', seq: '1' },
      { patent_id: 'PT2', holder_id: 'A', seq: '1' },
      { patent_id: 'PT3', holder_id: 'X', seq: '1' },
      { patent_id: 'PT4', holder_id: 'S1', seq: '1' },
      { patent_id: 'PT5', holder_id: 'S1', seq: '1' },
      { patent_id: 'PT6', holder_id: 'D1', seq: '1' },
      { patent_id: 'PT7', holder_id: 'A', seq: '1' },
    ],
    'equity.csv': [
      { owner_id: 'CTRL', company_id: 'G', share: '0.8', since: '2010-01-01' },
      { owner_id: 'G', company_id: 'A', share: '0.6', since: '2010-01-01' },
      { owner_id: 'G', company_id: 'B', share: '0.7', since: '2010-01-01' },
      { owner_id: 'G', company_id: 'C', share: '1', since: '2010-01-01' },
      { owner_id: 'OLD', company_id: 'S1', share: '0.6', since: '2015-01-01', until: '2019-01-01' },
      { owner_id: 'OLD', company_id: 'S2', share: '0.6', since: '2015-01-01' },
    ],
    'positions.csv': [
      { person_id: 'DIR', org_id: 'D1', role: 'director', since: '2012-01-01' },
      { person_id: 'DIR', org_id: 'D2', role: 'legal_representative', since: '2012-01-01' },
    ],
    'transactions.csv': [
      tx('T1a', 'assignment', 'PT1', 'A', 'B', '2021-01-10', '200000'),
      tx('T1b', 'assignment', 'PT1', 'B', 'A', '2021-04-10', '210000'),
      tx('T2a', 'assignment', 'PT2', 'A', 'B', '2021-01-01', '100000'),
      tx('T2b', 'assignment', 'PT2', 'B', 'C', '2021-04-01', '500000'),
      tx('T2c', 'pledge', 'PT2', 'C', 'BANK', '2021-05-01', '450000'),
      tx('T3a', 'assignment', 'PT3', 'X', 'Y', '2021-01-01', '100000'),
      tx('T3b', 'assignment', 'PT3', 'Y', 'Z', '2021-02-15', '120000'),
      tx('T3c', 'assignment', 'PT3', 'Z', 'W', '2021-04-20', '130000'),
      tx('T4', 'assignment', 'PT4', 'S1', 'S2', '2020-06-01', '80000'),
      tx('T5', 'assignment', 'PT5', 'S1', 'S2', '2018-06-01', '80000'),
      tx('T6a', 'license', 'PT6', 'D1', 'D2', '2021-02-01', '30000', 'PL'),
      tx('T6b', 'license', 'PT6', 'D1', 'D2', '2021-03-01', '30000', 'PL'),
      tx('T7', 'assignment', 'PT7', 'A', 'C', '2021-06-01', '150000'),
    ],
  });
  api = await startTestApi(graph);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
});

interface Chain {
  id: string;
  risk: number;
  rules: string[];
  hits: { rule: string; numbers: Record<string, unknown>; transactions: string[] }[];
  riskParts: { rule: string; score: number; factor: number }[];
  transactions: { id: string; relation: string | null }[];
  parties: { id: string; place: string | null; placeEn: string | null }[];
  relations: { kind: string; via: string | null; ownership: { owner: string; company: string; until: string | null }[]; offices: { person: string }[] }[];
  reason: string;
  reasonZh: string;
  evidence: { nodes: { id: string }[]; edges: { id: string; type: string; source: string; target: string }[] };
}

const FIELDS = `id risk rules hits { rule numbers transactions } riskParts { rule score factor } transactions { id relation } parties { id place placeEn }
  relations { kind via ownership { owner company until } offices { person } } reason reasonZh evidence { nodes { id } edges { id type source target } }`;

async function chains(args: string, vars: Record<string, unknown> = {}): Promise<Chain[]> {
  const types: Record<string, string> = { h: 'ID', region: 'String', rules: '[String!]', after: 'String' };
  const decl = Object.keys(vars).map((k) => `$${k}: ${types[k]}`).join(', ');
  const r = await api.gql<{ relatedPartyChains: Chain[] }>(`query${decl ? `(${decl})` : ''} { relatedPartyChains(${args}) { ${FIELDS} } }`, vars);
  expect(r.errors).toBeUndefined();
  return r.data!.relatedPartyChains;
}

const byPatent = (list: Chain[], pt: string): Chain | undefined => list.find((c) => c.id.startsWith(`${p}${pt}~`));

describe('relatedPartyChains for one holder', () => {
  it('flags a round trip, and an escalation with a pledge soon after, above a plain related transfer', async () => {
    const list = await chains('holderId: $h', { h: `${p}A` });
    const round = byPatent(list, 'PT1')!;
    expect(round.rules).toEqual(['related_party_trade', 'round_trip']);
    expect(round.hits.find((h) => h.rule === 'round_trip')!.numbers).toMatchObject({ days: 90, transfers: 2, returnedTo: `${p}A` });
    const esc = byPatent(list, 'PT2')!;
    expect(esc.rules).toEqual(['related_party_trade', 'price_escalation', 'escalation_pledge']);
    expect(esc.hits.find((h) => h.rule === 'price_escalation')!.numbers).toMatchObject({ ratio: 5, firstAmount: 100000, lastAmount: 500000 });
    expect(esc.hits.find((h) => h.rule === 'escalation_pledge')!.numbers).toMatchObject({ days: 30, pledgee: `${p}BANK` });
    expect(esc.transactions.map((t) => t.id)).toEqual([`${p}T2a`, `${p}T2b`, `${p}T2c`]);
    const plain = byPatent(list, 'PT7')!;
    expect(plain.rules).toEqual(['related_party_trade']);
    expect(list.indexOf(plain)).toBeGreaterThan(Math.max(list.indexOf(round), list.indexOf(esc)));
    expect(list.map((c) => c.risk)).toEqual([...list.map((c) => c.risk)].sort((a, b) => b - a));
  });

  it('proves relatedness with the ownership chain up to the common controller, drawn in the evidence', async () => {
    const esc = byPatent(await chains('holderId: $h', { h: `${p}A` }), 'PT2')!;
    const rel = esc.relations.find((r) => r.kind === 'common_controller')!;
    expect(rel.via).toBe(`${p}G`);
    expect(rel.ownership.map((l) => `${l.owner}>${l.company}`).sort()).toEqual([`${p}G>${p}A`, `${p}G>${p}B`]);
    const ids = esc.evidence.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining([`${p}T2a`, `${p}A`, `${p}B`, `${p}C`, `${p}G`, `${p}BANK`, `${p}PT2`]));
    expect(esc.evidence.edges.filter((e) => e.type === 'OWNS').map((e) => `${e.source}>${e.target}`)).toEqual(expect.arrayContaining([`${p}G>${p}A`, `${p}G>${p}B`]));
    expect(esc.reason).toMatch(/price ×5/);
    expect(esc.reasonZh).toMatch(/质押/);
  });

  it('relates parties on the date of the trade: a shareholder who sold out no longer ties them', async () => {
    const list = await chains('holderId: $h', { h: `${p}S1` });
    expect(byPatent(list, 'PT4')).toBeUndefined();
    const before = byPatent(list, 'PT5')!;
    expect(before.rules).toEqual(['related_party_trade']);
    expect(before.relations[0]).toMatchObject({ kind: 'common_controller', via: `${p}OLD` });
    expect(before.relations[0]!.ownership.find((l) => l.company === `${p}S1`)!.until).toBe('2019-01-01');
  });

  it('flags licences between companies sharing a director, through the same platform', async () => {
    const c = byPatent(await chains('holderId: $h', { h: `${p}D2` }), 'PT6')!;
    expect(c.rules).toEqual(['related_party_trade', 'same_platform']);
    expect(c.relations[0]).toMatchObject({ kind: 'shared_officer', via: `${p}DIR` });
    expect(c.hits.find((h) => h.rule === 'same_platform')!.numbers).toMatchObject({ platform: `${p}PL`, trades: 2 });
    expect(c.evidence.edges.filter((e) => e.type === 'OFFICER_OF').map((e) => e.target).sort()).toEqual([`${p}D1`, `${p}D2`]);
  });

  it('weighs rapid flips between strangers down and ranks them below the related patterns', async () => {
    const flips = byPatent(await chains('holderId: $h', { h: `${p}Y` }), 'PT3')!;
    expect(flips.rules).toEqual(['rapid_flip']);
    expect(flips.riskParts[0]!.factor).toBeLessThan(1);
    const related = await chains('holderId: $h', { h: `${p}A` });
    for (const c of related.filter((x) => x.rules.length > 1)) expect(c.risk).toBeGreaterThan(flips.risk);
  });
});

describe('relatedPartyChains over the whole graph', () => {
  it('filters by region, rule and risk, and pages with cursors', async () => {
    const mine = await chains('region: $region, first: 20', { region: `${p}R-A` });
    expect(mine.map((c) => c.id.split('~')[0]).sort()).toEqual(['PT1', 'PT2', 'PT5', 'PT6', 'PT7'].map((x) => p + x));
    // Where a party is reads in words: the province's name, never its code (the country is left out).
    const parties = mine.flatMap((c) => c.parties);
    expect(parties.find((x) => x.id === `${p}A`)).toMatchObject({ place: '甲省', placeEn: 'Province A' });
    const flips = await chains('region: $region, rules: $rules', { region: `${p}R`, rules: ['rapid_flip'] });
    expect(flips.map((c) => c.id)).toEqual([`${p}PT3~${p}T3a`]);
    const page = await api.gql<{ relatedPartyChainPage: { totalCount: number; hasNextPage: boolean; endCursor: string; chains: { id: string }[] } }>(
      `query($region: String) { relatedPartyChainPage(region: $region, first: 2) { totalCount hasNextPage endCursor chains { id } } }`,
      { region: `${p}R-A` },
    );
    const first = page.data!.relatedPartyChainPage;
    expect(first).toMatchObject({ totalCount: 5, hasNextPage: true });
    const next = await chains('region: $region, first: 20, after: $after', { region: `${p}R-A`, after: first.endCursor });
    expect([...first.chains.map((c) => c.id), ...next.map((c) => c.id)]).toEqual(mine.map((c) => c.id));
    const risky = await chains('region: $region, minRisk: 0.5', { region: `${p}R-A` });
    expect(risky.length).toBeGreaterThan(0);
    expect(risky.every((c) => c.risk >= 0.5)).toBe(true);
    expect(risky.length).toBeLessThan(mine.length);
  });

  it('rebuilds one chain by id for the evidence report', async () => {
    const id = `${p}PT2~${p}T2a`;
    const r = await api.gql<{ relatedPartyChain: Chain | null }>(`query($id: ID!) { relatedPartyChain(id: $id) { ${FIELDS} } }`, { id });
    expect(r.data!.relatedPartyChain).toMatchObject({ id, rules: ['related_party_trade', 'price_escalation', 'escalation_pledge'] });
    const none = await api.gql<{ relatedPartyChain: Chain | null }>(`query($id: ID!) { relatedPartyChain(id: $id) { id } }`, { id: `${p}PT3~${p}T3b` });
    expect(none.data!.relatedPartyChain).toBeNull();
  });

  it('refuses bad arguments, naming them', async () => {
    const cases: [string, string][] = [
      ['relatedPartyChains(minRisk: 2) { id }', 'minRisk'],
      ['relatedPartyChains(rules: ["nope"]) { id }', 'rules'],
      ['relatedPartyChains(first: 0) { id }', 'first'],
      ['relatedPartyChains(since: "2021-05-01", until: "2021-01-01") { id }', 'until'],
      ['relatedPartyChains(after: "zzz") { id }', 'after'],
    ];
    for (const [q, argument] of cases) {
      const r = await api.gql(`{ ${q} }`);
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
    const missing = await api.gql(`{ relatedPartyChains(holderId: "${p}NOBODY") { id } }`);
    expect(missing.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'holderId' });
  });
});
