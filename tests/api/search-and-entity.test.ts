import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../graph/driver.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { importSmallBundle } from './helpers/fixtures.ts';

// search and entity over HTTP, checked against the rows this file imported: the small bundle
// under its own id prefix, plus two patents and a person whose names hold rare characters (龘, 爨,
// 靐) and a made-up English word, so only this file's searches can match them even when the shared
// database holds a generated bundle with thousands of similar titles.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
let api: TestApi;
let p = '';
const latin = `zq${Math.random().toString(36).slice(2, 8).replace(/\d/g, 'x')}`;

beforeAll(async () => {
  p = await importSmallBundle(writer, 'search', {
    'patents.csv': [
      { id: 'CN119000010A', title: '爨龘锂离子电池隔膜', title_en: `${latin}ometer separator for lithium-ion batteries`, kind: 'invention', ipc: 'H01M 50/409', filed: '2022-05-01' },
      { id: 'CN119000011A', title: '靐齉电池管理系统爨', title_en: `Battery management system with ${latin}s`, kind: 'invention', ipc: 'H01M 10/42', filed: '2022-06-01' },
    ],
    'applicants.csv': [
      { patent_id: 'CN119000010A', holder_id: 'ORG-E3', seq: '1' },
      { patent_id: 'CN119000011A', holder_id: 'ORG-E3', seq: '1' },
    ],
    'persons.csv': [{ id: 'PER-9', name: '靐龘明', name_en: `Li ${latin}` }],
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
  importance: number | null;
  snippet: string | null;
  exact: boolean;
  matchedBy: string;
}

const SEARCH = 'query Search($text: String!, $kinds: [String!], $first: Int) { search(text: $text, kinds: $kinds, first: $first) { id kind name nameEn score importance snippet exact matchedBy } }';

async function search(text: string, kinds?: string[], first = 100): Promise<Hit[]> {
  const r = await api.gql<{ search: Hit[] }>(SEARCH, { text, kinds, first });
  expect(r.errors).toBeUndefined();
  return r.data!.search;
}

/** Hits of this file's rows, ids without the prefix. */
const ours = (hits: Hit[]) => hits.filter((h) => h.id.startsWith(p)).map((h) => h.id.slice(p.length));

describe('search', () => {
  it('finds Chinese words inside longer titles, best score first', async () => {
    const hits = await search('龘锂离子', ['patent']);
    expect(hits[0]).toMatchObject({ id: `${p}CN119000010A`, kind: 'patent', name: '爨龘锂离子电池隔膜', snippet: '爨龘锂离子电池隔膜' });
    // Relevance weighed with importance (search-ranking.test.ts), best first.
    const rank = (h: Hit) => h.score * (1 + 0.25 * Math.log10(1 + (h.importance ?? 0)));
    for (let i = 1; i < hits.length; i++) expect(rank(hits[i - 1]!)).toBeGreaterThanOrEqual(rank(hits[i]!) - 1e-9);
    // 电池 finds titles where it is part of a longer word (锂离子电池…).
    const plain = await search('电池', ['patent'], 20);
    expect(plain.length).toBeGreaterThan(0);
    // Matched by title, the title has it; a patent listed for its holder (a battery maker) names the holder.
    expect(plain.every((h) => (h.matchedBy === 'HOLDER' ? h.snippet : h.name)?.includes('电池'))).toBe(true);
    expect(plain.some((h) => /\p{Script=Han}电池|电池\p{Script=Han}/u.test(h.name))).toBe(true);
  });

  it('finds a single Chinese character, at the start or the end of a word', async () => {
    // 爨 starts the first title and ends the second.
    expect(ours(await search('爨')).sort()).toEqual(['CN119000010A', 'CN119000011A']);
  });

  it('finds English words by stem and by their first letters', async () => {
    const stem = await search(latin);
    expect(ours(stem)).toContain('CN119000011A'); // written with a plural s
    const prefix = await search(latin.slice(0, 6));
    expect(ours(prefix).sort()).toEqual(['CN119000010A', 'CN119000011A', 'PER-9']);
    const en = prefix.find((h) => h.id === `${p}CN119000011A`)!;
    expect(en.nameEn).toBe(`Battery management system with ${latin}s`);
    expect(en.snippet).toContain(latin);
  });

  it('filters by kind, with organization for every organization kind', async () => {
    expect(ours(await search('靐龘', ['person']))).toEqual(['PER-9']);
    expect(ours(await search('靐', ['patent', 'person'])).sort()).toEqual(['CN119000011A', 'PER-9']);
    expect(ours(await search('智图 鹏芯', ['enterprise'])).sort()).toEqual(['ORG-E1', 'ORG-E3']);
    expect(ours(await search('南海商业银行', ['organization']))).toEqual(['ORG-B1']);
    expect(ours(await search('深圳市知识产权运营资助办法', ['policy']))[0]).toBe('POL-SZ-2022-07');
    expect(ours(await search('杭州市', ['region']))).toEqual(['CN-ZJ-HZ']);
  });

  it('treats Lucene syntax in the text as plain characters, never as an error', async () => {
    expect(ours(await search('智图 AND (OR) "+-!&&||~*?:\\/^[]{} NOT'))).toContain('ORG-E1');
    expect(await search('+-&&||!(){}[]^"~*?:\\/')).toEqual([]);
    expect(await search('   ')).toEqual([]);
  });

  it('puts first what the text is the number of: a patent in any form of its number, a policy in any bracket style, any id', async () => {
    // A number of this run's own, unprefixed as real numbers are (the bundle's ids carry the run's prefix).
    const digits = `9${String(Date.now()).slice(-8)}`;
    const number = `CN${digits}A`;
    await writer.run("CREATE (:Patent {id: $id, title: '编号检索样例', title_en: 'Number lookup sample', kind: 'invention'})", { id: number });
    try {
      for (const typed of [number, number.toLowerCase(), `CN ${digits} A`, `CN${digits}`, digits]) {
        const [first] = await search(typed, undefined, 10);
        expect(first, typed).toMatchObject({ id: number, exact: true, snippet: number });
        expect((await search(typed, ['patent'], 5))[0]?.id, typed).toBe(number);
      }
    } finally {
      await writer.run('MATCH (n:Patent {id: $id}) DELETE n', { id: number });
    }
    for (const typed of ['国知发运字〔2021〕22号', '国知发运字[2021]22号', '国知发运字【2021】22号', '国知发运字（2021）22号']) {
      const hits = await search(typed, ['policy']);
      const exact = hits.filter((h) => h.exact);
      expect(ours(exact), typed).toEqual(['POL-NAT-2021-22']);
      expect(hits.slice(0, exact.length)).toEqual(exact);
      expect(exact.every((h) => h.snippet === '国知发运字〔2021〕22号')).toBe(true);
    }
    expect((await search(`${p}ORG-E3`))[0]).toMatchObject({ id: `${p}ORG-E3`, exact: true });
    // A name is no number: its hits are found by their words.
    expect((await search('电池')).every((h) => !h.exact)).toBe(true);
  });

  it('finds a policy by a part of its document number: the number with 号, the year and number, the issuer and number', async () => {
    // A document number of this run's own (rare characters, a number no other run has), so no
    // other bundle's policy answers the parts typed.
    const serial = String(70000 + Math.floor(Math.random() * 29999));
    const id = `${p}POL-DOC-${serial}`;
    const stored = `爨龘发字〔2019〕${serial}号`;
    await writer.run("CREATE (:Policy {id: $id, title: '编号片段检索样例', title_en: 'Partial number sample', doc_number: $stored, level: 'national', issued: date('2019-05-01')})", { id, stored });
    try {
      for (const typed of [`${serial}号`, `第${serial}号`, `〔2019〕${serial}`, `[2019]${serial}号`, `【2019】${serial}`, `（2019） ${serial}`, `爨龘发字${serial}号`, `爨龘发字〔2019〕`, `[2019] No. ${serial}`]) {
        const hits = await search(typed, ['policy'], 10);
        expect(hits[0], typed).toMatchObject({ id, exact: false, matchedBy: 'NUMBER', snippet: stored });
      }
      // The whole number in another bracket style is exact.
      expect((await search(`爨龘发字[2019]${serial}号`, ['policy'], 10))[0]).toMatchObject({ id, exact: true });
      // A number is whole: its last digits, or the same number in another year, are not it (its
      // title's words may still match).
      for (const typed of [`${serial.slice(1)}号`, `〔2020〕${serial}`, `爨龘发字${serial}1号`]) {
        const byNumber = (await search(typed, ['policy'], 100)).filter((h) => h.matchedBy === 'NUMBER');
        expect(byNumber.map((h) => h.id), typed).not.toContain(id);
      }
    } finally {
      await writer.run('MATCH (n:Policy {id: $id}) DELETE n', { id });
    }
  });

  it('caps first at 100 and refuses first below 1 or a text too long, naming the argument', async () => {
    const r = await api.gql(SEARCH, { text: '有限公司', first: 0 });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'first' });
    const long = await api.gql(SEARCH, { text: 'x'.repeat(201) });
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    const kinds = await api.gql(SEARCH, { text: 'x', kinds: ['company'] });
    expect(kinds.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'kinds' });
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
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the entity's many shapes are checked field by field below
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
