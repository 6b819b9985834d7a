import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { importSmallBundle, uniqueHan } from './helpers/fixtures.ts';

// search and entity over HTTP, checked against the rows this file imported (the small bundle
// under its own id prefix, plus two patents whose titles only this file's searches can match).

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';
const han = uniqueHan(3);
const latin = `zq${Math.random().toString(36).slice(2, 8).replace(/\d/g, 'x')}`;

beforeAll(async () => {
  p = await importSmallBundle(writer, 'search', {
    'patents.csv': [
      { id: 'CN119000010A', title: `${han}一种锂离子电池隔膜`, title_en: `${latin}ometer separator for lithium-ion batteries`, kind: 'invention', ipc: 'H01M 50/409', filed: '2022-05-01' },
      { id: 'CN119000011A', title: `${han}电池管理系统`, title_en: `Battery management system ${latin}`, kind: 'invention', ipc: 'H01M 10/42', filed: '2022-06-01' },
    ],
    'applicants.csv': [
      { patent_id: 'CN119000010A', holder_id: 'ORG-E3', seq: '1' },
      { patent_id: 'CN119000011A', holder_id: 'ORG-E3', seq: '1' },
    ],
  });
  api = await startTestApi(graph);
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
});

interface Hit {
  id: string;
  kind: string;
  name: string;
  nameEn: string | null;
  score: number;
  snippet: string | null;
}

const SEARCH = 'query Search($text: String!, $kinds: [String!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { id kind name nameEn score snippet } }';

async function search(text: string, kinds?: string[], first = 100): Promise<Hit[]> {
  const r = await api.gql<{ search: Hit[] }>(SEARCH, { text, kinds, first });
  expect(r.errors).toBeUndefined();
  return r.data!.search;
}

/** Hits of this file's rows, ids without the prefix. */
const ours = (hits: Hit[]) => hits.filter((h) => h.id.startsWith(p)).map((h) => h.id.slice(p.length));

describe('search', () => {
  it('finds Chinese words inside longer titles (电池 in 锂离子电池), best score first', async () => {
    const hits = await search(`${han.slice(1)}电池`, ['patent']);
    expect(ours(hits).sort()).toEqual(['CN119000010A', 'CN119000011A']);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    const plain = await search('电池', ['patent']);
    expect(ours(plain).sort()).toEqual(['CN119000010A', 'CN119000011A']);
    expect(plain.find((h) => h.id === `${p}CN119000010A`)).toMatchObject({ kind: 'patent', name: `${han}一种锂离子电池隔膜`, snippet: expect.stringContaining('电池') });
  });

  it('finds a single Chinese character, at the start or the end of a word', async () => {
    // 芯 starts 芯片 (two patents) and ends 鹏芯 (the company).
    expect(ours(await search('芯'))).toEqual(expect.arrayContaining(['ORG-E3', 'CN214000003U', 'CN114000004A']));
  });

  it('finds English words by stem and by their first letters', async () => {
    expect(ours(await search('graphs')).sort()).toEqual(['CN113000001A', 'CN113000002A']);
    expect(ours(await search('semicond'))).toEqual(['ORG-E3']);
    const prefix = await search(latin.slice(0, 6));
    expect(ours(prefix).sort()).toEqual(['CN119000010A', 'CN119000011A']);
    const en = prefix.find((h) => h.id === `${p}CN119000011A`)!;
    expect(en.nameEn).toBe(`Battery management system ${latin}`);
    expect(en.snippet).toContain(latin);
  });

  it('filters by kind, with organization for every organization kind', async () => {
    expect(ours(await search('深圳', ['region']))).toEqual(['CN-GD-SZ']);
    expect(ours(await search('深圳', ['enterprise'])).sort()).toEqual(['ORG-E1', 'ORG-E3']);
    expect(ours(await search('银行', ['organization']))).toEqual(['ORG-B1']);
    expect(ours(await search('Zhang Ming', ['person']))).toEqual(['PER-1']);
    expect(ours(await search('运营', ['policy'])).sort()).toEqual(['POL-GD-2022-01', 'POL-NAT-2021-22', 'POL-SZ-2022-07']);
  });

  it('treats Lucene syntax in the text as plain characters, never as an error', async () => {
    expect(ours(await search('智图 AND (OR) "+-!&&||~*?:\\/^[]{} NOT'))).toContain('ORG-E1');
    expect(await search('+-&&||!(){}[]^"~*?:\\/')).toEqual([]);
    expect(await search('   ')).toEqual([]);
  });

  it('caps first at 100 and refuses first below 1, naming the argument', async () => {
    const r = await api.gql(SEARCH, { text: '有限公司', first: 0 });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const big = await api.gql<{ search: Hit[] }>(SEARCH, { text: '专利', first: 5000 });
    expect(big.errors).toBeUndefined();
    expect(big.data!.search.length).toBeLessThanOrEqual(100);
  });
});

const ENTITY = /* GraphQL */ `
  fragment N on GraphNode { id kind name nameEn labels }
  fragment T on TransactionSummary { id kind date amountCny licenseType registrationNo from { id } to { id } patents { id } platform { id } }
  query Entity($id: ID!) {
    entity(id: $id) {
      node { ...N properties }
      relationshipCounts { type direction count }
      patent {
        ipc
        applicants { id } inventors { id }
        holders { holder { id kind } from until via }
        assignments { ...T } licenses { ...T } pledges { ...T }
        citationsOut { id } citationsIn { id }
      }
      organization {
        regions { id name } patentCount patents { id } transactionCount transactions { id kind }
        owners { owner { id } share since } holdings { company { id } share }
        officers { person { id } role since }
      }
      person { positions { organization { id } role } holdings { company { id } share } inventedCount appliedCount }
      policy {
        issuer { id kind }
        provisions { seq title text category }
        scopes { id scope regions { id } orgKinds industries ipcPrefixes organizations { id } }
      }
      transaction { ...T }
    }
  }
`;

async function entity(id: string) {
  const r = await api.gql<{ entity: Record<string, any> | null }>(ENTITY, { id });
  expect(r.errors).toBeUndefined();
  return r.data!.entity;
}

describe('entity', () => {
  it('gives a patent its holders over time, people, trades, citations and relationship counts', async () => {
    const e = (await entity(`${p}CN113000001A`))!;
    expect(e.node).toMatchObject({ id: `${p}CN113000001A`, kind: 'patent', name: '一种基于图神经网络的专利推荐方法', labels: ['Patent'] });
    expect(e.node.properties).toMatchObject({ filed: '2021-01-15', ipc: ['G06N 3/08', 'G06F 16/9536'] });
    expect(e.organization).toBeNull();
    const pt = e.patent;
    expect(pt.holders).toEqual([
      { holder: { id: `${p}ORG-U1`, kind: 'university' }, from: '2021-01-15', until: '2023-06-01', via: 'application' },
      { holder: { id: `${p}ORG-E1`, kind: 'enterprise' }, from: '2023-06-01', until: '2024-01-10', via: `${p}TX-1` },
      { holder: { id: `${p}ORG-E3`, kind: 'enterprise' }, from: '2024-01-10', until: null, via: `${p}TX-5` },
    ]);
    expect(pt.applicants).toEqual([{ id: `${p}ORG-U1` }]);
    expect(pt.inventors).toEqual([{ id: `${p}PER-1` }, { id: `${p}PER-3` }]);
    expect(pt.assignments.map((t: { id: string }) => t.id)).toEqual([`${p}TX-5`, `${p}TX-1`]);
    expect(pt.assignments[1]).toMatchObject({
      kind: 'assignment',
      date: '2023-06-01',
      amountCny: 500000,
      from: { id: `${p}ORG-U1` },
      to: { id: `${p}ORG-E1` },
      patents: [{ id: `${p}CN113000001A` }],
      platform: { id: `${p}ORG-PL1` },
      registrationNo: '2023330000123',
    });
    expect(pt.licenses).toEqual([]);
    expect(pt.citationsOut).toEqual([]);
    expect(pt.citationsIn.map((c: { id: string }) => c.id).sort()).toEqual([`${p}CN113000002A`, `${p}CN114000004A`]);
    expect(e.relationshipCounts).toEqual(
      expect.arrayContaining([
        { type: 'HOLDS', direction: 'IN', count: 3 },
        { type: 'APPLIED_FOR', direction: 'IN', count: 1 },
        { type: 'INVENTED', direction: 'IN', count: 2 },
        { type: 'CITES', direction: 'IN', count: 2 },
        { type: 'OF_PATENT', direction: 'IN', count: 2 },
        { type: 'CLASSIFIED_AS', direction: 'OUT', count: 2 },
      ]),
    );
    expect(e.relationshipCounts).toHaveLength(6);
  });

  it('gives an organization its region chain, patents held now, trades, owners and officers', async () => {
    const o = (await entity(`${p}ORG-E3`))!.organization;
    expect(o.regions.map((r: { id: string }) => r.id)).toEqual([`${p}CN-GD-SZ`, `${p}CN-GD`, `${p}CN`]);
    expect(o.patentCount).toBe(5); // its own two, the assigned CN113000001A and this file's two extra
    expect(o.patents.map((x: { id: string }) => x.id)).toHaveLength(5);
    expect(o.transactionCount).toBe(3);
    expect(o.transactions.map((t: { id: string }) => t.id)).toEqual([`${p}TX-4`, `${p}TX-5`, `${p}TX-3`]);
    expect(o.owners).toEqual([
      { owner: { id: `${p}ORG-E1` }, share: 0.4, since: '2020-05-06' },
      { owner: { id: `${p}PER-2` }, share: 0.35, since: '2019-07-22' },
    ]);
    expect(o.holdings).toEqual([]);
    expect(o.officers).toEqual([
      { person: { id: `${p}PER-2` }, role: 'director', since: '2019-07-22' },
      { person: { id: `${p}PER-4` }, role: 'legal_representative', since: '2019-07-22' },
    ]);
  });

  it('gives a person positions and holdings, and a policy its issuer, provisions and scopes', async () => {
    const person = (await entity(`${p}PER-2`))!;
    expect(person.node.kind).toBe('person');
    expect(person.person).toEqual({
      positions: [
        { organization: { id: `${p}ORG-E1` }, role: 'legal_representative' },
        { organization: { id: `${p}ORG-E3` }, role: 'director' },
      ],
      holdings: [
        { company: { id: `${p}ORG-E1` }, share: 0.6 },
        { company: { id: `${p}ORG-E3` }, share: 0.35 },
      ],
      inventedCount: 1,
      appliedCount: 0,
    });
    const policy = (await entity(`${p}POL-GD-2022-01`))!.policy;
    expect(policy.issuer).toEqual({ id: `${p}ORG-A2`, kind: 'agency' });
    expect(policy.provisions.map((v: { seq: number; category: string }) => [v.seq, v.category])).toEqual([
      [1, 'promote'],
      [2, 'finance'],
    ]);
    expect(policy.scopes).toEqual([
      { id: `${p}POL-GD-2022-01#gd-ai`, scope: 'gd-ai', regions: [{ id: `${p}CN-GD` }], orgKinds: [], industries: [], ipcPrefixes: ['G06N'], organizations: [] },
      { id: `${p}POL-GD-2022-01#gd-banks`, scope: 'gd-banks', regions: [{ id: `${p}CN-GD` }], orgKinds: ['bank'], industries: [], ipcPrefixes: [], organizations: [] },
    ]);
  });

  it('finds a transaction, a region and an IPC class by their ids, and null for an unknown id', async () => {
    const tx = (await entity(`${p}TX-3`))!;
    expect(tx.node).toMatchObject({ kind: 'transaction', name: 'pledge 2023-08-01' });
    expect(tx.transaction).toMatchObject({ kind: 'pledge', amountCny: 3000000, from: { id: `${p}ORG-E3` }, to: { id: `${p}ORG-B1` }, platform: null });
    expect(tx.transaction.patents.map((x: { id: string }) => x.id).sort()).toEqual([`${p}CN114000004A`, `${p}CN214000003U`]);
    expect((await entity(`${p}CN-GD`))!.node).toMatchObject({ kind: 'region', name: '广东省', nameEn: 'Guangdong' });
    expect((await entity('G06N 3/08'))!.node).toMatchObject({ kind: 'ipc_class', name: 'G06N 3/08' });
    expect(await entity(`${p}NOPE`)).toBeNull();
  });
});
