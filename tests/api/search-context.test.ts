import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Graph } from '../../graph/driver.ts';
import { ROLE_TOKENS as TOKENS, writeAuthFile } from '../helpers/auth-file.ts';
import { testGraph } from '../helpers/graph.ts';
import { startTestApi, testApiGraph, type TestApi } from './helpers/api-server.ts';
import { importSmallBundle } from './helpers/fixtures.ts';

// What a search row says beside a name (holder, date, kind; document number, level; region), and
// patents found by their holder's name, over HTTP as each role. Besides the small bundle, a
// university whose names only this file uses (rare characters, a made-up English word) holds four
// patents of one title, one of them with a person as co-holder; a person alone holds a fifth.

const writer: Graph = testGraph();
const graph: Graph = testApiGraph();
const dir = mkdtempSync(join(tmpdir(), 'ipatlas-search-context-'));
let api: TestApi;
let p = '';
const word = `hx${Math.random().toString(36).slice(2, 8).replace(/\d/g, 'q')}`;
const UNIVERSITY = '鱻犇海川交通大学';
const UNIVERSITY_EN = `Haichuan ${word} Jiaotong University`;
const PERSON = '骉鱻明';
const TITLE = '一种骉犇交通信号控制方法';

const patent = (id: string, filed: string, title = TITLE) => ({ id, title, title_en: 'Traffic signal control method', kind: 'invention', ipc: 'G08G 1/07', filed });

beforeAll(async () => {
  p = await importSmallBundle(writer, 'search-context', {
    'organizations.csv': [{ id: 'ORG-U9', kind: 'university', name: UNIVERSITY, name_en: UNIVERSITY_EN, region_code: 'CN-ZJ-HZ' }],
    'persons.csv': [{ id: 'PER-9', name: PERSON, name_en: `Ming ${word}` }],
    'patents.csv': [
      patent('CN119100001A', '2019-03-01'),
      patent('CN119100002A', '2021-03-01'),
      patent('CN119100003A', '2020-03-01'),
      patent('CN219100004U', '2022-03-01'),
      patent('CN119100005A', '2018-03-01', '骉犇独立发明人的信号装置'),
    ],
    'applicants.csv': [
      { patent_id: 'CN119100001A', holder_id: 'ORG-U9', seq: '1' },
      { patent_id: 'CN119100002A', holder_id: 'ORG-U9', seq: '1' },
      { patent_id: 'CN119100003A', holder_id: 'ORG-U9', seq: '1' },
      { patent_id: 'CN219100004U', holder_id: 'PER-9', seq: '1' },
      { patent_id: 'CN219100004U', holder_id: 'ORG-U9', seq: '2' },
      { patent_id: 'CN119100005A', holder_id: 'PER-9', seq: '1' },
    ],
  });
  api = await startTestApi(graph, { authFile: writeAuthFile(dir) });
});
afterAll(async () => {
  await api?.close();
  await graph.close();
  await writer.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Hit {
  id: string;
  kind: string;
  name: string;
  snippet: string | null;
  score: number;
  exact: boolean;
  matchedBy: 'NUMBER' | 'TEXT' | 'HOLDER';
  holder: string | null;
  holderEn: string | null;
  otherHolders: number;
  patentKind: string | null;
  date: string | null;
  dateKind: string | null;
  docNumber: string | null;
  level: string | null;
  region: string | null;
  regionEn: string | null;
}

type Role = 'viewer' | 'analyst' | 'supervisor';
const SEARCH = `query S($text: String!, $kinds: [String!], $first: Int) {
  search(text: $text, kinds: $kinds, first: $first) {
    id kind name snippet score exact matchedBy holder holderEn otherHolders patentKind date dateKind docNumber level region regionEn
  }
}`;

async function raw(role: Role, text: string, kinds?: string[], first = 50) {
  const r = await api.gqlAs<{ search: Hit[] }>(TOKENS[role], SEARCH, { text, kinds, first });
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r;
}

async function search(text: string, kinds?: string[], { role = 'supervisor' as Role, first = 50 } = {}): Promise<Hit[]> {
  return (await raw(role, text, kinds, first)).data!.search.filter((h) => h.id.startsWith(p)).map((h) => ({ ...h, id: h.id.slice(p.length) }));
}

const hit = async (text: string, kinds: string[], id: string, role: Role = 'supervisor') => {
  const found = (await search(text, kinds, { role })).find((h) => h.id === id);
  expect(found, `${id} among the hits of ${text}`).toBeDefined();
  return found!;
};

describe('search rows carry their context', () => {
  it('a patent: its current holder in both languages, its kind and filing date', async () => {
    // Assigned twice since it was filed: the holder now is the last assignee.
    expect(await hit('图神经网络的专利推荐方法', ['patent'], 'CN113000001A')).toMatchObject({
      matchedBy: 'TEXT',
      holder: '深圳鹏芯半导体有限公司',
      holderEn: 'Shenzhen Pengxin Semiconductor Co., Ltd.',
      otherHolders: 0,
      patentKind: 'invention',
      date: '2021-01-15',
      dateKind: 'FILED',
      docNumber: null,
      region: null,
    });
    // Two co-applicants: the first applicant is named, the other counted.
    expect(await hit('知识图谱存储与查询系统', ['patent'], 'CN113000002A')).toMatchObject({ holder: '钱塘理工大学', otherHolders: 1 });
    expect(await hit('芯片散热装置', ['patent'], 'CN214000003U')).toMatchObject({ patentKind: 'utility_model', date: '2021-05-20' });
  });

  it('a policy: its document number, issue date and level', async () => {
    expect(await hit('深圳市知识产权运营资助办法', ['policy'], 'POL-SZ-2022-07')).toMatchObject({
      kind: 'policy',
      docNumber: '深市监规〔2022〕7号',
      date: '2022-06-10',
      dateKind: 'ISSUED',
      level: 'municipal',
      holder: null,
      patentKind: null,
    });
  });

  it('an organization: its kind and the region it is in, in both languages', async () => {
    expect(await hit('智图科技', ['organization'], 'ORG-E1')).toMatchObject({ kind: 'enterprise', region: '深圳市', regionEn: 'Shenzhen', date: null, holder: null });
    expect(await hit('钱塘理工大学', ['organization'], 'ORG-U1')).toMatchObject({ kind: 'university', region: '杭州市', regionEn: 'Hangzhou' });
  });

  it('a hit found by its number carries the same context', async () => {
    const [first] = await search(`${p}CN113000001A`, ['patent']);
    expect(first).toMatchObject({ id: 'CN113000001A', exact: true, matchedBy: 'NUMBER', holder: '深圳鹏芯半导体有限公司', date: '2021-01-15' });
    const [policy] = await search('国知发运字[2021]22号', ['policy']);
    expect(policy).toMatchObject({ matchedBy: 'NUMBER', docNumber: '国知发运字〔2021〕22号', level: 'national', date: '2021-07-31' });
  });
});

describe('patents found by their holder', () => {
  const HELD = ['CN219100004U', 'CN119100002A', 'CN119100003A', 'CN119100001A'];

  it("lists a university's patents for its Chinese name, newest first, saying they were found by the holder", async () => {
    const hits = await search(UNIVERSITY, ['patent']);
    const byHolder = hits.filter((h) => h.matchedBy === 'HOLDER');
    expect(byHolder.map((h) => h.id)).toEqual(HELD);
    for (const h of byHolder) expect(h).toMatchObject({ kind: 'patent', holder: UNIVERSITY, holderEn: UNIVERSITY_EN, snippet: UNIVERSITY });
    // Ranked with the title hits by how well the text matched: the whole name beats a shared 交通.
    expect(hits.slice(0, HELD.length).map((h) => h.matchedBy)).toEqual(HELD.map(() => 'HOLDER'));
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('lists them for its English name too, and keeps to `first`', async () => {
    const hits = await search(`haichuan ${word} jiaotong university`, ['patent']);
    expect(hits.filter((h) => h.matchedBy === 'HOLDER').map((h) => h.id)).toEqual(HELD);
    expect(hits.find((h) => h.id === 'CN119100002A')?.snippet).toBe(UNIVERSITY_EN);
    expect(await search(UNIVERSITY, ['patent'], { first: 2 })).toHaveLength(2);
  });

  it('brings no patents for a text that names no organization, nor to a search over every kind, which lists the university itself', async () => {
    // 骉犇 is in the titles, not in the university's name: every hit is a title hit.
    expect((await search('骉犇', ['patent'])).every((h) => h.matchedBy === 'TEXT')).toBe(true);
    const all = await search(UNIVERSITY);
    expect(all[0]).toMatchObject({ id: 'ORG-U9', kind: 'university', matchedBy: 'TEXT', region: '杭州市' });
    expect(all.some((h) => h.matchedBy === 'HOLDER')).toBe(false);
  });
});

describe("a person's holdings below supervisor", () => {
  it('names a person holder to a supervisor only; a viewer gets no name and no count of it', async () => {
    const asSupervisor = await hit('骉犇独立发明人', ['patent'], 'CN119100005A');
    expect(asSupervisor).toMatchObject({ holder: PERSON, holderEn: `Ming ${word}`, otherHolders: 0 });
    for (const role of ['viewer', 'analyst'] as const) {
      expect(await hit('骉犇独立发明人', ['patent'], 'CN119100005A', role)).toMatchObject({ holder: null, holderEn: null, otherHolders: 0 });
    }
    // Co-held by the person and the university: the supervisor counts the university as a co-holder,
    // a viewer sees the university alone, as if it held the patent by itself.
    expect(await hit(TITLE, ['patent'], 'CN219100004U')).toMatchObject({ holder: PERSON, otherHolders: 1 });
    expect(await hit(TITLE, ['patent'], 'CN219100004U', 'viewer')).toMatchObject({ holder: UNIVERSITY, otherHolders: 0 });
  });

  it("never carries a person's name in a viewer's answer, whatever was searched", async () => {
    for (const text of [TITLE, UNIVERSITY, '骉犇', `${p}CN119100005A`, `${p}CN219100004U`, word]) {
      for (const kinds of [undefined, ['patent']]) {
        const body = JSON.stringify(await raw('viewer', text, kinds));
        expect(body, text).not.toContain(PERSON);
        expect(body, text).not.toContain(`Ming ${word}`);
      }
    }
  });
});
